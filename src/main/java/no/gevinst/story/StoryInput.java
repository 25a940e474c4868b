package no.gevinst.story;

/**
 * What a writer sends for a story, as text; the service checks it and names each bad field.
 *
 * @param people the people involved, as the writer names them
 * @param units the units involved, as the writer names them
 * @param pictureAlt what the picture shows, for those who cannot see it; required with a picture
 */
public record StoryInput(String title, String text, String people, String units, String pictureAlt) {}
