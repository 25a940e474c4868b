package no.gevinst.plan;

import java.util.List;

/**
 * One thing the method demands before a phase is left.
 *
 * @param messageKey what is demanded, as a key in the message bundles
 * @param failing the benefits (and their indicators) that do not meet it; empty for demands on the programme
 */
public record GateItem(String messageKey, boolean holds, List<Shortfall> failing) {

    public GateItem {
        failing = failing == null ? List.of() : List.copyOf(failing);
    }

    /** An item that holds when nothing fails it. */
    public static GateItem of(String messageKey, List<Shortfall> failing) {
        return new GateItem(messageKey, failing.isEmpty(), failing);
    }
}
