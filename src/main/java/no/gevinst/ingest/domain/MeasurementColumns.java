package no.gevinst.ingest.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of a measurement file by the names people read in the template ("Periode fra", "Sikkerhet": Høy) and
 * by the machine names systems send ("periodStart", "confidence": HIGH). Both are read; the template is written in
 * Norwegian.
 */
final class MeasurementColumns {

    /** The template's headings, in the order of {@link MeasurementFile#COLUMNS}. */
    static final List<String> HEADINGS = List.of(
            "Indikator",
            "Virksomhet",
            "Periode fra",
            "Periode til",
            "Verdi",
            "Måleenhet",
            "Underenhet",
            "Metode",
            "Sikkerhet",
            "Kommentar");

    private static final Map<String, String> BY_NAME = names();

    private MeasurementColumns() {}

    /** The machine name of the column a heading names, in either language and any case; empty for none of ours. */
    static Optional<String> column(String heading) {
        if (heading == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_NAME.get(normal(heading)));
    }

    /** The template's heading of a column, as an error message names it. */
    static String heading(String column) {
        return HEADINGS.get(MeasurementFile.COLUMNS.indexOf(column));
    }

    private static Map<String, String> names() {
        Map<String, String> names = new HashMap<>();
        for (int i = 0; i < MeasurementFile.COLUMNS.size(); i++) {
            names.put(normal(MeasurementFile.COLUMNS.get(i)), MeasurementFile.COLUMNS.get(i));
            names.put(normal(HEADINGS.get(i)), MeasurementFile.COLUMNS.get(i));
        }
        return Map.copyOf(names);
    }

    private static String normal(String heading) {
        return heading.replace("\uFEFF", "").replace("\"", "").strip().toLowerCase(Locale.ROOT);
    }
}
