package no.gevinst.story;

/** A story as the gallery lists it, with the names it is shown under. */
public record GalleryItem(Story story, String programmeCode, String benefitCode, String benefitTitle) {}
