package no.gevinst.shared;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies an organisation (virksomhet). */
public record OrganisationId(@JsonValue UUID value) implements java.io.Serializable {

    public OrganisationId {
        Objects.requireNonNull(value, "value");
    }

    public static OrganisationId newId() {
        return new OrganisationId(UUID.randomUUID());
    }

    /** The id in its textual form; also how Spring converts path variables. */
    public static OrganisationId of(String text) {
        return new OrganisationId(UUID.fromString(text.strip()));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
