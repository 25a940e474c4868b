package no.gevinst.stakeholder;

/**
 * The classic quadrants of the interest × influence grid. A score of 3 or more (of 1–5) counts as high, so the line
 * between low and high runs between 2 and 3 on both axes.
 */
public enum Quadrant {
    MANAGE_CLOSELY,
    KEEP_SATISFIED,
    KEEP_INFORMED,
    MONITOR;

    /** The lowest score that counts as high. */
    public static final int HIGH = 3;

    public static Quadrant of(int interest, int influence) {
        boolean highInterest = interest >= HIGH;
        if (influence >= HIGH) {
            return highInterest ? MANAGE_CLOSELY : KEEP_SATISFIED;
        }
        return highInterest ? KEEP_INFORMED : MONITOR;
    }
}
