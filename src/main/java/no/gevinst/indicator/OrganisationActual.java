package no.gevinst.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.OrganisationId;

/**
 * What one organisation measured of an indicator in a window of days: the latest period ending in the window with
 * current measurements recorded for the organisation (or a unit of it), that period's value read as the status reads
 * a period ({@link StatusCalculator#periodValue}: the mean of its measurements), and how much the window holds.
 *
 * @param measurementsInPeriod the organisation's current measurements of the latest period, averaged into the value
 * @param periodsInWindow the periods the organisation measured in the window, the latest among them
 */
public record OrganisationActual(
        IndicatorId indicator,
        OrganisationId organisation,
        BigDecimal value,
        LocalDate periodStart,
        LocalDate periodEnd,
        long measurementsInPeriod,
        long periodsInWindow) {}
