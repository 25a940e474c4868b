package no.gevinst.indicator.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import no.gevinst.audit.AuditLog;
import no.gevinst.indicator.Confidence;
import no.gevinst.indicator.Indicator;
import no.gevinst.indicator.MeasurementInput;
import no.gevinst.indicator.MeasurementIntake;
import no.gevinst.indicator.MeasurementSource;
import no.gevinst.indicator.RecordResult;
import no.gevinst.indicator.RowError;
import no.gevinst.indicator.RowsRejectedException;
import no.gevinst.organisation.Organisation;
import no.gevinst.organisation.Organisations;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.OrganisationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks rows as they stream in and writes the good ones in chunks of {@value #CHUNK} with one statement each;
 * when any row is bad, the transaction is rolled back and the bad rows are reported.
 */
@Service
class ChunkedMeasurementIntake implements MeasurementIntake {

    static final int CHUNK = 2000;
    private static final int PROGRESS_EVERY = 10_000;

    private final JdbcClient jdbc;
    private final IndicatorRepository indicators;
    private final IndicatorAccess access;
    private final Organisations organisations;
    private final IndicatorStatusRefresher refresher;
    private final AuditLog auditLog;

    ChunkedMeasurementIntake(
            JdbcClient jdbc,
            IndicatorRepository indicators,
            IndicatorAccess access,
            Organisations organisations,
            IndicatorStatusRefresher refresher,
            AuditLog auditLog) {
        this.auditLog = auditLog;
        this.jdbc = jdbc;
        this.indicators = indicators;
        this.access = access;
        this.organisations = organisations;
        this.refresher = refresher;
    }

    @Override
    @Transactional
    public RecordResult record(Iterator<IntakeRow> rows, MeasurementSource source, Progress progress) {
        Batch batch = new Batch(source);
        long read = 0;
        while (rows.hasNext()) {
            IntakeRow row = rows.next();
            read++;
            batch.check(row);
            if (batch.pending.size() >= CHUNK) {
                batch.flush();
            }
            if (read % PROGRESS_EVERY == 0) {
                progress.update(read, batch.rejected);
            }
        }
        batch.flush();
        progress.update(read, batch.rejected);
        if (batch.rejected > 0) {
            // Throwing rolls back every chunk written so far: all or nothing.
            throw new RowsRejectedException(batch.errors);
        }
        batch.touched.forEach(refresher::refresh);
        if (batch.added > 0) {
            // One entry per request or import job: the rows themselves keep who recorded them and when.
            auditLog.record(
                    access.auditScope(batch.touchedIndicators()),
                    "measurements",
                    batch.touched.size() == 1 ? batch.touched.iterator().next() : "batch-" + UUID.randomUUID(),
                    "record",
                    null,
                    batch.summary());
        }
        return new RecordResult(batch.added, batch.unchanged);
    }

    /**
     * What one intake recorded, as the audit log keeps it.
     *
     * @param rows the rows that passed (added, or already recorded with the same value)
     */
    record Recorded(
            MeasurementSource source,
            long added,
            long unchanged,
            long rows,
            Set<String> indicators,
            Set<String> organisations,
            LocalDate periodFrom,
            LocalDate periodTo) {}

    /** The state of one intake: caches, the rows waiting to be written, and what was found wrong. */
    private final class Batch {
        final MeasurementSource source;
        final List<RowError> errors = new ArrayList<>();
        final List<Pending> pending = new ArrayList<>();
        final Set<IndicatorId> touched = new HashSet<>();
        final Map<String, Optional<Indicator>> indicatorCache = new HashMap<>();
        final Map<String, Boolean> mayRecord = new HashMap<>();
        /** Per indicator: the organisations of its programme, the only ones measured for it. */
        final Map<IndicatorId, List<OrganisationId>> parties = new HashMap<>();

        final Map<String, OrganisationId> organisationsByKey = new HashMap<>();
        /** Per indicator, organisation and unit: the periods seen so far, to catch overlaps within the batch. */
        final Map<String, TreeMap<LocalDate, Long[]>> periods = new HashMap<>();

        final LocalDate today = LocalDate.now();
        long rejected;
        long added;
        long unchanged;
        long accepted;
        final Set<String> recordedFor = new java.util.TreeSet<>();
        LocalDate from;
        LocalDate to;
        private boolean rowRejected;

        Batch(MeasurementSource source) {
            this.source = source;
            for (Organisation o : organisations.all()) {
                organisationsByKey.put(o.id().toString(), o.id());
                organisationsByKey.put(o.organisationNumber().value(), o.id());
            }
        }

        void check(IntakeRow row) {
            rowRejected = false;
            long number = row.row();
            MeasurementInput in = row.input();
            Optional<Indicator> indicator = indicator(row.indicator());
            if (indicator.isEmpty()) {
                error(number, "indicator", "measurement.indicator.unknown", text(row.indicator()));
                return;
            }
            Indicator i = indicator.get();
            BigDecimal value = value(number, in.value(), i);
            LocalDate start = date(number, "periodStart", in.periodStart());
            LocalDate end = date(number, "periodEnd", in.periodEnd());
            if (start != null && end != null && end.isBefore(start)) {
                error(number, "periodEnd", "measurement.period.endBeforeStart");
            } else if (end != null && end.isAfter(today)) {
                error(number, "periodEnd", "measurement.period.future", end.toString());
            }
            OrganisationId organisation =
                    organisationsByKey.get(text(in.organisation()).replace(" ", ""));
            if (organisation == null) {
                error(number, "organisation", "measurement.organisation.unknown", text(in.organisation()));
            }
            String unitOfMeasure = text(in.unitOfMeasure());
            if (!unitOfMeasure.isEmpty() && !unitOfMeasure.equalsIgnoreCase(i.unit())) {
                error(number, "unitOfMeasure", "measurement.unit.mismatch", unitOfMeasure, i.unit());
            }
            Confidence confidence = confidence(number, in.confidence());
            if (organisation != null
                    && !parties.computeIfAbsent(i.id(), k -> access.parties(i)).contains(organisation)) {
                error(number, "organisation", "measurement.organisation.notParty", text(in.organisation()));
            } else if (organisation != null && !mayRecord(i, organisation)) {
                error(number, "indicator", "measurement.forbidden", i.name());
            }
            String subUnit = text(in.subUnit());
            checkTexts(number, in);
            if (rowRejected || overlaps(number, i.id(), organisation, subUnit, start, end)) {
                return;
            }
            pending.add(new Pending(
                    number,
                    i.id(),
                    value,
                    start,
                    end,
                    organisation,
                    subUnit,
                    text(in.method()),
                    confidence,
                    text(in.comment())));
            touched.add(i.id());
            accepted++;
            recordedFor.add(organisation.toString());
            from = from == null || start.isBefore(from) ? start : from;
            to = to == null || end.isAfter(to) ? end : to;
        }

        /** The indicators rows were recorded for. */
        List<Indicator> touchedIndicators() {
            return indicatorCache.values().stream()
                    .flatMap(Optional::stream)
                    .filter(i -> touched.contains(i.id()))
                    .toList();
        }

        Recorded summary() {
            return new Recorded(
                    source,
                    added,
                    unchanged,
                    accepted,
                    new java.util.TreeSet<>(
                            touched.stream().map(IndicatorId::toString).toList()),
                    recordedFor,
                    from,
                    to);
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
                no.gevinst.shared.Inputs.refusal(text[0], text[1])
                        .ifPresent(v -> error(
                                number, v.field(), v.messageKey(), v.arguments().toArray()));
            }
        }

        private boolean overlaps(
                long number,
                IndicatorId indicator,
                OrganisationId organisation,
                String unit,
                LocalDate start,
                LocalDate end) {
            TreeMap<LocalDate, Long[]> seen =
                    periods.computeIfAbsent(indicator + "|" + organisation + "|" + unit, k -> new TreeMap<>());
            var before = seen.floorEntry(start);
            var after = seen.ceilingEntry(start);
            Long[] clash = null;
            if (before != null && before.getValue()[0] >= start.toEpochDay()) {
                clash = before.getValue();
            } else if (after != null && !after.getKey().isAfter(end)) {
                clash = after.getValue();
            }
            if (clash != null) {
                error(number, "periodStart", "measurement.period.overlap", clash[1]);
                return true;
            }
            seen.put(start, new Long[] {end.toEpochDay(), number});
            return false;
        }

        /** Writes the waiting rows; those already recorded add nothing, or are refused when their value differs. */
        void flush() {
            if (pending.isEmpty()) {
                return;
            }
            if (rejected > 0) {
                // Once the intake is known to fail, only checking goes on: writing more would be rolled back anyway.
                pending.clear();
                return;
            }
            Set<UUID> inserted = new HashSet<>(jdbc.sql("""
                            INSERT INTO measurement (id, indicator_id, value, period_start, period_end, organisation_id,
                                unit, source, method, confidence, comment, recorded_by)
                            SELECT r.id, r.indicator, r.value, r.period_start, r.period_end, r.organisation, r.unit,
                                   :source, r.method, r.confidence, r.comment, :by
                            FROM unnest(CAST(:ids AS uuid[]), CAST(:indicators AS uuid[]), CAST(:values AS numeric[]),
                                        CAST(:starts AS date[]), CAST(:ends AS date[]), CAST(:orgs AS uuid[]),
                                        CAST(:units AS text[]), CAST(:methods AS text[]), CAST(:confidences AS text[]),
                                        CAST(:comments AS text[]))
                                 AS r(id, indicator, value, period_start, period_end, organisation, unit, method,
                                      confidence, comment)
                            ON CONFLICT (indicator_id, organisation_id, unit, period_start, period_end, source)
                                WHERE superseded_by IS NULL DO NOTHING
                            RETURNING id
                            """)
                    .param("source", source.name())
                    .param("by", access.actor())
                    .param("ids", column(p -> p.id.toString()))
                    .param("indicators", column(p -> p.indicator.toString()))
                    .param("values", column(p -> p.value.toPlainString()))
                    .param("starts", column(p -> p.start.toString()))
                    .param("ends", column(p -> p.end.toString()))
                    .param("orgs", column(p -> p.organisation.toString()))
                    .param("units", column(p -> p.unit))
                    .param("methods", column(p -> p.method))
                    .param("confidences", column(p -> p.confidence.name()))
                    .param("comments", column(p -> p.comment))
                    .query(UUID.class)
                    .list());
            List<Pending> again =
                    pending.stream().filter(p -> !inserted.contains(p.id)).toList();
            added += inserted.size();
            compareWithRecorded(again);
            pending.clear();
        }

        /** Rows that hit an existing measurement: the same value adds nothing, another value is refused. */
        private void compareWithRecorded(List<Pending> again) {
            if (again.isEmpty()) {
                return;
            }
            Map<UUID, BigDecimal> recorded = new HashMap<>();
            jdbc.sql("""
                            SELECT r.id, m.value
                            FROM unnest(CAST(:ids AS uuid[]), CAST(:indicators AS uuid[]), CAST(:orgs AS uuid[]),
                                        CAST(:units AS text[]), CAST(:starts AS date[]), CAST(:ends AS date[]))
                                 AS r(id, indicator, organisation, unit, period_start, period_end)
                            JOIN measurement m ON m.indicator_id = r.indicator AND m.organisation_id = r.organisation
                             AND m.unit = r.unit AND m.period_start = r.period_start AND m.period_end = r.period_end
                             AND m.source = :source AND m.superseded_by IS NULL
                            """)
                    .param("source", source.name())
                    .param("ids", column(again, p -> p.id.toString()))
                    .param("indicators", column(again, p -> p.indicator.toString()))
                    .param("orgs", column(again, p -> p.organisation.toString()))
                    .param("units", column(again, p -> p.unit))
                    .param("starts", column(again, p -> p.start.toString()))
                    .param("ends", column(again, p -> p.end.toString()))
                    .query(rs -> {
                        recorded.put(rs.getObject("id", UUID.class), rs.getBigDecimal("value"));
                    });
            for (Pending p : again) {
                BigDecimal value = recorded.get(p.id);
                if (value != null && value.compareTo(p.value) == 0) {
                    unchanged++;
                } else {
                    rowRejected = false;
                    error(
                            p.row,
                            "value",
                            "measurement.conflict",
                            value == null ? "" : value.stripTrailingZeros().toPlainString());
                }
            }
        }

        private String[] column(java.util.function.Function<Pending, String> value) {
            return column(pending, value);
        }

        private static String[] column(List<Pending> rows, java.util.function.Function<Pending, String> value) {
            return rows.stream().map(value).toArray(String[]::new);
        }

        private Optional<Indicator> indicator(String reference) {
            return indicatorCache.computeIfAbsent(text(reference), ref -> {
                Optional<Indicator> byId =
                        no.gevinst.shared.Ids.parse(ref, IndicatorId::new).flatMap(indicators::find);
                return byId.or(() -> ref.isEmpty() ? Optional.empty() : indicators.findByCanonicalUrl(ref))
                        .filter(access::canSee);
            });
        }

        private boolean mayRecord(Indicator indicator, OrganisationId organisation) {
            return mayRecord.computeIfAbsent(
                    indicator.id() + "|" + organisation, k -> access.canRecord(indicator, organisation));
        }

        private BigDecimal value(long number, String text, Indicator indicator) {
            try {
                BigDecimal value = new BigDecimal(text(text).replace(',', '.').replace(" ", ""));
                if (value.abs().compareTo(no.gevinst.shared.TextLimits.MAX_VALUE) >= 0) {
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
                LocalDate date = LocalDate.parse(text(text));
                if (date.getYear() < no.gevinst.shared.TextLimits.FIRST_YEAR
                        || date.getYear() > no.gevinst.shared.TextLimits.LAST_YEAR) {
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
            try {
                return Confidence.valueOf(text(text).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                error(number, "confidence", "measurement.confidence.invalid", text(text));
                return Confidence.MEDIUM;
            }
        }

        /** Names what is wrong with a row; a row counts once as rejected however many faults it has. */
        private void error(long row, String field, String key, Object... arguments) {
            if (!rowRejected) {
                rejected++;
                rowRejected = true;
            }
            if (errors.size() < MAX_REPORTED_ERRORS) {
                errors.add(new RowError(row, field, key, List.of(arguments)));
            }
        }
    }

    private record Pending(
            long row,
            IndicatorId indicator,
            BigDecimal value,
            LocalDate start,
            LocalDate end,
            OrganisationId organisation,
            String unit,
            String method,
            Confidence confidence,
            String comment,
            UUID id) {

        Pending(
                long row,
                IndicatorId indicator,
                BigDecimal value,
                LocalDate start,
                LocalDate end,
                OrganisationId organisation,
                String unit,
                String method,
                Confidence confidence,
                String comment) {
            this(row, indicator, value, start, end, organisation, unit, method, confidence, comment, UUID.randomUUID());
        }
    }

    private static String text(String text) {
        return text == null ? "" : text.strip();
    }
}
