package no.gevinst.golive;

import com.fasterxml.jackson.annotation.JsonValue;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies a go-live wave. */
public record WaveId(@JsonValue UUID value) implements Serializable {

    public WaveId {
        Objects.requireNonNull(value, "value");
    }

    public static WaveId newId() {
        return new WaveId(UUID.randomUUID());
    }

    /** The id from its textual form; also how Spring converts path variables. */
    public static WaveId of(String text) {
        return new WaveId(UUID.fromString(text.strip()));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
