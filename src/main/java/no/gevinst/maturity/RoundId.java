package no.gevinst.maturity;

import com.fasterxml.jackson.annotation.JsonValue;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies a maturity assessment round. */
public record RoundId(@JsonValue UUID value) implements Serializable {

    public RoundId {
        Objects.requireNonNull(value, "value");
    }

    public static RoundId newId() {
        return new RoundId(UUID.randomUUID());
    }

    /** The id from its textual form; also how Spring converts path variables. */
    public static RoundId of(String text) {
        return new RoundId(UUID.fromString(text.strip()));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
