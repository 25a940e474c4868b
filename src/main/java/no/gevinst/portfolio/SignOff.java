package no.gevinst.portfolio;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.OrganisationId;

/**
 * A benefiting organisation's confirmation of a benefit's actuals for one period.
 *
 * @param signedBy the display name of the person who signed, as it was then
 */
public record SignOff(
        UUID id,
        BenefitId benefit,
        OrganisationId organisation,
        LocalDate periodStart,
        LocalDate periodEnd,
        String signedBy,
        Instant signedAt,
        String comment)
        implements Serializable {}
