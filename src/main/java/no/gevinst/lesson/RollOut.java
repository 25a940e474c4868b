package no.gevinst.lesson;

/** What was decided about a pilot: not yet, roll it out, or not. */
public enum RollOut {
    PENDING,
    ROLL_OUT,
    NOT_ROLL_OUT
}
