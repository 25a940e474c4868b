package no.gevinst.shared;

import com.fasterxml.jackson.annotation.JsonValue;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies a benefit area or priority area of a programme's framework. */
public record FrameworkItemId(@JsonValue UUID value) implements Serializable {

    public FrameworkItemId {
        Objects.requireNonNull(value, "value");
    }

    public static FrameworkItemId newId() {
        return new FrameworkItemId(UUID.randomUUID());
    }

    /** The id from its textual form; also how Spring converts path variables. */
    public static FrameworkItemId of(String text) {
        return new FrameworkItemId(UUID.fromString(text.strip()));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
