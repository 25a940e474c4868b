package no.gevinst.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One point of the trajectory (målbane): the value the indicator should have reached by a date. */
public record TargetPoint(LocalDate date, BigDecimal value) {}
