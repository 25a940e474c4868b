package no.gevinst.plan.web;

import org.jspecify.annotations.Nullable;

/** The decision to move a programme through its phase gate, as typed. */
public class GateForm {

    private @Nullable String decision;

    public @Nullable String getDecision() {
        return decision;
    }

    public void setDecision(@Nullable String decision) {
        this.decision = decision;
    }
}
