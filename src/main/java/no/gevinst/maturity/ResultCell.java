package no.gevinst.maturity;

import java.math.BigDecimal;

/**
 * One dimension's result in one row of a round's results.
 *
 * @param respondents how many answered, never fewer than five in a result shown
 * @param points the sum of their scores in the dimension
 * @param answers how many scores the sum counts
 * @param mean the mean score, to one decimal
 * @param change the mean's change since the previous round of the same template, or null when there is none
 */
public record ResultCell(
        String dimension, int respondents, long points, long answers, BigDecimal mean, BigDecimal change) {

    /** Below this mean a dimension is weak: a place to start a measure. */
    public static final BigDecimal WEAK_BELOW = new BigDecimal("2.5");

    /** From this mean on a dimension is strong. */
    public static final BigDecimal STRONG_FROM = new BigDecimal("3.5");

    /** weak, middle or strong: the cell's colour and the word beside its value. */
    public String level() {
        if (mean == null) {
            return "none";
        }
        if (mean.compareTo(WEAK_BELOW) < 0) {
            return "weak";
        }
        return mean.compareTo(STRONG_FROM) >= 0 ? "strong" : "middle";
    }

    public boolean weak() {
        return "weak".equals(level());
    }
}
