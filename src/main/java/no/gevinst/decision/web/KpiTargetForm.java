package no.gevinst.decision.web;

import no.gevinst.decision.DecisionInputs.KpiTargetInput;
import no.gevinst.decision.DecisionInputs.KpiTargetKey;
import org.jspecify.annotations.Nullable;

/**
 * An indicator's target for an organisation as the decision page binds it, with the version of the decision read;
 * the removal of a target sends the organisation and indicator, so a refused removal shows them in this form.
 */
public class KpiTargetForm extends TargetForm {

    private @Nullable String indicator;
    private @Nullable String targetValue;
    private @Nullable String due;

    static KpiTargetForm of(long version) {
        KpiTargetForm form = new KpiTargetForm();
        form.setVersion(Long.toString(version));
        return form;
    }

    KpiTargetInput toInput() {
        return new KpiTargetInput(getOrganisation(), indicator, targetValue, due);
    }

    KpiTargetKey toKey() {
        return new KpiTargetKey(getOrganisation(), indicator);
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
}
