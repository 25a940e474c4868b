package no.gevinst.benefit;

import java.util.List;

/** An import had bad rows; it was refused whole and nothing was stored. */
public class ImportRefusedException extends RuntimeException {

    private final List<ImportError> errors;

    public ImportRefusedException(List<ImportError> errors) {
        super("Import refused: " + errors.size() + " errors");
        this.errors = List.copyOf(errors);
    }

    public List<ImportError> errors() {
        return errors;
    }
}
