package no.gevinst.shared;

import com.fasterxml.jackson.annotation.JsonValue;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies a person (who may own a benefit or be responsible for it). */
public record PersonId(@JsonValue UUID value) implements Serializable {

    public PersonId {
        Objects.requireNonNull(value, "value");
    }

    public static PersonId newId() {
        return new PersonId(UUID.randomUUID());
    }

    /** The id from its textual form; also how Spring converts path variables. */
    public static PersonId of(String text) {
        return new PersonId(UUID.fromString(text.strip()));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
