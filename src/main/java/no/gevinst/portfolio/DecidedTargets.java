package no.gevinst.portfolio;

import java.math.BigDecimal;
import java.util.Optional;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;

/**
 * Where targets decided for an organisation (a board decision's economic target per organisation and year) come into
 * the scoped dashboard and the organisation's status report. No module provides one yet: until one does, an
 * organisation has no economic target of its own and its report measures against the benefits' and indicators' own
 * targets. A module that records decisions implements this interface as a bean; the portfolio picks it up.
 */
public interface DecidedTargets {

    /** The economic target decided for the organisation in the programme and year, if one is. */
    Optional<Target> economic(ProgrammeId programme, OrganisationId organisation, int year);

    /**
     * @param nokPerYear the kroner decided for the year
     * @param decision how reports name the decision measured against ("Styresak 45/2025, 12.06.2025")
     */
    record Target(BigDecimal nokPerYear, String decision) {}
}
