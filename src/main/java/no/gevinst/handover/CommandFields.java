package no.gevinst.handover;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import no.gevinst.shared.Ids;
import no.gevinst.shared.Inputs;
import no.gevinst.shared.Violations;
import org.jspecify.annotations.Nullable;

/**
 * Reads the handover commands' fields from what a form or a client sent, each refusal under the field's own name: a
 * text the database would refuse (control characters, too long) first, then what does not parse.
 */
final class CommandFields {

    private CommandFields() {}

    /** The id in the text; null when blank (with the key given, if any) or no id ({@code unknown}). */
    static <T> @Nullable T id(
            @Nullable String text,
            Function<UUID, T> type,
            String field,
            @Nullable String blankKey,
            String unknownKey,
            Violations v) {
        if (refused(field, text, v)) {
            return null;
        }
        if (Inputs.text(text).isEmpty()) {
            if (blankKey != null) {
                v.add(field, blankKey);
            }
            return null;
        }
        Optional<T> id = Ids.parse(text, type);
        if (id.isEmpty()) {
            v.add(field, unknownKey);
        }
        return id.orElse(null);
    }

    /**
     * The date the text writes the Norwegian way ({@code 31.01.2026}) or ISO, within the plausible years; null when
     * blank (with the key given, if any) or no date.
     */
    static @Nullable LocalDate date(@Nullable String text, String field, @Nullable String blankKey, Violations v) {
        return refused(field, text, v) ? null : Inputs.norwegianDate(text, field, blankKey, v);
    }

    /** The constant the text names (ignoring case); null with the key when it names none. */
    static <E extends Enum<E>> @Nullable E choice(
            @Nullable String text, Class<E> type, String field, String key, Violations v) {
        if (refused(field, text, v)) {
            return null;
        }
        Optional<E> value = Inputs.choice(text, type);
        if (value.isEmpty()) {
            v.add(field, key);
        }
        return value.orElse(null);
    }

    private static boolean refused(String field, @Nullable String text, Violations v) {
        Inputs.check(field, text, v);
        return v.has(field);
    }
}
