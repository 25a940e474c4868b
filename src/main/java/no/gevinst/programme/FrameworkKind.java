package no.gevinst.programme;

/** The two editable lists of a programme's framework. */
public enum FrameworkKind {
    /** Benefit areas (gevinstområder), by default those of the HIMSS Value Suite as used in seed 000. */
    AREA,
    /** Priority areas (prioriterte områder) where benefits are to be taken early (seed 000 §2.2). */
    PRIORITY_AREA
}
