package no.gevinst.indicator.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import no.gevinst.indicator.Confidence;
import no.gevinst.indicator.Indicator;
import no.gevinst.indicator.MeasurementInput;
import no.gevinst.indicator.MeasurementIntake;
import no.gevinst.indicator.MeasurementIntake.IntakeRow;
import no.gevinst.indicator.RowError;
import no.gevinst.organisation.Organisation;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.Inputs;
import no.gevinst.shared.NorwegianNumbers;
import no.gevinst.shared.NorwegianTime;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ReaderFormats;
import no.gevinst.shared.TextLimits;

/**
 * The checks one row passes on its own, as it streams in: its indicator (visible to the user), organisation (a
 * party the user may record for), value, period, unit of measure, confidence and texts. What it takes to look up is
 * cached per intake; every cache is bounded by the number of indicators and organisations, not of rows. Checks
 * across rows (overlapping periods, values already recorded) are made afterwards on the staged rows, in SQL.
 */
final class IntakeRowChecks {

    private static final Map<String, String> NORWEGIAN_CONFIDENCE =
            Map.of("høy", "HIGH", "høg", "HIGH", "middels", "MEDIUM", "lav", "LOW", "låg", "LOW");

    /** A row that passed, ready to be staged. */
    record Checked(
            long row,
            IndicatorId indicator,
            BigDecimal value,
            LocalDate start,
            LocalDate end,
            OrganisationId organisation,
            String unit,
            String method,
            Confidence confidence,
            String comment) {}

    private final IntakeLookups lookups;
    private final Map<String, OrganisationId> organisationsByKey = new HashMap<>();
    private final LocalDate today = NorwegianTime.today();

    final List<RowError> errors = new ArrayList<>();
    final Set<IndicatorId> touched = new HashSet<>();
    final Set<String> recordedFor = new TreeSet<>();
    long rejected;
    long accepted;
    LocalDate from;
    LocalDate to;
    private boolean rowRejected;

    IntakeRowChecks(
            IndicatorRepository indicators,
            IndicatorAccess access,
            List<Organisation> organisations,
            Runnable beforeLookup) {
        this.lookups = new IntakeLookups(indicators, access, beforeLookup);
        for (Organisation o : organisations) {
            organisationsByKey.put(o.id().toString(), o.id());
            organisationsByKey.put(o.organisationNumber().value(), o.id());
        }
    }

    /** The row ready to stage, or null when it was rejected (and its faults recorded). */
    Checked check(IntakeRow row) {
        rowRejected = false;
        long number = row.row();
        MeasurementInput in = row.input();
        Optional<Indicator> indicator = lookups.indicator(text(row.indicator()));
        if (indicator.isEmpty()) {
            error(number, "indicator", "measurement.indicator.unknown", text(row.indicator()));
            return null;
        }
        Indicator i = indicator.get();
        BigDecimal value = value(number, in.value(), i);
        LocalDate start = date(number, "periodStart", in.periodStart());
        LocalDate end = date(number, "periodEnd", in.periodEnd());
        checkPeriod(number, start, end);
        OrganisationId organisation = organisation(number, in.organisation());
        checkUnit(number, in.unitOfMeasure(), i);
        Confidence confidence = confidence(number, in.confidence());
        checkParty(number, i, organisation, in.organisation());
        checkTexts(number, in);
        if (rowRejected) {
            return null;
        }
        return accepted(new Checked(
                number,
                i.id(),
                value,
                start,
                end,
                organisation,
                text(in.subUnit()),
                text(in.method()),
                confidence,
                text(in.comment())));
    }

    /** Counts the row in: its indicator, organisation and period widen what the intake recorded. */
    private Checked accepted(Checked row) {
        touched.add(row.indicator());
        accepted++;
        recordedFor.add(row.organisation().toString());
        from = from == null || row.start().isBefore(from) ? row.start() : from;
        to = to == null || row.end().isAfter(to) ? row.end() : to;
        return row;
    }

    private void checkPeriod(long number, LocalDate start, LocalDate end) {
        if (start != null && end != null && end.isBefore(start)) {
            error(number, "periodEnd", "measurement.period.endBeforeStart");
        } else if (end != null && end.isAfter(today)) {
            error(
                    number,
                    "periodEnd",
                    "measurement.period.future",
                    ReaderFormats.date(end, Locale.forLanguageTag("nb")));
        }
    }

    private OrganisationId organisation(long number, String text) {
        OrganisationId organisation = organisationsByKey.get(text(text).replace(" ", ""));
        if (organisation == null) {
            error(number, "organisation", "measurement.organisation.unknown", text(text));
        }
        return organisation;
    }

    private void checkUnit(long number, String text, Indicator indicator) {
        String unitOfMeasure = text(text);
        if (!unitOfMeasure.isEmpty() && !unitOfMeasure.equalsIgnoreCase(indicator.unit())) {
            error(number, "unitOfMeasure", "measurement.unit.mismatch", unitOfMeasure, indicator.unit());
        }
    }

    /** The organisation must be a party the user may record for. */
    private void checkParty(long number, Indicator indicator, OrganisationId organisation, String text) {
        if (organisation != null && !lookups.parties(indicator).contains(organisation)) {
            error(number, "organisation", "measurement.organisation.notParty", text(text));
        } else if (organisation != null && !lookups.mayRecord(indicator, organisation)) {
            error(number, "indicator", "measurement.forbidden", indicator.name());
        }
    }

    /** The indicators rows were recorded for. */
    List<Indicator> touchedIndicators() {
        return lookups.found().stream().filter(i -> touched.contains(i.id())).toList();
    }

    /** Names what is wrong with a row; a row counts once as rejected however many faults it has. */
    void error(long row, String field, String key, Object... arguments) {
        if (!rowRejected) {
            rejected++;
            rowRejected = true;
        }
        if (errors.size() < MeasurementIntake.MAX_REPORTED_ERRORS) {
            errors.add(new RowError(row, field, key, List.of(arguments)));
        }
    }

    /** The limits of the texts a row has, looked up once (each look-up parses the field's name). */
    private static final Map<String, Integer> LIMITS = Map.of(
            "subUnit", TextLimits.of("subUnit"),
            "unitOfMeasure", TextLimits.of("unitOfMeasure"),
            "method", TextLimits.of("method"),
            "comment", TextLimits.of("comment"));

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

    /** NUL bytes, broken characters and overlong texts, named by row and field (issue 13). */
    private void checkTexts(long number, MeasurementInput in) {
        String[][] texts = {
            {"subUnit", in.subUnit()},
            {"unitOfMeasure", in.unitOfMeasure()},
            {"method", in.method()},
            {"comment", in.comment()}
        };
        for (String[] text : texts) {
            if (text[1] == null || text[1].isEmpty() || plainlyFine(text[0], text[1])) {
                continue; // nothing to refuse, and most columns of most files are empty or plain
            }
            Inputs.refusal(text[0], text[1])
                    .ifPresent(v -> error(
                            number, v.field(), v.messageKey(), v.arguments().toArray()));
        }
    }

    private BigDecimal value(long number, String text, Indicator indicator) {
        try {
            BigDecimal value = NorwegianNumbers.parseDecimal(text(text));
            if (value.abs().compareTo(TextLimits.MAX_VALUE) >= 0) {
                error(number, "value", "number.tooLarge");
            } else if (!indicator.kind().accepts(value)) {
                error(
                        number,
                        "value",
                        "measurement.value.range." + indicator.kind().name(),
                        value.toPlainString());
            }
            return value;
        } catch (NumberFormatException e) {
            error(number, "value", "measurement.value.number", text(text));
            return null;
        }
    }

    private LocalDate date(long number, String field, String text) {
        try {
            LocalDate date = IsoDates.parse(text(text));
            if (date.getYear() < TextLimits.FIRST_YEAR || date.getYear() > TextLimits.LAST_YEAR) {
                error(number, field, "date.outOfRange", text(text));
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            error(number, field, "measurement.date.invalid", text(text));
            return null;
        }
    }

    private Confidence confidence(long number, String text) {
        if (text(text).isEmpty()) {
            return Confidence.MEDIUM;
        }
        String word = text(text).toLowerCase(Locale.ROOT);
        // People write the Norwegian words of the import template; machines the names.
        String name = NORWEGIAN_CONFIDENCE.getOrDefault(word, word.toUpperCase(Locale.ROOT));
        try {
            return Confidence.valueOf(name);
        } catch (IllegalArgumentException e) {
            error(number, "confidence", "measurement.confidence.invalid", text(text));
            return Confidence.MEDIUM;
        }
    }

    static String text(String text) {
        return text == null ? "" : text.strip();
    }
}
