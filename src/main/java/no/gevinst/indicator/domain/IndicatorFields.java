package no.gevinst.indicator.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import no.gevinst.shared.Inputs;
import no.gevinst.shared.NorwegianNumbers;
import no.gevinst.shared.Violations;

/** Reads the text fields of baselines, targets and corrections, naming each that does not parse. */
final class IndicatorFields {

    private IndicatorFields() {}

    static BigDecimal number(String text, String field, Violations v) {
        try {
            return Inputs.bounded(NorwegianNumbers.parseDecimal(text(text)), field, v);
        } catch (NumberFormatException e) {
            v.add(field, "measurement.value.number", text(text));
            return null;
        }
    }

    /** A required date: blank is as invalid as a text that is no date. */
    static LocalDate date(String text, String field, Violations v, boolean required) {
        LocalDate date = Inputs.date(text, field, v);
        if (date == null && required && text(text).isEmpty()) {
            v.add(field, "date.invalid");
        }
        return date;
    }

    static String text(String text) {
        return Inputs.text(text);
    }
}
