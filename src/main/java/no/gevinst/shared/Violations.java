package no.gevinst.shared;

import java.util.ArrayList;
import java.util.List;

/** Collects every field violation of a request so that all of them are reported at once, not the first. */
public final class Violations {

    private final List<FieldViolation> found = new ArrayList<>();

    public Violations add(String field, String messageKey, Object... arguments) {
        found.add(FieldViolation.of(field, messageKey, arguments));
        return this;
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public boolean has(String field) {
        return found.stream().anyMatch(v -> v.field().equals(field));
    }

    /** Throws when anything was found; the write it guards then changes nothing. */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
    }
}
