package no.gevinst.handover.web;

import no.gevinst.shared.InvalidInputException;
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
        Long v = version(version, true);
        return v == null ? 0 : v;
    }

    /**
     * The version as typed, read once here: absent is refused where the form must name one, a version that is no
     * whole number always.
     */
    static @Nullable Long version(@Nullable String text, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                throw InvalidInputException.of("version", "version.required");
            }
            return null;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("version", "version.invalid");
        }
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
