package no.gevinst.shared;

import org.jspecify.annotations.Nullable;

/** Reads the version a client read, for optimistic locking: from the body, or from an {@code If-Match} ETag. */
public final class Versions {

    private Versions() {}

    /** The version from the body if given, else from If-Match; refuses a write that names none. */
    public static long expected(@Nullable Long fromBody, @Nullable String ifMatch) {
        if (fromBody != null) {
            return fromBody;
        }
        if (ifMatch != null && !ifMatch.isBlank()) {
            try {
                return Long.parseLong(
                        ifMatch.replace("W/", "").replace("\"", "").strip());
            } catch (NumberFormatException e) {
                throw InvalidInputException.of("version", "version.invalid");
            }
        }
        throw InvalidInputException.of("version", "version.required");
    }

    /**
     * The version a form sent, as typed, read once at the edge: absent is refused where the form must name one (a
     * change), taken as "none read" (null) where it may not (a first record); a version that is no whole number is
     * refused always.
     */
    public static @Nullable Long fromForm(@Nullable String text, boolean required) {
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

    /** The version a form that must name one sent; absent or no whole number is refused naming the version. */
    public static long requiredFromForm(@Nullable String text) {
        Long version = fromForm(text, true);
        return version == null ? 0 : version;
    }

    /** The ETag that carries a version. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }
}
