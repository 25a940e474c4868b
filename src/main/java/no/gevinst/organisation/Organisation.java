package no.gevinst.organisation;

import java.util.Objects;
import no.gevinst.shared.OrganisationId;

/**
 * An organisation taking part in benefits work.
 *
 * @param parent the organisation above it (an HF's RHF), or null
 * @param version increases with each write; a write naming an older version is refused
 */
public record Organisation(
        OrganisationId id,
        String name,
        OrganisationType type,
        OrganisationNumber organisationNumber,
        OrganisationId parent,
        long version) {

    public Organisation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(organisationNumber, "organisationNumber");
    }
}
