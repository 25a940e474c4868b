package no.gevinst.decision.web;

import no.gevinst.decision.DecisionInputs.KpiTargetInput;
import no.gevinst.decision.DecisionInputs.KpiTargetKey;
import org.jspecify.annotations.Nullable;

/**
 * An indicator's target for an organisation as the decision page binds it, with the version of the decision read;
 * the removal of a target sends the organisation and indicator, so a refused removal shows them in this form.
 */
public class KpiTargetForm {

    private @Nullable String organisation;
    private @Nullable String indicator;
    private @Nullable String targetValue;
    private @Nullable String due;
    private @Nullable String version;

    static KpiTargetForm of(long version) {
        KpiTargetForm form = new KpiTargetForm();
        form.version = Long.toString(version);
        return form;
    }

    KpiTargetInput toInput() {
        return new KpiTargetInput(organisation, indicator, targetValue, due);
    }

    KpiTargetKey toKey() {
        return new KpiTargetKey(organisation, indicator);
    }

    long expectedVersion() {
        return FormVersion.required(version);
    }

    public @Nullable String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(@Nullable String organisation) {
        this.organisation = organisation;
    }

    public @Nullable String getIndicator() {
        return indicator;
    }

    public void setIndicator(@Nullable String indicator) {
        this.indicator = indicator;
    }

    public @Nullable String getTargetValue() {
        return targetValue;
    }

    public void setTargetValue(@Nullable String targetValue) {
        this.targetValue = targetValue;
    }

    public @Nullable String getDue() {
        return due;
    }

    public void setDue(@Nullable String due) {
        this.due = due;
    }

    public @Nullable String getVersion() {
        return version;
    }

    public void setVersion(@Nullable String version) {
        this.version = version;
    }
}
