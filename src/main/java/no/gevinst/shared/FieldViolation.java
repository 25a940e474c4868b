package no.gevinst.shared;

import java.util.List;
import java.util.Objects;

/**
 * One thing wrong with one field of a request. The message is a key in the message bundles so that
 * pages and the API can say it in the reader's language.
 *
 * @param field the name of the field as the request spells it
 * @param messageKey the bundle key of the explanation
 * @param arguments values the explanation refers to
 */
public record FieldViolation(String field, String messageKey, List<Object> arguments) implements java.io.Serializable {

    public FieldViolation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(messageKey, "messageKey");
        arguments = List.copyOf(arguments);
    }

    public static FieldViolation of(String field, String messageKey, Object... arguments) {
        return new FieldViolation(field, messageKey, List.of(arguments));
    }
}
