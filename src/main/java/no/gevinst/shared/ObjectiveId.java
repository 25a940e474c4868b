package no.gevinst.shared;

import com.fasterxml.jackson.annotation.JsonValue;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies an objective (effektmål). */
public record ObjectiveId(@JsonValue UUID value) implements Serializable {

    public ObjectiveId {
        Objects.requireNonNull(value, "value");
    }

    public static ObjectiveId newId() {
        return new ObjectiveId(UUID.randomUUID());
    }

    /** The id from its textual form; also how Spring converts path variables. */
    public static ObjectiveId of(String text) {
        return new ObjectiveId(UUID.fromString(text.strip()));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
