package no.gevinst.access;

/** What a user may do in an organisation (DESIGN §1). */
public enum Role {
    ADMINISTRATOR,
    GEVINSTKOORDINATOR,
    GEVINSTEIER,
    MAALEANSVARLIG,
    STYRINGSGRUPPE,
    LESER,
    /**
     * Issue 18: coordinates, across the trusts of a region, the improvement measures that need several organisations
     * once benefits have been handed over to the line; held in the regional organisation (the RHF).
     */
    REGIONAL_KOORDINATOR;

    /** The bundle key of the role's name as users know it. */
    public String messageKey() {
        return "role." + name();
    }
}
