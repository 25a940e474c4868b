package no.gevinst.configdecision;

import com.fasterxml.jackson.annotation.JsonValue;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies a configuration decision. */
public record ConfigDecisionId(@JsonValue UUID value) implements Serializable {

    public ConfigDecisionId {
        Objects.requireNonNull(value, "value");
    }

    public static ConfigDecisionId newId() {
        return new ConfigDecisionId(UUID.randomUUID());
    }

    /** The id from its textual form; also how Spring converts path variables. */
    public static ConfigDecisionId of(String text) {
        return new ConfigDecisionId(UUID.fromString(text.strip()));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
