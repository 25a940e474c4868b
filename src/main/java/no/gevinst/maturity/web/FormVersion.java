package no.gevinst.maturity.web;

import no.gevinst.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/** The version a round's or an answer's form sent, read once for the controllers that take it as a plain parameter. */
final class FormVersion {

    private FormVersion() {}

    /** The version as a number; absent or no whole number is refused naming {@code version} (version.invalid). */
    static long parse(@Nullable String text) {
        try {
            return Long.parseLong(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("version", "version.invalid");
        }
    }
}
