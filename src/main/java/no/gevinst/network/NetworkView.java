package no.gevinst.network;

import no.gevinst.shared.Inputs;
import no.gevinst.shared.Violations;

/**
 * Which part of a programme's network to show: all of it, what concerns one party, what leads to one objective, or
 * everything upstream of one benefit.
 *
 * @param focus the party's organisation, the objective or the benefit, by id; null for the whole programme
 */
public record NetworkView(Kind kind, String focus) {

    public static final NetworkView WHOLE = new NetworkView(Kind.PROGRAMME, null);

    public enum Kind {
        PROGRAMME,
        PARTY,
        OBJECTIVE,
        UPSTREAM
    }

    public NetworkView {
        kind = kind == null ? Kind.PROGRAMME : kind;
        focus = kind == Kind.PROGRAMME || focus == null || focus.isBlank() ? null : focus.strip();
        if (kind != Kind.PROGRAMME && focus == null) {
            throw new IllegalArgumentException("A view of a party, an objective or a benefit names which one");
        }
    }

    /** The view as asked for in a query string: a blank view is the whole programme; any other needs its focus. */
    public static NetworkView of(String view, String focus) {
        if (Inputs.text(view).isEmpty()) {
            return WHOLE;
        }
        Violations v = new Violations();
        Kind kind = Inputs.choice(view, Kind.class).orElse(null);
        if (kind == null) {
            v.add("view", "network.view.unknown");
        } else if (kind != Kind.PROGRAMME && Inputs.text(focus).isEmpty()) {
            v.add("focus", "network.view.focus");
        }
        v.throwIfAny();
        return new NetworkView(kind, focus);
    }
}
