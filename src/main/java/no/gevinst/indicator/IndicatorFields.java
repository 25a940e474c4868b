package no.gevinst.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import no.gevinst.shared.Inputs;
import no.gevinst.shared.NorwegianNumbers;
import no.gevinst.shared.Violations;

/**
 * Reads the text fields of baselines, targets and corrections, naming each that does not parse: for the edges that
 * turn what was sent into commands, and for the service's targets.
 */
public final class IndicatorFields {

    private IndicatorFields() {}

    /** The number in Norwegian or plain notation; one that does not parse is named, giving null. */
    public static BigDecimal number(String text, String field, Violations v) {
        try {
            return Inputs.bounded(NorwegianNumbers.parseDecimal(text(text)), field, v);
        } catch (NumberFormatException e) {
            v.add(field, "measurement.value.number", text(text));
            return null;
        }
    }

    /**
     * The value of a correction as sent; a missing reason is named with it, so that one answer names both.
     *
     * @throws no.gevinst.shared.InvalidInputException naming the value that does not parse, and a missing reason
     */
    public static BigDecimal correctedValue(String value, String reason) {
        Violations v = new Violations();
        BigDecimal number = number(value, "value", v);
        if (text(reason).isEmpty()) {
            v.add("reason", "measurement.correction.reason");
        }
        v.throwIfAny();
        return number;
    }

    /**
     * A date written the Norwegian or the ISO way ({@link Inputs#norwegianDate}); a required one left blank is asked for,
     * as a measurement's is, rather than called no date.
     */
    public static LocalDate date(String text, String field, Violations v, boolean required) {
        return Inputs.norwegianDate(text, field, required ? "measurement.date.required" : null, v);
    }

    public static String text(String text) {
        return Inputs.text(text);
    }
}
