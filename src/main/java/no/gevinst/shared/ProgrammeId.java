package no.gevinst.shared;

import com.fasterxml.jackson.annotation.JsonValue;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies a programme. */
public record ProgrammeId(@JsonValue UUID value) implements Serializable {

    public ProgrammeId {
        Objects.requireNonNull(value, "value");
    }

    public static ProgrammeId newId() {
        return new ProgrammeId(UUID.randomUUID());
    }

    /** The id from its textual form; also how Spring converts path variables. */
    public static ProgrammeId of(String text) {
        return new ProgrammeId(UUID.fromString(text.strip()));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
