package no.gevinst.programme;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import no.gevinst.shared.FrameworkItemId;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.PersonId;
import no.gevinst.shared.ProgrammeId;

/**
 * A change initiative whose benefits are realised across several organisations.
 *
 * @param coFinancier the organisation that co-finances the programme (Digdir through its co-financing scheme, say),
 *     the body its annual status is addressed to; null when no one does
 */
public record Programme(
        ProgrammeId id,
        String code,
        String name,
        String description,
        OrganisationId owner,
        Phase currentPhase,
        EconomicTarget economicTarget,
        OrganisationId coFinancier,
        List<PhasePlan> phases,
        List<Party> parties,
        List<PersonId> steeringGroup,
        List<FrameworkItem> framework,
        long version) {

    public Programme {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(currentPhase, "currentPhase");
        phases = List.copyOf(phases);
        parties = List.copyOf(parties);
        steeringGroup = List.copyOf(steeringGroup);
        framework = List.copyOf(framework);
    }

    /** The owner and every party: the organisations whose people may see the programme. */
    public List<OrganisationId> organisations() {
        return Stream.concat(Stream.of(owner), parties.stream().map(Party::organisation))
                .distinct()
                .toList();
    }

    public List<FrameworkItem> areas() {
        return items(FrameworkKind.AREA);
    }

    public List<FrameworkItem> priorityAreas() {
        return items(FrameworkKind.PRIORITY_AREA);
    }

    public Optional<FrameworkItem> frameworkItem(FrameworkItemId id) {
        return framework.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    public Optional<PhasePlan> plan(Phase phase) {
        return phases.stream().filter(p -> p.phase() == phase).findFirst();
    }

    private List<FrameworkItem> items(FrameworkKind kind) {
        return framework.stream().filter(i -> i.kind() == kind).toList();
    }
}
