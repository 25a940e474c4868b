package no.gevinst.ingest.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final Map<String, String> CONFIDENCE = Map.of("høy", "HIGH", "middels", "MEDIUM", "lav", "LOW");

    /** Norwegian dates as people write them in a sheet: 1.1.2026 or 01.01.2026. */
    private static final Pattern NORWEGIAN_DATE = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");

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

    /** Høy, Middels and Lav as the confidence the intake knows; anything else as written. */
    static String confidence(String text) {
        return text == null ? null : CONFIDENCE.getOrDefault(text.strip().toLowerCase(Locale.ROOT), text);
    }

    /** A date written 31.01.2026 as the ISO date the intake reads; anything else as written. */
    static String date(String text) {
        if (text == null || text.indexOf('.') < 0) {
            return text; // an ISO date, as systems send it, or no date at all: no need for the pattern
        }
        Matcher m = NORWEGIAN_DATE.matcher(text.strip());
        if (!m.matches()) {
            return text;
        }
        try {
            return java.time.LocalDate.of(
                            Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)))
                    .toString();
        } catch (java.time.DateTimeException e) {
            return text;
        }
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
