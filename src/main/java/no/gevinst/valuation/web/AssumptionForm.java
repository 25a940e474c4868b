package no.gevinst.valuation.web;

import java.util.stream.Collectors;
import no.gevinst.valuation.ValuationInputs;
import no.gevinst.valuation.ValuationVersions;
import org.jspecify.annotations.Nullable;

/**
 * An assumption as the valuation page binds it: text as typed, so that a refused one is shown again with what was
 * typed. The form names the assumption by typing it, so it carries the versions of every assumption the page showed
 * ({@code name=version;…}); the one typed is the version read.
 */
public class AssumptionForm {

    private @Nullable String name;
    private @Nullable String likely;
    private @Nullable String low;
    private @Nullable String high;
    private @Nullable String unit;
    private @Nullable String formula;
    private @Nullable String source;
    private @Nullable String readVersions;

    static AssumptionForm of(ValuationVersions versions) {
        AssumptionForm form = new AssumptionForm();
        form.readVersions = versions.assumptions().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(";"));
        return form;
    }

    ValuationInputs.AssumptionInput toInput() {
        return new ValuationInputs.AssumptionInput(name, low, likely, high, formula, unit, source, null, null, null)
                .withVersion(ValuationForms.readVersion(readVersions, name));
    }

    public @Nullable String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name;
    }

    public @Nullable String getLikely() {
        return likely;
    }

    public void setLikely(@Nullable String likely) {
        this.likely = likely;
    }

    public @Nullable String getLow() {
        return low;
    }

    public void setLow(@Nullable String low) {
        this.low = low;
    }

    public @Nullable String getHigh() {
        return high;
    }

    public void setHigh(@Nullable String high) {
        this.high = high;
    }

    public @Nullable String getUnit() {
        return unit;
    }

    public void setUnit(@Nullable String unit) {
        this.unit = unit;
    }

    public @Nullable String getFormula() {
        return formula;
    }

    public void setFormula(@Nullable String formula) {
        this.formula = formula;
    }

    public @Nullable String getSource() {
        return source;
    }

    public void setSource(@Nullable String source) {
        this.source = source;
    }

    public @Nullable String getReadVersions() {
        return readVersions;
    }

    public void setReadVersions(@Nullable String readVersions) {
        this.readVersions = readVersions;
    }
}
