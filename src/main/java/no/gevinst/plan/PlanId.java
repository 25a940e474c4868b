package no.gevinst.plan;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a realisation plan. */
public record PlanId(@JsonValue UUID value) {

    public PlanId {
        Objects.requireNonNull(value, "value");
    }

    public static PlanId newId() {
        return new PlanId(UUID.randomUUID());
    }

    /** The id from its textual form; also how Spring converts path variables. */
    public static PlanId of(String text) {
        return new PlanId(UUID.fromString(text.strip()));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
