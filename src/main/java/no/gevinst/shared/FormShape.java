package no.gevinst.shared;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The shape of a form as typed (a field given, say), checked at the edge with Bean Validation before the service sees
 * it: what the constraints find is refused the same way a service refuses input, as an {@link InvalidInputException}
 * naming each field, so the form's page shows it where it shows the service's refusals. Each constraint gives its
 * message as the key of the service's own words, {@code @NotBlank(message = "{plan.risk.description}")}. Checked after
 * the rights, so that a user who may not write is not told what is wrong with the text; the services keep the rules.
 */
public final class FormShape {

    private FormShape() {}

    /**
     * @throws InvalidInputException naming each field whose shape is wrong, in the order of the fields' names
     */
    public static void check(Validator validator, Object form) {
        List<FieldViolation> violations = violations(validator.validate(form));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    static List<FieldViolation> violations(Set<? extends ConstraintViolation<?>> found) {
        return found.stream()
                .map(c -> FieldViolation.of(c.getPropertyPath().toString(), key(c.getMessageTemplate())))
                .sorted(Comparator.comparing(FieldViolation::field).thenComparing(FieldViolation::messageKey))
                .distinct()
                .toList();
    }

    /** "{plan.risk.description}" is the bundle key plan.risk.description. */
    private static String key(String template) {
        return template.startsWith("{") && template.endsWith("}")
                ? template.substring(1, template.length() - 1)
                : template;
    }
}
