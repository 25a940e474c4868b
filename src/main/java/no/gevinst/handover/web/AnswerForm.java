package no.gevinst.handover.web;

import no.gevinst.shared.Versions;
import org.jspecify.annotations.Nullable;

/** The receiver's answer as the page binds it: why they decline (not needed to accept) and the version they read. */
public class AnswerForm {

    private @Nullable String reason;
    private @Nullable String version;

    static AnswerForm of(long version) {
        AnswerForm form = new AnswerForm();
        form.version = Long.toString(version);
        return form;
    }

    long expectedVersion() {
        return Versions.requiredFromForm(version);
    }

    public @Nullable String getReason() {
        return reason;
    }

    public void setReason(@Nullable String reason) {
        this.reason = reason;
    }

    public @Nullable String getVersion() {
        return version;
    }

    public void setVersion(@Nullable String version) {
        this.version = version;
    }
}
