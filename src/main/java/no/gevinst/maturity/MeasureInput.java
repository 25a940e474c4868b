package no.gevinst.maturity;

/** A measure as typed: the dimension and unit it answers, the action, its owner (a person's id) and deadline. */
public record MeasureInput(String dimension, String unitId, String action, String ownerId, String deadline) {}
