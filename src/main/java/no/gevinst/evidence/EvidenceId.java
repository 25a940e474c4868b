package no.gevinst.evidence;

import com.fasterxml.jackson.annotation.JsonValue;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies an evaluation or study. */
public record EvidenceId(@JsonValue UUID value) implements Serializable {

    public EvidenceId {
        Objects.requireNonNull(value, "value");
    }

    public static EvidenceId newId() {
        return new EvidenceId(UUID.randomUUID());
    }

    /** The id from its textual form; also how Spring converts path variables. */
    public static EvidenceId of(String text) {
        return new EvidenceId(UUID.fromString(text.strip()));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
