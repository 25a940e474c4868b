package no.gevinst.configdecision;

/** Decided, or proposed as an optimisation after go-live and not decided yet. */
public enum Stage {
    DECIDED,
    PROPOSED;

    public String messageKey() {
        return "configdecision.stage." + name();
    }
}
