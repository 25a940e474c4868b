package no.gevinst.access;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies an API token (never its secret). */
public record ApiTokenId(@JsonValue UUID value) implements java.io.Serializable {

    public ApiTokenId {
        Objects.requireNonNull(value, "value");
    }

    public static ApiTokenId newId() {
        return new ApiTokenId(UUID.randomUUID());
    }

    /** The id in its textual form; also how Spring converts path variables. */
    public static ApiTokenId of(String text) {
        return new ApiTokenId(UUID.fromString(text.strip()));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
