package no.gevinst.valuation.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.gevinst.shared.BenefitId;
import no.gevinst.valuation.EconomicSettings;
import no.gevinst.valuation.ModelKind;
import no.gevinst.valuation.ValuationInputs;
import no.gevinst.valuation.ValuationVersions;
import org.jspecify.annotations.Nullable;

/**
 * A benefit's model as the valuation page binds it: the benefit and kind chosen, who gets the value, the phase-in and
 * the version read, as typed. The kind's parameters come as {@code p_name} fields, which the page puts in
 * {@link #getParameters()} by name, so that a refused model is shown again with every value typed.
 */
public class ModelForm {

    private @Nullable String benefit;
    private @Nullable String kind;
    private @Nullable String actor;
    private @Nullable String phaseInFirstYear;
    private @Nullable String phaseInForm;
    private @Nullable String phaseInShares;
    private @Nullable String version;
    private Map<String, String> parameters = new LinkedHashMap<>();

    /** The form for the benefit and kind chosen, starting its phase-in in the period's first year. */
    static ModelForm of(
            @Nullable BenefitId benefit,
            @Nullable ModelKind kind,
            ValuationVersions versions,
            EconomicSettings settings) {
        ModelForm form = new ModelForm();
        form.benefit = benefit == null ? null : benefit.toString();
        form.kind = kind == null ? null : kind.name();
        form.phaseInFirstYear = Integer.toString(settings.firstYear());
        form.phaseInShares = "100";
        Long version = benefit == null ? null : versions.models().get(benefit);
        form.version = version == null ? null : version.toString();
        return form;
    }

    /** Takes the kind's parameters from the form as sent ({@code p_name}), blank where one is missing. */
    void parametersFrom(ModelKind kind, Map<String, String> sent) {
        parameters = new LinkedHashMap<>();
        for (String name : kind.parameters()) {
            parameters.put(name, sent.getOrDefault("p_" + name, ""));
        }
    }

    /** The model as typed, for the kind chosen: the phase-in shares split on semicolons and spaces. */
    ValuationInputs.ModelInput toInput(ModelKind chosen) {
        String typedShares = phaseInShares == null ? "100" : phaseInShares;
        List<String> shares = Arrays.stream(typedShares.split("[;\\s]+"))
                .filter(s -> !s.isBlank())
                .toList();
        return new ValuationInputs.ModelInput(
                actor, chosen.name(), parameters, phaseInFirstYear, phaseInForm, shares, version);
    }

    public Map<String, String> getParameters() {
        return parameters;
    }

    public void setParameters(Map<String, String> parameters) {
        this.parameters = parameters;
    }

    public @Nullable String getBenefit() {
        return benefit;
    }

    public void setBenefit(@Nullable String benefit) {
        this.benefit = benefit;
    }

    public @Nullable String getKind() {
        return kind;
    }

    public void setKind(@Nullable String kind) {
        this.kind = kind;
    }

    public @Nullable String getActor() {
        return actor;
    }

    public void setActor(@Nullable String actor) {
        this.actor = actor;
    }

    public @Nullable String getPhaseInFirstYear() {
        return phaseInFirstYear;
    }

    public void setPhaseInFirstYear(@Nullable String phaseInFirstYear) {
        this.phaseInFirstYear = phaseInFirstYear;
    }

    public @Nullable String getPhaseInForm() {
        return phaseInForm;
    }

    public void setPhaseInForm(@Nullable String phaseInForm) {
        this.phaseInForm = phaseInForm;
    }

    public @Nullable String getPhaseInShares() {
        return phaseInShares;
    }

    public void setPhaseInShares(@Nullable String phaseInShares) {
        this.phaseInShares = phaseInShares;
    }

    public @Nullable String getVersion() {
        return version;
    }

    public void setVersion(@Nullable String version) {
        this.version = version;
    }
}
