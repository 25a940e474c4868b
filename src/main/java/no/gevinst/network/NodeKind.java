package no.gevinst.network;

/** The kinds of node in a benefit dependency network, each in its layer from left to right. */
public enum NodeKind {
    ENABLER(0),
    PREREQUISITE(0),
    ENABLING_CHANGE(1),
    BUSINESS_CHANGE(2),
    BENEFIT(3),
    DISBENEFIT(3),
    OBJECTIVE(4),
    DRIVER(5);

    private final int layer;

    NodeKind(int layer) {
        this.layer = layer;
    }

    /** The column the node is drawn in: enablers → enabling changes → business changes → benefits → objectives → drivers. */
    public int layer() {
        return layer;
    }

    public boolean isChange() {
        return this == ENABLING_CHANGE || this == BUSINESS_CHANGE;
    }

    public boolean isBenefit() {
        return this == BENEFIT || this == DISBENEFIT;
    }
}
