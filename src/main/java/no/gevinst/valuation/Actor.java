package no.gevinst.valuation;

/** Who a benefit or cost falls to, in the actor split of DFØ's guide and Digdir's template. */
public enum Actor {
    OWN_ORGANISATION(true),
    OTHER_STATE(true),
    HEALTH_TRUSTS(true),
    MUNICIPALITIES(true),
    CITIZENS(false),
    BUSINESS(false);

    private final boolean publicSector;

    Actor(boolean publicSector) {
        this.publicSector = publicSector;
    }

    /** True for actors whose budgets are public, where the tax financing cost applies. */
    public boolean publicSector() {
        return publicSector;
    }
}
