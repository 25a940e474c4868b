package no.gevinst.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;

/**
 * Where targets decided for an organisation (a board decision's economic target per organisation and year, and its
 * KPI targets per organisation) come into
 * the scoped dashboard and the organisation's status report. No module provides one yet: until one does, an
 * organisation has no economic target of its own and its report measures against the benefits' and indicators' own
 * targets. A module that records decisions implements this interface as a bean; the portfolio picks it up.
 */
public interface DecidedTargets {

    /** The economic target decided for the organisation in the programme and year, if one is. */
    Optional<Target> economic(ProgrammeId programme, OrganisationId organisation, int year);

    /**
     * The KPI targets decided for the organisation in the programme: each an indicator's target value and due date,
     * from the decision in force. None by default, for a source that decides kroner only.
     */
    default List<Kpi> kpi(ProgrammeId programme, OrganisationId organisation) {
        return List.of();
    }

    /**
     * The economic target as decided by the decision that was in force on the day (a report for a period already
     * ended measures against the decision in force at the period's end, not a later one); by default the current one.
     */
    default Optional<Target> economic(ProgrammeId programme, OrganisationId organisation, int year, LocalDate day) {
        return economic(programme, organisation, year);
    }

    /** The KPI targets of the decision that was in force on the day; by default the current one's. */
    default List<Kpi> kpi(ProgrammeId programme, OrganisationId organisation, LocalDate day) {
        return kpi(programme, organisation);
    }

    /**
     * @param decision how reports name the decision measured against, as {@link Target#decision()}
     */
    record Kpi(IndicatorId indicator, BigDecimal targetValue, LocalDate due, String decision) {}

    /**
     * @param nokPerYear the kroner decided for the year
     * @param decision how reports name the decision measured against ("Styresak 45/2025, 12.06.2025")
     */
    record Target(BigDecimal nokPerYear, String decision) {}
}
