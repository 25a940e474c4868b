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

    /** A programme built by name: {@code Programme.builder().id(id).code("HP").owner(owner).currentPhase(phase).build()}. Unset lists are empty, the description blank, the economic target and co-financier none. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this programme's values, to change a few of them. */
    public Builder toBuilder() {
        return new Builder()
                .id(id)
                .code(code)
                .name(name)
                .description(description)
                .owner(owner)
                .currentPhase(currentPhase)
                .economicTarget(economicTarget)
                .coFinancier(coFinancier)
                .phases(phases)
                .parties(parties)
                .steeringGroup(steeringGroup)
                .framework(framework)
                .version(version);
    }

    /** Builds a {@link Programme} by name instead of by 13 positions. */
    public static final class Builder {
        private ProgrammeId id;
        private String code;
        private String name;
        private String description = "";
        private OrganisationId owner;
        private Phase currentPhase;
        private EconomicTarget economicTarget;
        private OrganisationId coFinancier;
        private List<PhasePlan> phases = List.of();
        private List<Party> parties = List.of();
        private List<PersonId> steeringGroup = List.of();
        private List<FrameworkItem> framework = List.of();
        private long version;

        private Builder() {}

        public Builder id(ProgrammeId id) {
            this.id = id;
            return this;
        }

        public Builder code(String code) {
            this.code = code;
            return this;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder owner(OrganisationId owner) {
            this.owner = owner;
            return this;
        }

        public Builder currentPhase(Phase currentPhase) {
            this.currentPhase = currentPhase;
            return this;
        }

        public Builder economicTarget(EconomicTarget economicTarget) {
            this.economicTarget = economicTarget;
            return this;
        }

        public Builder coFinancier(OrganisationId coFinancier) {
            this.coFinancier = coFinancier;
            return this;
        }

        public Builder phases(List<PhasePlan> phases) {
            this.phases = phases;
            return this;
        }

        public Builder parties(List<Party> parties) {
            this.parties = parties;
            return this;
        }

        public Builder steeringGroup(List<PersonId> steeringGroup) {
            this.steeringGroup = steeringGroup;
            return this;
        }

        public Builder framework(List<FrameworkItem> framework) {
            this.framework = framework;
            return this;
        }

        public Builder version(long version) {
            this.version = version;
            return this;
        }

        public Programme build() {
            return new Programme(
                    id,
                    code,
                    name,
                    description,
                    owner,
                    currentPhase,
                    economicTarget,
                    coFinancier,
                    phases,
                    parties,
                    steeringGroup,
                    framework,
                    version);
        }
    }
}
