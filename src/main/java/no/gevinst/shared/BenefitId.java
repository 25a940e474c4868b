package no.gevinst.shared;

import com.fasterxml.jackson.annotation.JsonValue;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies a benefit. */
public record BenefitId(@JsonValue UUID value) implements Serializable {

    public BenefitId {
        Objects.requireNonNull(value, "value");
    }

    public static BenefitId newId() {
        return new BenefitId(UUID.randomUUID());
    }

    /** The id from its textual form; also how Spring converts path variables. */
    public static BenefitId of(String text) {
        return new BenefitId(UUID.fromString(text.strip()));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
