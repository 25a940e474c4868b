package no.gevinst.shared;

import com.fasterxml.jackson.annotation.JsonValue;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies a measurement. */
public record MeasurementId(@JsonValue UUID value) implements Serializable {

    public MeasurementId {
        Objects.requireNonNull(value, "value");
    }

    public static MeasurementId newId() {
        return new MeasurementId(UUID.randomUUID());
    }

    /** The id from its textual form; also how Spring converts path variables. */
    public static MeasurementId of(String text) {
        return new MeasurementId(UUID.fromString(text.strip()));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
