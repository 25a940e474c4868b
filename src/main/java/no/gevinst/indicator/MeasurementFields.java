package no.gevinst.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import no.gevinst.shared.FieldViolation;
import no.gevinst.shared.Inputs;
import no.gevinst.shared.NorwegianDates;
import no.gevinst.shared.NorwegianNumbers;
import no.gevinst.shared.TextLimits;
import org.jspecify.annotations.Nullable;

/**
 * Reads the fields of one measurement for {@link MeasurementCommand#read}, a million rows at a time: each reading
 * adds what is wrong to the row's faults and gives null for a value it could not read. Nothing here looks anything
 * up, so a file row costs no query.
 */
final class MeasurementFields {

    /** The limits of the texts a row has, looked up once (each look-up parses the field's name). */
    private static final Map<String, Integer> LIMITS = Map.of(
            "subUnit", TextLimits.of("subUnit"),
            "unitOfMeasure", TextLimits.of("unitOfMeasure"),
            "method", TextLimits.of("method"),
            "comment", TextLimits.of("comment"));

    private MeasurementFields() {}

    /**
     * The value in Norwegian or plain notation, short of the largest number stored; blank is asked for rather than
     * called no number.
     */
    static @Nullable BigDecimal value(@Nullable String text, List<FieldViolation> faults) {
        String written = Inputs.text(text);
        if (written.isEmpty()) {
            faults.add(FieldViolation.of("value", "measurement.value.required"));
            return null;
        }
        try {
            BigDecimal value = NorwegianNumbers.parseDecimal(written);
            if (value.abs().compareTo(TextLimits.MAX_VALUE) >= 0) {
                faults.add(FieldViolation.of("value", "number.tooLarge"));
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            faults.add(FieldViolation.of("value", "measurement.value.number", written));
            return null;
        }
    }

    /** A required date, written the Norwegian or the ISO way; blank is told apart from a text that is no date. */
    static @Nullable LocalDate date(@Nullable String text, String field, List<FieldViolation> faults) {
        String value = Inputs.text(text);
        if (value.isEmpty()) {
            faults.add(FieldViolation.of(field, "measurement.date.required"));
            return null;
        }
        try {
            LocalDate date = NorwegianDates.parse(value);
            if (date.getYear() < TextLimits.FIRST_YEAR || date.getYear() > TextLimits.LAST_YEAR) {
                faults.add(FieldViolation.of(field, "date.outOfRange", value));
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            faults.add(FieldViolation.of(field, "measurement.date.invalid", value));
            return null;
        }
    }

    /** NUL bytes, broken characters and overlong texts, each named by its field (issue 13). */
    static void checkTexts(MeasurementInput in, List<FieldViolation> faults) {
        check("subUnit", in.subUnit(), faults);
        check("unitOfMeasure", in.unitOfMeasure(), faults);
        check("method", in.method(), faults);
        check("comment", in.comment(), faults);
    }

    private static void check(String field, @Nullable String text, List<FieldViolation> faults) {
        if (text == null || text.isEmpty() || plainlyFine(field, text)) {
            return; // nothing to refuse, and most columns of most files are empty or plain
        }
        Inputs.refusal(field, text).ifPresent(faults::add);
    }

    /**
     * Printable ASCII within the field's limit: nothing {@link Inputs#refusal} refuses (a control character, a broken
     * character, a lone surrogate or too many characters) can be in it, so most texts skip the full check.
     */
    private static boolean plainlyFine(String field, String text) {
        if (text.length() > LIMITS.get(field)) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ' ' || c > '~') {
                return false;
            }
        }
        return true;
    }
}
