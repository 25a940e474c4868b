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
}
