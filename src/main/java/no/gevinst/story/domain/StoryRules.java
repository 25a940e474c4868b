package no.gevinst.story.domain;

import no.gevinst.shared.TextLimits;
import no.gevinst.shared.Violations;
import no.gevinst.story.StoryInput;

/** Checks a writer's input, naming every bad field at once; returns it trimmed. */
final class StoryRules {

    private StoryRules() {}

    static StoryInput checked(StoryInput in, boolean withPicture) {
        Violations v = new Violations();
        String title = text(v, "title", in.title(), TextLimits.LINE, true);
        String text = text(v, "text", in.text(), TextLimits.PARAGRAPHS, true);
        String people = text(v, "people", in.people(), TextLimits.LINE, false);
        String units = text(v, "units", in.units(), TextLimits.LINE, false);
        String alt = text(v, "pictureAlt", in.pictureAlt(), TextLimits.LINE, withPicture);
        v.throwIfAny();
        return new StoryInput(title, text, people, units, alt.isEmpty() ? null : alt);
    }

    private static String text(Violations v, String field, String value, int max, boolean required) {
        String text = value == null ? "" : value.strip();
        if (text.indexOf('\u0000') >= 0) {
            v.add(field, "story.invalidCharacter");
        } else if (required && text.isEmpty()) {
            v.add(field, "story." + field + ".required");
        } else if (text.length() > max) {
            v.add(field, "story.tooLong", max);
        }
        return text;
    }
}
