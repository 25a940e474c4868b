package no.gevinst.indicator;

import java.io.Serializable;
import java.util.List;

/** Why one row of a batch of measurements was refused: its number (from 1), the field and a message key. */
public record RowError(long row, String field, String messageKey, List<Object> arguments) implements Serializable {

    public RowError {
        arguments = List.copyOf(arguments);
    }
}
