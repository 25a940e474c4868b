package no.gevinst.stakeholder;

import com.fasterxml.jackson.annotation.JsonValue;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies a stakeholder group in a programme's analysis. */
public record StakeholderId(@JsonValue UUID value) implements Serializable {

    public StakeholderId {
        Objects.requireNonNull(value, "value");
    }

    public static StakeholderId newId() {
        return new StakeholderId(UUID.randomUUID());
    }

    /** The id from its textual form; also how Spring converts path variables. */
    public static StakeholderId of(String text) {
        return new StakeholderId(UUID.fromString(text.strip()));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
