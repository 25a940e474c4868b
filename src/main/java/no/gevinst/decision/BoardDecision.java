package no.gevinst.decision;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;

/**
 * A board's decision (styrevedtak) on a programme's targets, as the minutes record it, with the targets it sets.
 *
 * @param number 1, 2, 3 … within the programme, in the order recorded
 * @param decidingBody who decided, as the minutes name it ("Styret i Helse Midt-Norge RHF")
 * @param caseNumber the case's number in the body's records (saksnummer)
 * @param documentReference where the decision's document is found (an archive reference or address)
 * @param summary what was decided, in the recorder's words
 * @param supersededBy the number of the decision that replaced this one; null while it is in force
 * @param version increases with each write; a write naming an older version is refused
 */
public record BoardDecision(
        UUID id,
        ProgrammeId programme,
        int number,
        String decidingBody,
        LocalDate decidedOn,
        String caseNumber,
        String documentReference,
        String summary,
        Integer supersededBy,
        String recordedBy,
        Instant recordedAt,
        List<DecidedEconomicTarget> economicTargets,
        List<DecidedKpiTarget> kpiTargets,
        long version) {

    public BoardDecision {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(programme, "programme");
        Objects.requireNonNull(decidedOn, "decidedOn");
        economicTargets = List.copyOf(economicTargets);
        kpiTargets = List.copyOf(kpiTargets);
    }

    /** True while no later decision has replaced it: the decision reports measure against. */
    public boolean inForce() {
        return supersededBy == null;
    }

    /** The organisations it sets targets for, economic or KPI. */
    public Set<OrganisationId> organisations() {
        Set<OrganisationId> all = new java.util.LinkedHashSet<>();
        economicTargets.forEach(t -> all.add(t.organisation()));
        kpiTargets.forEach(t -> all.add(t.organisation()));
        return all;
    }

    /** The years it sets requirements for the organisation in: its kroner's years and its KPI targets' due years. */
    public Set<Integer> years(OrganisationId organisation) {
        Set<Integer> years = new TreeSet<>();
        economicTargets.stream()
                .filter(t -> t.organisation().equals(organisation))
                .forEach(t -> years.add(t.year()));
        kpiTargets.stream()
                .filter(t -> t.organisation().equals(organisation))
                .forEach(t -> years.add(t.due().getYear()));
        return years;
    }

    /** The organisation's kroner in the year, over every benefit class. */
    public BigDecimal economicTotal(OrganisationId organisation, int year) {
        return economicTargets.stream()
                .filter(t -> t.organisation().equals(organisation) && t.year() == year)
                .map(DecidedEconomicTarget::nok)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** A decision built by name: {@code BoardDecision.builder().id(id).programme(p).number(1).decidedOn(d).build()}. Unset texts are blank, the target lists empty; it is in force unless {@code supersededBy} is set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this boardDecision's values, to change a few of them. */
    public Builder toBuilder() {
        return new Builder()
                .id(id)
                .programme(programme)
                .number(number)
                .decidingBody(decidingBody)
                .decidedOn(decidedOn)
                .caseNumber(caseNumber)
                .documentReference(documentReference)
                .summary(summary)
                .supersededBy(supersededBy)
                .recordedBy(recordedBy)
                .recordedAt(recordedAt)
                .economicTargets(economicTargets)
                .kpiTargets(kpiTargets)
                .version(version);
    }

    /** Builds a {@link BoardDecision} by name instead of by 14 positions. */
    public static final class Builder {
        private UUID id;
        private ProgrammeId programme;
        private int number;
        private String decidingBody;
        private LocalDate decidedOn;
        private String caseNumber = "";
        private String documentReference = "";
        private String summary = "";
        private Integer supersededBy;
        private String recordedBy;
        private Instant recordedAt;
        private List<DecidedEconomicTarget> economicTargets = List.of();
        private List<DecidedKpiTarget> kpiTargets = List.of();
        private long version;

        private Builder() {}

        public Builder id(UUID id) {
            this.id = id;
            return this;
        }

        public Builder programme(ProgrammeId programme) {
            this.programme = programme;
            return this;
        }

        public Builder number(int number) {
            this.number = number;
            return this;
        }

        public Builder decidingBody(String decidingBody) {
            this.decidingBody = decidingBody;
            return this;
        }

        public Builder decidedOn(LocalDate decidedOn) {
            this.decidedOn = decidedOn;
            return this;
        }

        public Builder caseNumber(String caseNumber) {
            this.caseNumber = caseNumber;
            return this;
        }

        public Builder documentReference(String documentReference) {
            this.documentReference = documentReference;
            return this;
        }

        public Builder summary(String summary) {
            this.summary = summary;
            return this;
        }

        public Builder supersededBy(Integer supersededBy) {
            this.supersededBy = supersededBy;
            return this;
        }

        public Builder recordedBy(String recordedBy) {
            this.recordedBy = recordedBy;
            return this;
        }

        public Builder recordedAt(Instant recordedAt) {
            this.recordedAt = recordedAt;
            return this;
        }

        public Builder economicTargets(List<DecidedEconomicTarget> economicTargets) {
            this.economicTargets = economicTargets;
            return this;
        }

        public Builder kpiTargets(List<DecidedKpiTarget> kpiTargets) {
            this.kpiTargets = kpiTargets;
            return this;
        }

        public Builder version(long version) {
            this.version = version;
            return this;
        }

        public BoardDecision build() {
            return new BoardDecision(
                    id,
                    programme,
                    number,
                    decidingBody,
                    decidedOn,
                    caseNumber,
                    documentReference,
                    summary,
                    supersededBy,
                    recordedBy,
                    recordedAt,
                    economicTargets,
                    kpiTargets,
                    version);
        }
    }
}
