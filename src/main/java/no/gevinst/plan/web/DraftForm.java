package no.gevinst.plan.web;

import org.jspecify.annotations.Nullable;

/** Why a new draft is made from a frozen version, as typed. */
public class DraftForm {

    private @Nullable String reason;

    public @Nullable String getReason() {
        return reason;
    }

    public void setReason(@Nullable String reason) {
        this.reason = reason;
    }
}
