package no.gevinst.story;

import com.fasterxml.jackson.annotation.JsonValue;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies a success story. */
public record StoryId(@JsonValue UUID value) implements Serializable {

    public StoryId {
        Objects.requireNonNull(value, "value");
    }

    public static StoryId newId() {
        return new StoryId(UUID.randomUUID());
    }

    /** The id from its textual form; also how Spring converts path variables. */
    public static StoryId of(String text) {
        return new StoryId(UUID.fromString(text.strip()));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
