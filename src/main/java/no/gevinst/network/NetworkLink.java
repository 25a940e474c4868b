package no.gevinst.network;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A link between two nodes: one leads to the other, or mitigates a dis-benefit.
 *
 * @param share how much of the target this link contributes, in percent; null when not stated
 * @param lagMonths how long after the source is ready the target can start
 */
public record NetworkLink(String from, String to, Kind kind, BigDecimal share, int lagMonths) {

    public NetworkLink {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        kind = kind == null ? Kind.LEADS_TO : kind;
        if (lagMonths < 0) {
            throw new IllegalArgumentException("A lag cannot be negative");
        }
    }

    public enum Kind {
        LEADS_TO,
        MITIGATES
    }
}
