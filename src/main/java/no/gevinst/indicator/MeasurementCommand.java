package no.gevinst.indicator;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.gevinst.shared.FieldViolation;
import no.gevinst.shared.Inputs;
import no.gevinst.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * One measurement to record, read once from what a form, file row, API call, FHIR report or the demo sent
 * ({@link #read}): its shape is checked here, the rules that need stored data (the indicator, the organisation and
 * whether the user may record for it, the value fits the indicator's kind, overlapping and recorded periods) by the
 * intake. A file must name every bad row in one answer, so a row that does not read is still a command: its
 * {@link #faults} name what did not, and the parts they name are null; the intake adds them to the row's other
 * faults. {@link #parse} is for callers that want a whole command or an exception.
 *
 * @param organisation the organisation's id or organisation number, looked up by the intake
 * @param unitOfMeasure empty, or the unit the sender meant, which must be the indicator's
 * @param faults what did not read, each naming its field ({@code value}, {@code periodStart}, ...); empty when
 *     the row read whole
 */
public record MeasurementCommand(
        @Nullable BigDecimal value,
        @Nullable LocalDate periodStart,
        @Nullable LocalDate periodEnd,
        String organisation,
        String subUnit,
        String unitOfMeasure,
        String method,
        Confidence confidence,
        String comment,
        List<FieldViolation> faults)
        implements Serializable {

    private static final Map<String, Confidence> NORWEGIAN_CONFIDENCE = Map.of(
            "høy", Confidence.HIGH,
            "høg", Confidence.HIGH,
            "middels", Confidence.MEDIUM,
            "lav", Confidence.LOW,
            "låg", Confidence.LOW);

    public MeasurementCommand {
        faults = List.copyOf(faults);
    }

    /** A measurement that reads whole, for the application's own loaders and tests. */
    public static MeasurementCommand of(
            BigDecimal value, LocalDate periodStart, LocalDate periodEnd, String organisation, Confidence confidence) {
        return new MeasurementCommand(
                value, periodStart, periodEnd, organisation, "", "", "", confidence, "", List.of());
    }

    /**
     * The measurement sent, as far as it reads; never throws. Numbers and dates are read the Norwegian or the
     * machine's way, a blank confidence is {@link Confidence#MEDIUM}, texts are stripped.
     */
    public static MeasurementCommand read(MeasurementInput in) {
        List<FieldViolation> faults = new ArrayList<>(0);
        BigDecimal value = MeasurementFields.value(in.value(), faults);
        LocalDate start = MeasurementFields.date(in.periodStart(), "periodStart", faults);
        LocalDate end = MeasurementFields.date(in.periodEnd(), "periodEnd", faults);
        if (start != null && end != null && end.isBefore(start)) {
            faults.add(FieldViolation.of("periodEnd", "measurement.period.endBeforeStart"));
        }
        Confidence confidence = confidence(in.confidence(), faults);
        MeasurementFields.checkTexts(in, faults);
        return new MeasurementCommand(
                value,
                start,
                end,
                text(in.organisation()),
                text(in.subUnit()),
                text(in.unitOfMeasure()),
                text(in.method()),
                confidence,
                text(in.comment()),
                faults);
    }

    /** Every row {@link #read}, in order. */
    public static List<MeasurementCommand> readAll(List<MeasurementInput> rows) {
        return rows.stream().map(MeasurementCommand::read).toList();
    }

    /**
     * The measurement sent, whole.
     *
     * @throws InvalidInputException naming every field that does not read
     */
    public static MeasurementCommand parse(MeasurementInput in) {
        MeasurementCommand command = read(in);
        if (!command.faults().isEmpty()) {
            throw new InvalidInputException(command.faults());
        }
        return command;
    }

    /** True when the row read whole. */
    public boolean readWhole() {
        return faults.isEmpty();
    }

    /** People write the Norwegian words of the import template; machines the names. Blank is medium. */
    private static Confidence confidence(String text, List<FieldViolation> faults) {
        String word = text(text).toLowerCase(Locale.ROOT);
        if (word.isEmpty()) {
            return Confidence.MEDIUM;
        }
        Confidence norwegian = NORWEGIAN_CONFIDENCE.get(word);
        if (norwegian != null) {
            return norwegian;
        }
        try {
            return Confidence.valueOf(word.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            faults.add(FieldViolation.of("confidence", "measurement.confidence.invalid", text(text)));
            return Confidence.MEDIUM;
        }
    }

    static String text(@Nullable String text) {
        return Inputs.text(text);
    }
}
