package no.gevinst.access;

import java.util.Optional;
import no.gevinst.shared.OrganisationId;

/**
 * Finds an organisation by its organisation number, for mapping what an identity provider says about a person's
 * organisation onto Gevinst's. The organisation module answers it: access may not read organisations itself, since
 * organisations already depend on access.
 */
public interface OrganisationDirectory {

    /** The organisation registered in Gevinst with this nine-digit number, if any. */
    Optional<OrganisationId> byNumber(String organisationNumber);
}
