package no.gevinst.lesson;

import com.fasterxml.jackson.annotation.JsonValue;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies a lesson learned. */
public record LessonId(@JsonValue UUID value) implements Serializable {

    public LessonId {
        Objects.requireNonNull(value, "value");
    }

    public static LessonId newId() {
        return new LessonId(UUID.randomUUID());
    }

    /** The id from its textual form; also how Spring converts path variables. */
    public static LessonId of(String text) {
        return new LessonId(UUID.fromString(text.strip()));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
