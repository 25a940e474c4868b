package no.gevinst.portfolio;

import java.time.LocalDate;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;

/**
 * A period of a cross-organisation benefit's actuals that an organisation the user speaks for has yet to sign off;
 * it is signed on the flows page, {@code /portfolio/flows?programme={programme}#benefit-{benefit}}.
 */
public record PendingSignOff(
        BenefitId benefit,
        String code,
        String title,
        ProgrammeId programme,
        OrganisationId organisation,
        String organisationName,
        LocalDate periodStart,
        LocalDate periodEnd) {}
