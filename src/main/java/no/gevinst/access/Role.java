package no.gevinst.access;

/** What a user may do in an organisation (DESIGN §1). */
public enum Role {
    ADMINISTRATOR,
    GEVINSTKOORDINATOR,
    GEVINSTEIER,
    MAALEANSVARLIG,
    STYRINGSGRUPPE,
    LESER;

    /** The bundle key of the role's name as users know it. */
    public String messageKey() {
        return "role." + name();
    }
}
