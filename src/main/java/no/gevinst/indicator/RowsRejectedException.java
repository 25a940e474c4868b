package no.gevinst.indicator;

import java.util.List;
import no.gevinst.shared.FieldViolation;
import no.gevinst.shared.InvalidInputException;

/**
 * A batch of measurements had bad rows; it was refused whole and nothing was stored. Each row's fault is also a
 * field violation named {@code rows[N].field}, so that the API answers it like any other invalid input.
 */
public class RowsRejectedException extends InvalidInputException {

    private final List<RowError> errors;

    public RowsRejectedException(List<RowError> errors) {
        super(errors.stream()
                .map(e -> new FieldViolation("rows[" + e.row() + "]." + e.field(), e.messageKey(), e.arguments()))
                .toList());
        this.errors = List.copyOf(errors);
    }

    public List<RowError> errors() {
        return errors;
    }
}
