package no.gevinst.programme;

import java.util.Arrays;
import java.util.Optional;

/** The phases of benefits realisation in a programme (seed 000 §3.1), in order. */
public enum Phase {
    IDENTIFY,
    PLAN,
    REALISE,
    DOCUMENT,
    CLOSE;

    public static Optional<Phase> parse(String text) {
        return Arrays.stream(values())
                .filter(p -> p.name().equalsIgnoreCase(text == null ? "" : text.strip()))
                .findFirst();
    }

    public String messageKey() {
        return "phase." + name();
    }
}
