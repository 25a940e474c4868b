package no.gevinst.indicator;

/** Traffic light against the trajectory; NONE until there is a baseline, a target and a measurement. */
public enum Rag {
    GREEN,
    AMBER,
    RED,
    NONE
}
