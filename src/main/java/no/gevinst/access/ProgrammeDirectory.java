package no.gevinst.access;

import java.util.List;
import java.util.Map;
import java.util.Set;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;

/**
 * What the access module must know of programmes to decide whose accounts a coordinator administers: which
 * organisations take part in each programme, and which programmes the current user coordinates. The programme
 * module answers (it depends on this one, so the question goes this way round), deciding "coordinates" by the same
 * rule as every other coordinator's write.
 */
public interface ProgrammeDirectory {

    /** Every programme, with its owner and parties and whether the current user coordinates it. */
    List<ProgrammeTakingPart> programmes();

    /** The names of the organisations, for showing where a role is held. */
    Map<OrganisationId, String> organisationNames();

    /** A programme with the organisations taking part in it. */
    record ProgrammeTakingPart(
            ProgrammeId id, String code, String name, Set<OrganisationId> organisations, boolean coordinated) {

        public ProgrammeTakingPart {
            organisations = Set.copyOf(organisations);
        }
    }
}
