package no.gevinst.indicator.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
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
import no.gevinst.indicator.MeasurementCommand;
import no.gevinst.indicator.MeasurementIntake;
import no.gevinst.indicator.MeasurementIntake.IntakeRow;
import no.gevinst.indicator.RowError;
import no.gevinst.organisation.Organisation;
import no.gevinst.shared.FieldViolation;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.NorwegianTime;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ReaderFormats;
import org.jspecify.annotations.Nullable;

/**
 * The checks one row passes on its own, as it streams in: its indicator (visible to the user), organisation (a
 * party the user may record for), value (one the indicator's kind can have), period (ended) and unit of measure;
 * what of the row did not read at its edge ({@link MeasurementCommand#faults}) is named among them. What it takes to look up is
 * cached per intake; every cache is bounded by the number of indicators and organisations, not of rows. Checks
 * across rows (overlapping periods, values already recorded) are made afterwards on the staged rows, in SQL.
 */
final class IntakeRowChecks {

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
        MeasurementCommand in = row.measurement();
        Optional<Indicator> indicator = lookups.indicator(text(row.indicator()));
        if (indicator.isEmpty()) {
            error(number, "indicator", "measurement.indicator.unknown", text(row.indicator()));
            return null;
        }
        Indicator i = indicator.get();
        // What did not read is named where it was when the intake read the text, so that a row's faults keep
        // their order: value, period, organisation, unit, confidence, rights, texts.
        refused(number, in, "value", null);
        checkKind(number, in.value(), i);
        refused(number, in, "periodStart", "periodEnd");
        checkFuture(number, in);
        OrganisationId organisation = organisation(number, in.organisation());
        checkUnit(number, in.unitOfMeasure(), i);
        refused(number, in, "confidence", null);
        checkParty(number, i, organisation, in.organisation());
        refused(number, in, "subUnit", "unitOfMeasure");
        refused(number, in, "method", "comment");
        if (rowRejected) {
            return null;
        }
        return accepted(new Checked(
                number,
                i.id(),
                in.value(),
                in.periodStart(),
                in.periodEnd(),
                organisation,
                in.subUnit(),
                in.method(),
                in.confidence(),
                in.comment()));
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

    /** A period that ends in the future has no value yet; one whose end did not read was named already. */
    private void checkFuture(long number, MeasurementCommand in) {
        LocalDate end = in.periodEnd();
        if (end != null && end.isAfter(today) && !faulted(in, "periodEnd")) {
            error(
                    number,
                    "periodEnd",
                    "measurement.period.future",
                    ReaderFormats.date(end, Locale.forLanguageTag("nb")));
        }
    }

    /** Names what of the row did not read in the fields given (a second one may be null). */
    private void refused(long number, MeasurementCommand in, String field, @Nullable String other) {
        if (in.readWhole()) {
            return;
        }
        for (FieldViolation f : in.faults()) {
            if (f.field().equals(field) || f.field().equals(other)) {
                error(number, f.field(), f.messageKey(), f.arguments().toArray());
            }
        }
    }

    private static boolean faulted(MeasurementCommand in, String field) {
        return in.faults().stream().anyMatch(f -> f.field().equals(field));
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

    /** The value must be within the range of the indicator's kind. */
    private void checkKind(long number, @Nullable BigDecimal value, Indicator indicator) {
        if (value != null && !indicator.kind().accepts(value)) {
            error(number, "value", "measurement.value.range." + indicator.kind().name(), value.toPlainString());
        }
    }

    static String text(String text) {
        return text == null ? "" : text.strip();
    }
}
