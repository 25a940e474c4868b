package no.gevinst.network;

import java.math.BigDecimal;
import java.util.UUID;
import no.gevinst.shared.Ids;
import no.gevinst.shared.Inputs;
import no.gevinst.shared.NorwegianNumbers;
import no.gevinst.shared.Violations;
import org.jspecify.annotations.Nullable;

/**
 * A link as the network module takes it: read once, at the edge, from the text sent ({@link Networks.LinkInput}).
 * Every node's id is a UUID, so an end that is none names no node; whether a UUID does, only the stored network tells.
 *
 * @param share the percent of the benefit the link carries, above 0 and at most 100; null when not stated
 * @param lagMonths the months between the two, 0 when not stated
 */
public record LinkCommand(
        UUID from, UUID to, NetworkLink.Kind kind, @Nullable BigDecimal share, int lagMonths) {

    /** @throws no.gevinst.shared.InvalidInputException naming every field that does not read */
    public static LinkCommand parse(Networks.LinkInput in) {
        Violations v = new Violations();
        UUID from = end(in.from(), "from", v);
        UUID to = end(in.to(), "to", v);
        NetworkLink.Kind kind = Inputs.text(in.kind()).isEmpty()
                ? NetworkLink.Kind.LEADS_TO
                : Inputs.choice(in.kind(), NetworkLink.Kind.class).orElse(null);
        if (kind == null) {
            v.add("kind", "network.link.kind");
        }
        BigDecimal share = share(in.share(), v);
        int lag = lag(in.lagMonths(), v);
        v.throwIfAny();
        return new LinkCommand(from, to, kind, share, lag);
    }

    /** The link as typed, read at once: for the application's own loaders and tests. */
    public static LinkCommand parse(
            @Nullable String from,
            @Nullable String to,
            @Nullable String kind,
            @Nullable String share,
            @Nullable String lagMonths) {
        return parse(new Networks.LinkInput(from, to, kind, share, lagMonths));
    }

    private static @Nullable UUID end(String text, String field, Violations v) {
        UUID id = Ids.parse(text, u -> u).orElse(null);
        if (id == null) {
            v.add(field, "network.link.unknownNode");
        }
        return id;
    }

    private static @Nullable BigDecimal share(String text, Violations v) {
        if (Inputs.text(text).isEmpty()) {
            return null;
        }
        try {
            BigDecimal share = NorwegianNumbers.parseDecimal(text);
            if (share.signum() > 0 && share.compareTo(BigDecimal.valueOf(100)) <= 0) {
                return share;
            }
        } catch (NumberFormatException e) {
            // falls through to the violation below
        }
        v.add("share", "network.link.share");
        return null;
    }

    private static int lag(String text, Violations v) {
        if (Inputs.text(text).isEmpty()) {
            return 0;
        }
        try {
            int lag = Integer.parseInt(Inputs.text(text));
            if (lag >= 0) {
                return lag;
            }
        } catch (NumberFormatException e) {
            // falls through to the violation below
        }
        v.add("lagMonths", "network.link.lag");
        return 0;
    }
}
