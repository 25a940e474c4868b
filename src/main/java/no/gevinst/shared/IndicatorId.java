package no.gevinst.shared;

import com.fasterxml.jackson.annotation.JsonValue;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies an indicator (måleindikator). */
public record IndicatorId(@JsonValue UUID value) implements Serializable {

    public IndicatorId {
        Objects.requireNonNull(value, "value");
    }

    public static IndicatorId newId() {
        return new IndicatorId(UUID.randomUUID());
    }

    /** The id from its textual form; also how Spring converts path variables. */
    public static IndicatorId of(String text) {
        return new IndicatorId(UUID.fromString(text.strip()));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
