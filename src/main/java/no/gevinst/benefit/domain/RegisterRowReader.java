package no.gevinst.benefit.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import no.gevinst.benefit.ImportError;

/** Reads the cells of one imported row and records what does not match, by column. */
record RegisterRowReader(int number, Map<RegisterColumn, String> cells, List<ImportError> errors) {

    /** Separates the items of a list column ("6; 8"). */
    static final String LIST_SEPARATOR = ";";

    private static final DateTimeFormatter NORWEGIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    String text(RegisterColumn column) {
        return cells.getOrDefault(column, "");
    }

    /** A choice column's value by its machine name, written in Norwegian or as the machine name. */
    String choice(RegisterColumn column) {
        return RegisterValues.read(column, text(column));
    }

    List<String> list(RegisterColumn column) {
        return Arrays.stream(text(column).split(LIST_SEPARATOR))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    String lookup(RegisterColumn column, String value, Function<String, Optional<String>> find) {
        if (value.isBlank()) {
            return "";
        }
        Optional<String> id = find.apply(value);
        if (id.isEmpty()) {
            error(column, "import.unknown", value);
        }
        return id.orElse("");
    }

    /** Looks up the column's own text. */
    String lookup(RegisterColumn column, Function<String, Optional<String>> find) {
        return lookup(column, text(column), find);
    }

    List<String> lookupAll(RegisterColumn column, Function<String, Optional<String>> find) {
        return list(column).stream()
                .map(v -> lookup(column, v, find))
                .filter(s -> !s.isEmpty())
                .toList();
    }

    String date(RegisterColumn column) {
        String value = text(column);
        if (value.isBlank()) {
            return "";
        }
        try {
            return LocalDate.parse(value).toString();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(value, NORWEGIAN_DATE).toString();
            } catch (DateTimeParseException e2) {
                error(column, "import.date.invalid", value);
                return "";
            }
        }
    }

    void error(RegisterColumn column, String key, Object... arguments) {
        errors.add(new ImportError(number, column.heading, key, List.of(arguments)));
    }
}
