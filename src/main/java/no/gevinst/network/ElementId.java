package no.gevinst.network;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies an element of a network: an enabler, prerequisite, change or driver. */
public record ElementId(@JsonValue UUID value) {

    public ElementId {
        Objects.requireNonNull(value, "value");
    }

    public static ElementId newId() {
        return new ElementId(UUID.randomUUID());
    }

    /** The id from its textual form; also how Spring converts path variables. */
    public static ElementId of(String text) {
        return new ElementId(UUID.fromString(text.strip()));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
