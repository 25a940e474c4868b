package no.gevinst.lesson;

/** A lesson's measure as typed: the action, its owner (a person's id) and deadline. */
public record LessonMeasureInput(String action, String ownerId, String deadline) {}
