package no.gevinst.process;

import com.fasterxml.jackson.annotation.JsonValue;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies a process record. */
public record ProcessId(@JsonValue UUID value) implements Serializable {

    public ProcessId {
        Objects.requireNonNull(value, "value");
    }

    public static ProcessId newId() {
        return new ProcessId(UUID.randomUUID());
    }

    /** The id from its textual form; also how Spring converts path variables. */
    public static ProcessId of(String text) {
        return new ProcessId(UUID.fromString(text.strip()));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
