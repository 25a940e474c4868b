package no.gevinst.indicator;

/** Which way is better for an indicator. */
public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER;

    /** +1 when a rising value is an improvement, −1 when a falling one is. */
    public int sign() {
        return this == HIGHER_IS_BETTER ? 1 : -1;
    }
}
