package no.gevinst.shared;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** Reads typed ids from what users and clients send. */
public final class Ids {

    private Ids() {}

    /** The id in the text, or empty when the text is blank or no UUID. */
    public static <T> Optional<T> parse(String text, Function<UUID, T> id) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(id.apply(UUID.fromString(text.strip())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
