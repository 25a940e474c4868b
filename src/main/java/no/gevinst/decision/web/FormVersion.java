package no.gevinst.decision.web;

import no.gevinst.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/** The version a decision form read, as it sent it, read once here. */
final class FormVersion {

    private FormVersion() {}

    /**
     * Absent is refused where the form must name one (a target change), taken as "none read" where it may not (a
     * first decision); a version that is no whole number is refused always.
     */
    static @Nullable Long parse(@Nullable String text, boolean required) {
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

    static long required(@Nullable String text) {
        Long version = parse(text, true);
        return version == null ? 0 : version;
    }
}
