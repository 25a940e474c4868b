package no.gevinst.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.uhn.fhir.context.FhirContext;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestUsers;
import no.gevinst.benefit.Benefits;
import no.gevinst.indicator.Confidence;
import no.gevinst.indicator.Indicator;
import no.gevinst.indicator.IndicatorView;
import no.gevinst.indicator.Indicators;
import no.gevinst.indicator.Measurement;
import no.gevinst.indicator.MeasurementCommand;
import no.gevinst.indicator.MeasurementInput;
import no.gevinst.indicator.MeasurementSource;
import no.gevinst.indicator.RecordResult;
import no.gevinst.indicator.RowError;
import no.gevinst.indicator.RowsRejectedException;
import no.gevinst.ingest.domain.ImportJobs;
import org.hamcrest.Matchers;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Measurements arriving by file, JSON and FHIR, against the demo's Helseplattformen. */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class MeasurementIngestIT {

    private static final String ST_OLAV = "883974832";

    @Autowired
    ImportJobs imports;

    @Autowired
    Indicators indicators;

    @Autowired
    Benefits benefits;

    @Autowired
    TestUsers users;

    @Autowired
    no.gevinst.TestIndicators testIndicators;

    @Autowired
    MockMvc mvc;

    @Test
    void aCsvWhoseLastOfTenThousandRowsIsBadIsRefusedWholeThenImportsThenAddsNothingWhenSentAgain() {
        Indicator indicator = indicator("Ventetid i akuttmottaket", null);
        String bad = csv(indicator, 10_000, true);
        String good = csv(indicator, 10_000, false);

        assertThatThrownBy(() -> importCsv(bad))
                .isInstanceOfSatisfying(
                        RowsRejectedException.class,
                        e -> assertThat(e.errors())
                                .extracting(RowError::row, RowError::field, RowError::messageKey)
                                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                                        10_001L, "value", "measurement.value.number")));
        assertThat(measurements(indicator)).isEmpty();

        assertThat(importCsv(good)).isEqualTo(new RecordResult(10_000, 0));
        assertThat(measurements(indicator)).hasSize(10_000);

        assertThat(importCsv(good)).isEqualTo(new RecordResult(0, 10_000));
        assertThat(measurements(indicator)).hasSize(10_000);
    }

    @Test
    void aFileMixingRecordedAndNewRowsAddsOnlyTheNewAndAChangedValueIsRefusedWhole() {
        Indicator indicator = indicator("Blandet fil", null);
        String id = indicator.id().toString();
        String header = "indicator;organisation;periodStart;periodEnd;value\n";
        assertThat(importCsv(header + month(id, 1, "10") + month(id, 2, "11"))).isEqualTo(new RecordResult(2, 0));

        // The plain insert meets the recorded February row after inserting March: it is undone, and the rows are
        // written again skipping what is recorded.
        assertThat(importCsv(header + month(id, 3, "12") + month(id, 2, "11") + month(id, 4, "13")))
                .isEqualTo(new RecordResult(2, 1));
        assertThat(measurements(indicator))
                .extracting(m -> m.value().stripTrailingZeros().toPlainString())
                .containsExactlyInAnyOrder("10", "11", "12", "13");

        assertThatThrownBy(() -> importCsv(header + month(id, 5, "14") + month(id, 1, "99")))
                .isInstanceOfSatisfying(
                        RowsRejectedException.class,
                        e -> assertThat(e.errors())
                                .extracting(RowError::row, RowError::field, RowError::messageKey)
                                .containsExactly(
                                        org.assertj.core.groups.Tuple.tuple(3L, "value", "measurement.conflict")));
        assertThat(measurements(indicator)).hasSize(4);
    }

    @Test
    void rowsWrittenStraightAndRowsStagedAfterARecordedRowAreCheckedAgainstEachOther() {
        Indicator fresh = indicator("Skrevet rett inn", null);
        Indicator recorded = indicator("Registrert fra før", null);
        String id = fresh.id().toString();
        String header = "indicator;organisation;periodStart;periodEnd;value\n";
        importCsv(header + month(recorded.id().toString(), 1, "10"));
        // Row 2 (the first after the header) is copied straight into measurement (looking up the second indicator
        // ends its chunk); row 3 is recorded already, so its chunk and every row after it are staged, with row 2, for
        // the checks across rows.
        String start = header + month(id, 1, "5") + month(recorded.id().toString(), 1, "10");

        assertThatThrownBy(() -> importCsv(start + id + ";" + ST_OLAV + ";2025-01-15;2025-02-14;7\n"))
                .isInstanceOfSatisfying(
                        RowsRejectedException.class,
                        e -> assertThat(e.errors())
                                .extracting(RowError::row, RowError::messageKey, RowError::arguments)
                                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                                        4L, "measurement.period.overlap", List.of(2L))));
        assertThat(measurements(fresh)).isEmpty();

        assertThat(importCsv(start + month(id, 2, "6"))).isEqualTo(new RecordResult(2, 1));
        assertThat(measurements(fresh))
                .extracting(m -> m.value().stripTrailingZeros().toPlainString())
                .containsExactlyInAnyOrder("5", "6");
    }

    @Test
    void overlappingRowsWrittenStraightAreNamedWithTheRowTheyOverlap() {
        Indicator fresh = indicator("Overlapp skrevet rett inn", null);
        String id = fresh.id().toString();
        String csv = "indicator;organisation;periodStart;periodEnd;value\n" + month(id, 1, "5") + month(id, 2, "6") + id
                + ";" + ST_OLAV + ";2025-02-10;2025-03-09;7\n" + month(id, 4, "8");
        assertThatThrownBy(() -> importCsv(csv))
                .isInstanceOfSatisfying(
                        RowsRejectedException.class,
                        e -> assertThat(e.errors())
                                .extracting(RowError::row, RowError::messageKey, RowError::arguments)
                                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                                        4L, "measurement.period.overlap", List.of(3L))));
        assertThat(measurements(fresh)).isEmpty();
    }

    private static String month(String indicator, int month, String value) {
        YearMonth period = YearMonth.of(2025, month);
        return indicator + ";" + ST_OLAV + ";" + period.atDay(1) + ";" + period.atEndOfMonth() + ";" + value + "\n";
    }

    @Test
    void badRowsAreNamedWithTheirReasons() {
        Indicator indicator = indicator("Andel strukturerte epikriser", null);
        String id = indicator.id().toString();
        String csv = String.join(
                "\n",
                "indicator;organisation;periodStart;periodEnd;value;unitOfMeasure",
                id + ";" + ST_OLAV + ";2025-01-01;2025-01-31;12;minutter",
                UUID.randomUUID() + ";" + ST_OLAV + ";2025-01-01;2025-01-31;12;",
                id + ";999999999;2025-02-01;2025-02-28;12;",
                id + ";" + ST_OLAV + ";2025-03-01;2025-03-31;12;timer",
                id + ";" + ST_OLAV + ";2025-01-15;2025-02-14;12;",
                id + ";" + ST_OLAV + ";2099-01-01;2099-01-31;12;");
        assertThatThrownBy(() -> importCsv(csv))
                .isInstanceOfSatisfying(
                        RowsRejectedException.class,
                        e -> assertThat(e.errors())
                                .extracting(RowError::row, RowError::messageKey)
                                .containsExactly(
                                        org.assertj.core.groups.Tuple.tuple(3L, "measurement.indicator.unknown"),
                                        org.assertj.core.groups.Tuple.tuple(4L, "measurement.organisation.unknown"),
                                        org.assertj.core.groups.Tuple.tuple(5L, "measurement.unit.mismatch"),
                                        org.assertj.core.groups.Tuple.tuple(6L, "measurement.period.overlap"),
                                        org.assertj.core.groups.Tuple.tuple(7L, "measurement.period.future")));
        assertThat(measurements(indicator)).isEmpty();
    }

    @Test
    void theJsonApiRefusesTheWholeArrayAndNamesTheRows() throws Exception {
        Indicator indicator = indicator("Pasienter med digital innkalling", null);
        String body = """
                [{"value": "12", "periodStart": "2025-01-01", "periodEnd": "2025-01-31", "organisation": "%s"},
                 {"value": "tolv", "periodStart": "2025-02-01", "periodEnd": "2025-02-28", "organisation": "%s"}]
                """.formatted(ST_OLAV, ST_OLAV);
        mvc.perform(post("/api/v1/indicators/" + indicator.id() + "/measurements")
                        .with(httpBasic("kari", "gevinst-demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("rows[2].value"))
                .andExpect(jsonPath("$.errors[0].message").value("«tolv» er ikke et tall."));
        assertThat(measurements(indicator)).isEmpty();

        mvc.perform(post("/api/v1/indicators/" + indicator.id() + "/measurements")
                        .with(httpBasic("kari", "gevinst-demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("tolv", "13")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.added").value(2));
    }

    @Test
    void aBlankDateIsAskedForByRowAndFieldInAFileAndThroughTheApi() throws Exception {
        Indicator indicator = indicator("Pasienter med blank dato", null);
        String id = indicator.id().toString();
        String csv = String.join(
                "\n",
                "Indikator;Virksomhet;Periode fra;Periode til;Verdi",
                id + ";" + ST_OLAV + ";01.01.2025;31.01.2025;12",
                id + ";" + ST_OLAV + ";;28.02.2025;12",
                id + ";" + ST_OLAV + ";2025-03-01;mars;12");
        assertThatThrownBy(() -> importCsv(csv))
                .isInstanceOfSatisfying(
                        RowsRejectedException.class,
                        e -> assertThat(e.errors())
                                .extracting(RowError::row, RowError::field, RowError::messageKey)
                                .containsExactly(
                                        org.assertj.core.groups.Tuple.tuple(
                                                3L, "periodStart", "measurement.date.required"),
                                        org.assertj.core.groups.Tuple.tuple(
                                                4L, "periodEnd", "measurement.date.invalid")));
        assertThat(measurements(indicator)).isEmpty();

        String body = """
                [{"value": "12", "periodStart": "2025-01-01", "periodEnd": "2025-01-31", "organisation": "%s"},
                 {"value": "13", "periodStart": "2025-02-01", "periodEnd": " ", "organisation": "%s"}]
                """.formatted(ST_OLAV, ST_OLAV);
        mvc.perform(post("/api/v1/indicators/" + id + "/measurements")
                        .with(httpBasic("kari", "gevinst-demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].field").value("rows[2].periodEnd"))
                .andExpect(jsonPath("$.errors[0].message").value("Fyll inn datoen."));
        assertThat(measurements(indicator)).isEmpty();
    }

    @Test
    void aFhirMeasureReportIsIngestedAndShowsOnTheIndicatorPage() throws Exception {
        String canonical = "https://test.example.no/fhir/Measure/" + UUID.randomUUID();
        Indicator indicator = indicator("Sepsis behandlet innen en time", canonical);
        MeasureReport report = new MeasureReport()
                .setStatus(MeasureReport.MeasureReportStatus.COMPLETE)
                .setType(MeasureReport.MeasureReportType.SUMMARY)
                .setMeasure(canonical + "|1.0")
                .setPeriod(new Period().setStart(date("2026-09-01")).setEnd(date("2026-09-30")))
                .setReporter(new Reference()
                        .setIdentifier(new Identifier()
                                .setSystem("urn:oid:2.16.578.1.12.4.1.4.101")
                                .setValue(ST_OLAV)));
        report.addGroup().setMeasureScore(new Quantity().setValue(new BigDecimal("87.5")));
        String json = FhirContext.forR4().newJsonParser().encodeResourceToString(report);

        mvc.perform(post("/api/v1/fhir/MeasureReport")
                        .with(httpBasic("kari", "gevinst-demo"))
                        .contentType("application/fhir+json")
                        .accept("application/json")
                        .content(json))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.added").value(1));

        assertThat(measurements(indicator)).singleElement().satisfies(m -> {
            assertThat(m.value()).isEqualByComparingTo("87.5");
            assertThat(m.source()).isEqualTo(MeasurementSource.FHIR);
            assertThat(m.periodEnd()).isEqualTo(LocalDate.parse("2026-09-30"));
        });
        mvc.perform(get("/indicators/" + indicator.id()).with(users.session("kari")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("87,50")))
                .andExpect(content().string(Matchers.containsString("FHIR")));
    }

    @Test
    void aMalformedFhirMeasureReportGets400WithTheParsersMessage() throws Exception {
        mvc.perform(post("/api/v1/fhir/MeasureReport")
                        .with(httpBasic("kari", "gevinst-demo"))
                        .contentType("application/fhir+json")
                        .accept("application/json")
                        .content("{\"resourceType\": \"MeasureReport\", \"status\": \"finished-or-not\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.hasItem("MeasureReport")))
                .andExpect(jsonPath("$.errors[*].message")
                        .value(Matchers.hasItem(Matchers.startsWith("Ugyldig FHIR MeasureReport:"))));
    }

    @Test
    void confidenceIsReadInEitherWrittenNorwegianAndAnUnknownWordIsNamed() {
        Indicator indicator = indicator("Sikkerhet på norsk", null);
        users.runAs(
                "kari",
                () -> indicators.record(
                        indicator.id(),
                        MeasurementCommand.readAll(List.of(
                                new MeasurementInput("1", "2025-01-01", "2025-01-31", ST_OLAV, "", "", "", "Låg", ""),
                                new MeasurementInput("2", "2025-02-01", "2025-02-28", ST_OLAV, "", "", "", "Høy", ""))),
                        MeasurementSource.FORM));
        assertThat(measurements(indicator))
                .extracting(Measurement::confidence)
                .containsExactlyInAnyOrder(Confidence.LOW, Confidence.HIGH);
        assertThatThrownBy(() -> users.runAs(
                        "kari",
                        () -> indicators.record(
                                indicator.id(),
                                MeasurementCommand.readAll(List.of(new MeasurementInput(
                                        "3", "2025-03-01", "2025-03-31", ST_OLAV, "", "", "", "Sikker", ""))),
                                MeasurementSource.FORM)))
                .isInstanceOfSatisfying(
                        RowsRejectedException.class,
                        e -> assertThat(e.errors())
                                .extracting(RowError::messageKey)
                                .containsExactly("measurement.confidence.invalid"));
    }

    @Test
    void aCorrectionKeepsTheOldValueWithItsReason() {
        Indicator indicator = indicator("Korrigerbar indikator", null);
        users.runAs(
                "kari",
                () -> indicators.record(
                        indicator.id(),
                        MeasurementCommand.readAll(List.of(new MeasurementInput(
                                "10", "2025-01-01", "2025-01-31", ST_OLAV, "", "", "", "HIGH", ""))),
                        MeasurementSource.FORM));
        Measurement original = measurements(indicator).getFirst();

        users.runAs("kari", () -> indicators.correct(original.id(), new BigDecimal("11"), "Feil i uttrekket"));

        List<Measurement> history = measurements(indicator);
        assertThat(history).hasSize(2);
        assertThat(history)
                .filteredOn(Measurement::isCurrent)
                .singleElement()
                .satisfies(m -> assertThat(m.value()).isEqualByComparingTo("11"));
        assertThat(history).filteredOn(m -> !m.isCurrent()).singleElement().satisfies(m -> {
            assertThat(m.value()).isEqualByComparingTo("10");
            assertThat(m.supersedeReason()).isEqualTo("Feil i uttrekket");
        });
    }

    private Indicator indicator(String name, String canonicalUrl) {
        return testIndicators.create(name, canonicalUrl);
    }

    /** 24 monthly periods of 2024–2025 for as many wards as it takes to make the rows. */
    private static String csv(Indicator indicator, int rows, boolean lastIsBad) {
        StringBuilder csv = new StringBuilder("indicator;organisation;subUnit;periodStart;periodEnd;value\n");
        for (int i = 0; i < rows; i++) {
            YearMonth month = YearMonth.of(2024, 1).plusMonths(i % 24);
            String value = lastIsBad && i == rows - 1 ? "ikke tall" : String.valueOf(10 + i % 7);
            csv.append(indicator.id())
                    .append(';')
                    .append(ST_OLAV)
                    .append(";Post ")
                    .append(i / 24)
                    .append(';')
                    .append(month.atDay(1))
                    .append(';')
                    .append(month.atEndOfMonth())
                    .append(';')
                    .append(value)
                    .append('\n');
        }
        return csv.toString();
    }

    private RecordResult importCsv(String csv) {
        return users.callAs(
                "kari",
                () -> imports.importNow(
                        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "målinger.csv"));
    }

    /** Every measurement of the indicator, page by page as the API gives them. */
    private List<Measurement> measurements(Indicator indicator) {
        List<Measurement> all = new java.util.ArrayList<>();
        for (int page = 1; ; page++) {
            int shown = page;
            IndicatorView view = users.callAs(
                    "kari",
                    () -> indicators.view(
                            indicator.id(), LocalDate.now(), shown, no.gevinst.indicator.MeasurementPaging.MAX_SIZE));
            all.addAll(view.measurements());
            if (!view.paging().hasNext()) {
                return all;
            }
        }
    }

    private static Date date(String day) {
        return Date.from(
                LocalDate.parse(day).atStartOfDay(ZoneId.of("Europe/Oslo")).toInstant());
    }
}
