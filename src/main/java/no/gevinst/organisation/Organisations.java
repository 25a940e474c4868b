package no.gevinst.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import no.gevinst.shared.OrganisationId;

/**
 * The organisations of Gevinst, for pages, the API and other modules. A user sees those the user's programmes
 * involve and the user's own; coordinators see every one, to choose new parties from; administrators see all.
 */
public interface Organisations {

    /** All organisations, by name. */
    List<Organisation> all();

    /** Organisations whose name or number contains the text, by name. */
    List<Organisation> search(String text);

    Optional<Organisation> find(OrganisationId id);

    /** The organisations with these ids that exist, by name. */
    List<Organisation> findAll(Collection<OrganisationId> ids);

    /** Creates an organisation; administrators only. */
    Organisation create(OrganisationInput input);

    /** Changes an organisation that is still at the expected version; administrators only. */
    Organisation update(OrganisationId id, OrganisationInput input, long expectedVersion);
}
