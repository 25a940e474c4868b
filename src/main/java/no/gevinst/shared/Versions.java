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

    /** The ETag that carries a version. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }
}
