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

    /** Parses the textual form; answers empty for text that is no UUID. */
    public static java.util.Optional<OrganisationId> parse(String text) {
        try {
            return java.util.Optional.of(of(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
