package no.gevinst.shared;

import java.util.List;

/** A request was refused because of the named fields; nothing was written. */
public class InvalidInputException extends RuntimeException {

    private final List<FieldViolation> violations;

    public InvalidInputException(List<FieldViolation> violations) {
        super("Invalid input: " + violations.stream().map(FieldViolation::field).toList());
        this.violations = List.copyOf(violations);
    }

    public static InvalidInputException of(String field, String messageKey, Object... arguments) {
        return new InvalidInputException(List.of(FieldViolation.of(field, messageKey, arguments)));
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
