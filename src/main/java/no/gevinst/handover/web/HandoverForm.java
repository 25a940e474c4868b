package no.gevinst.handover.web;

import no.gevinst.handover.Handover;
import no.gevinst.handover.HandoverCommand;
import no.gevinst.shared.Versions;
import org.jspecify.annotations.Nullable;

/**
 * The handover proposal as the page binds it: text as typed, so that a refused proposal is shown again with what the
 * coordinator chose; {@link #toCommand} reads it once. The version is that of the open proposal being revised.
 */
public class HandoverForm {

    private @Nullable String receiverId;
    private @Nullable String handoverDate;
    private @Nullable String version;

    /** The form for revising the open proposal, or an empty one when there is none to revise. */
    static HandoverForm of(@Nullable Handover current) {
        HandoverForm form = new HandoverForm();
        if (current != null && current.isProposed()) {
            form.receiverId = current.receiver().toString();
            form.handoverDate = current.handoverDate().toString();
            form.version = Long.toString(current.version());
        }
        return form;
    }

    /** The proposal read once; refused, the field named. */
    HandoverCommand toCommand() {
        return HandoverCommand.parse(receiverId, handoverDate, Versions.fromForm(version, false));
    }

    public @Nullable String getReceiverId() {
        return receiverId;
    }

    public void setReceiverId(@Nullable String receiverId) {
        this.receiverId = receiverId;
    }

    public @Nullable String getHandoverDate() {
        return handoverDate;
    }

    public void setHandoverDate(@Nullable String handoverDate) {
        this.handoverDate = handoverDate;
    }

    public @Nullable String getVersion() {
        return version;
    }

    public void setVersion(@Nullable String version) {
        this.version = version;
    }
}
