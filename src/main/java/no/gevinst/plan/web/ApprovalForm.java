package no.gevinst.plan.web;

import no.gevinst.plan.Plans;
import org.jspecify.annotations.Nullable;

/** The decision that approves a submitted version, as typed, with the version of the plan the approver read. */
public class ApprovalForm extends VersionForm {

    private @Nullable String onBehalfOf;
    private @Nullable String decisionDate;
    private @Nullable String reference;

    /** The form for a version, the body filled in with the programme's steering group as the usual approver. */
    static ApprovalForm of(long version, String steeringGroup) {
        ApprovalForm form = new ApprovalForm();
        form.onBehalfOf = steeringGroup;
        form.setVersion(Long.toString(version));
        return form;
    }

    Plans.ApprovalInput toInput() {
        return new Plans.ApprovalInput(onBehalfOf, decisionDate, reference);
    }

    public @Nullable String getOnBehalfOf() {
        return onBehalfOf;
    }

    public void setOnBehalfOf(@Nullable String onBehalfOf) {
        this.onBehalfOf = onBehalfOf;
    }

    public @Nullable String getDecisionDate() {
        return decisionDate;
    }

    public void setDecisionDate(@Nullable String decisionDate) {
        this.decisionDate = decisionDate;
    }

    public @Nullable String getReference() {
        return reference;
    }

    public void setReference(@Nullable String reference) {
        this.reference = reference;
    }
}
