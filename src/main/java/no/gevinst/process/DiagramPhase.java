package no.gevinst.process;

import java.util.Locale;
import java.util.Optional;

/** Which of a process's two diagrams: as it is today, or as it is to be (seed 000 §2.3.2). */
public enum DiagramPhase {
    AS_IS,
    TO_BE;

    /** How the phase is written in addresses: {@code as-is}, {@code to-be}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<DiagramPhase> ofSlug(String slug) {
        for (DiagramPhase phase : values()) {
            if (phase.slug().equals(slug)) {
                return Optional.of(phase);
            }
        }
        return Optional.empty();
    }
}
