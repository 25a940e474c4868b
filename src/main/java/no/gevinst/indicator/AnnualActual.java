package no.gevinst.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import no.gevinst.shared.IndicatorId;

/**
 * An indicator's actual for a calendar year: the value of the latest period that ends in the year, the mean of the
 * units that reported it (as the indicator's status takes it), with when it was recorded.
 *
 * @param reports how many current measurements the value is the mean of
 * @param recordedOn the day the last of them was recorded
 */
public record AnnualActual(
        IndicatorId indicator,
        int year,
        LocalDate periodStart,
        LocalDate periodEnd,
        BigDecimal value,
        int reports,
        LocalDate recordedOn) {}
