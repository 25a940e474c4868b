package no.gevinst.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The value of one period as the status and the chart see it: the mean of the current measurements of the units
 * that reported it ({@link StatusCalculator#periodValue}).
 *
 * @param reports how many current measurements the mean is taken over
 */
public record PeriodValue(LocalDate periodEnd, BigDecimal value, long reports) {}
