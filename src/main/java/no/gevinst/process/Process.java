package no.gevinst.process;

import java.util.List;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.PersonId;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.Versioned;

/**
 * A patient pathway or work process of a programme: who owns it, the organisations and units it spans and the KPIs
 * (indicators) that tell whether it has improved.
 */
public record Process(
        ProcessId id,
        ProgrammeId programme,
        String name,
        ProcessKind kind,
        PersonId owner,
        String description,
        List<OrganisationId> organisations,
        List<IndicatorId> indicators,
        boolean demo,
        long version)
        implements Versioned {

    public Process {
        organisations = List.copyOf(organisations);
        indicators = List.copyOf(indicators);
    }
}
