package no.gevinst.portfolio;

/**
 * The overlaps of DESIGN §3 by which one gain can be counted more than once. Each has its own message key, so the
 * page says in words what was found.
 */
public enum ConflictRule {
    /** Two priced benefits claim the same measure (indicator, unit and scope) in the same years. */
    SAME_INDICATOR("same-indicator"),
    /** One benefit registered in several programmes whose shares of one organisation add up to more than 100 %. */
    ALLOCATION_OVER_100("allocation"),
    /** The network's links into one benefit claim more than 100 % of it. */
    CONTRIBUTION_OVER_100("contribution"),
    /** A cash-releasing benefit and the time saving behind it are both priced. */
    CASH_AND_TIME("cash-and-time"),
    /**
     * Time savings priced on the same staff group claim more hours in a year than the group works: the hours beyond
     * its time are counted more than once.
     */
    STAFF_TIME("staff-time");

    private final String slug;

    ConflictRule(String slug) {
        this.slug = slug;
    }

    /** How the rule starts a conflict's key: short and safe in a URL. */
    public String slug() {
        return slug;
    }

    public String messageKey() {
        return "portfolio.rule." + slug;
    }
}
