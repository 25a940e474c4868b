package no.gevinst.valuation;

import java.math.BigDecimal;

/**
 * What a calculation model gives at full effect for one year, and how: the workings show the formula with the
 * input values filled in, in the bundles' words ({@code valuation.working.*}).
 *
 * @param hoursPerYear the time freed, for time savings; null for the other kinds
 */
public record ModelResult(BigDecimal nokPerYear, BigDecimal hoursPerYear, Phrase workings) {}
