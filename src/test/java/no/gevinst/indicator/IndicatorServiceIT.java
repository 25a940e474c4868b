package no.gevinst.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestUsers;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitQuery;
import no.gevinst.benefit.Benefits;
import no.gevinst.benefit.IndicatorFilter;
import no.gevinst.shared.FieldViolation;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.NorwegianTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Indicator definitions, baselines and trajectories, against the demo data (the upload is ingest's: UploadedWorkbookIT). */
@GevinstIntegrationTest
class IndicatorServiceIT {

    @Autowired
    Indicators indicators;

    @Autowired
    Benefits benefits;

    @Autowired
    TestUsers users;

    @Autowired
    no.gevinst.audit.AuditLog auditLog;

    @Autowired
    no.gevinst.TestIndicators testIndicators;

    @Test
    void aTargetEqualToTheBaselineOrOnTheWrongSideIsRefused() {
        Indicator indicator = indicator("Mål lik nullpunkt");
        users.runAs("kari", () -> indicators.setBaseline(indicator.id(), baseline("10", "2023-01-01", "2023-12-31")));

        assertThatThrownBy(() -> users.runAs(
                        "kari",
                        () -> indicators.setTrajectory(
                                indicator.id(), TrajectoryCommand.parse(List.of("2026-12-31"), List.of("10")))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(FieldViolation::messageKey)
                                .containsExactly("target.equalsBaseline"));
        assertThatThrownBy(() -> users.runAs(
                        "kari",
                        () -> indicators.setTrajectory(
                                indicator.id(), TrajectoryCommand.parse(List.of("2026-12-31"), List.of("12")))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(FieldViolation::messageKey)
                                .containsExactly("target.wrongDirection"));
        assertThat(users.callAs(
                        "kari",
                        () -> indicators.view(indicator.id(), LocalDate.now()).targets()))
                .isEmpty();
    }

    @Test
    void aBaselineMeasuredAfterTheChangeTookEffectIsFlagged() {
        Indicator indicator = indicator("Sent nullpunkt");
        Benefit benefit =
                users.callAs("kari", () -> benefits.find(indicator.benefit()).orElseThrow());
        LocalDate afterStart = benefit.expectedStart().plusMonths(2);
        users.runAs(
                "kari",
                () -> indicators.setBaseline(
                        indicator.id(), baseline("10", afterStart.minusMonths(1).toString(), afterStart.toString())));
        assertThat(users.callAs(
                        "kari",
                        () -> indicators.view(indicator.id(), LocalDate.now()).baselineAfterChange()))
                .isTrue();

        users.runAs(
                "kari",
                () -> indicators.setBaseline(
                        indicator.id(),
                        BaselineCommand.parse(new BaselineInput(
                                "10",
                                afterStart.minusMonths(1).toString(),
                                afterStart.toString(),
                                "",
                                "",
                                "",
                                "",
                                "true",
                                "Ingen data før oppstart"))));
        assertThat(users.callAs(
                        "kari",
                        () -> indicators.view(indicator.id(), LocalDate.now()).baselineAfterChange()))
                .as("a baseline set at go-live with a reason is allowed")
                .isFalse();
    }

    @Test
    void aReaderCannotDefineOrFeedIndicators() {
        Indicator indicator = indicator("Lukket for lesere");
        assertThatThrownBy(() -> users.runAs(
                        "nina",
                        () -> indicators.setBaseline(indicator.id(), baseline("1", "2023-01-01", "2023-12-31"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.runAs(
                        "nina",
                        () -> indicators.record(
                                indicator.id(),
                                MeasurementCommand.readAll(List.of(new MeasurementInput(
                                        "1", "2025-01-01", "2025-01-31", "883974832", "", "", "", "", ""))),
                                MeasurementSource.FORM)))
                .as("a reader may record for no organisation, so the request is refused before any row is read")
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theRegisterFiltersOnIndicatorStatus() {
        List<String> stale = titles(IndicatorFilter.STALE);
        assertThat(stale).contains("Færre unødvendige polikliniske kontroller ved digital hjemmeoppfølging");
        assertThat(titles(IndicatorFilter.GREEN)).contains("Flere pasienter leser egen journal digitalt");
        assertThat(titles(IndicatorFilter.UNMEASURED)).doesNotContain("Flere pasienter leser egen journal digitalt");
    }

    private List<String> titles(IndicatorFilter filter) {
        return users
                .callAs(
                        "kari",
                        () -> benefits.search(BenefitQuery.builder()
                                        .indicator(filter)
                                        .size(100)
                                        .build())
                                .benefits())
                .stream()
                .map(Benefit::title)
                .toList();
    }

    @Test
    void theActualOfAYearIsItsLatestPeriodAveragedOverTheUnitsThatReportedItAndCorrectionsReplaceTheOriginal() {
        Indicator indicator = indicator("Faktisk per år");
        RecordResult recorded = users.callAs(
                "kari",
                () -> indicators.record(
                        indicator.id(),
                        MeasurementCommand.readAll(List.of(
                                // An earlier period of 2024: not the year's actual.
                                unitRow("30", "2024-01-01", "2024-06-30", "Avd A"),
                                unitRow("20", "2024-07-01", "2024-12-31", "Avd A"),
                                unitRow("25", "2024-07-01", "2024-12-31", "Avd B"),
                                unitRow("18", "2025-01-01", "2025-03-31", "Avd A"))),
                        MeasurementSource.FORM));
        assertThat(recorded.added()).isEqualTo(4);
        Measurement unitB =
                users.callAs("kari", () -> indicators.view(indicator.id(), LocalDate.now())).measurements().stream()
                        .filter(m -> "Avd B".equals(m.unit()))
                        .findFirst()
                        .orElseThrow();
        users.runAs("kari", () -> indicators.correct(unitB.id(), new BigDecimal("24"), "Feil i uttrekket"));

        var actuals = users.callAs("kari", () -> indicators.annualActuals(List.of(indicator.id()), 2023, 2025))
                .get(indicator.id());

        // 2024: the second half-year, (20 + 24) / 2 = 22 after the correction of 25 to 24; 2023 was not measured.
        assertThat(actuals).extracting(AnnualActual::year).containsExactly(2024, 2025);
        assertThat(actuals.getFirst()).satisfies(a -> {
            assertThat(a.value()).isEqualByComparingTo("22");
            assertThat(a.reports()).isEqualTo(2);
            assertThat(a.periodStart()).isEqualTo(LocalDate.of(2024, 7, 1));
            assertThat(a.periodEnd()).isEqualTo(LocalDate.of(2024, 12, 31));
        });
        assertThat(actuals.getLast().value()).isEqualByComparingTo("18");
        assertThat(users.callAs("kari", () -> indicators.annualActuals(List.of(indicator.id()), 2024, 2024))
                        .get(indicator.id()))
                .singleElement()
                .satisfies(a -> assertThat(a.value()).isEqualByComparingTo("22"));
    }

    @Test
    void recordingMeasurementsWritesOneAuditEntryWithCountOrganisationAndPeriodsAndARefusalWritesNone() {
        Indicator indicator = indicator("Revidert per innsending");
        long before = audited(indicator);
        users.runAs(
                "kari",
                () -> indicators.record(
                        indicator.id(),
                        MeasurementCommand.readAll(List.of(
                                unitRow("30", "2024-01-01", "2024-06-30", "Avd A"),
                                unitRow("20", "2024-07-01", "2024-12-31", "Avd A"))),
                        MeasurementSource.API));

        var entry = auditLog.history("measurements", indicator.id()).getLast();
        assertThat(audited(indicator)).isEqualTo(before + 1);
        assertThat(entry.actor()).isEqualTo("kari");
        assertThat(entry.after())
                .contains("\"added\": 2")
                .contains("\"source\": \"API\"")
                .contains("\"periodFrom\": \"2024-01-01\"")
                .contains("\"periodTo\": \"2024-12-31\"")
                .contains("\"organisations\": [\"");
        assertThat(users.callAs("kari", () -> indicators.view(indicator.id(), LocalDate.now()))
                        .measurements())
                .extracting(Measurement::recordedBy)
                .containsOnly("kari");

        assertThatThrownBy(() -> users.runAs(
                        "kari",
                        () -> indicators.record(
                                indicator.id(),
                                MeasurementCommand.readAll(List.of(
                                        unitRow("31", "2025-01-01", "2025-01-31", "Avd A"),
                                        unitRow("ikke et tall", "2025-02-01", "2025-02-28", "Avd A"))),
                                MeasurementSource.API)))
                .isInstanceOf(RuntimeException.class);
        assertThat(audited(indicator)).isEqualTo(before + 1);
    }

    @Test
    void aMeasurementEndingTodayInNorwayIsTakenAtHalfPastMidnightWhileItIsStillYesterdayInUtc() {
        Indicator indicator = indicator("Målt rett over midnatt");
        java.time.Clock before = NorwegianTime.clock();
        try {
            // 23:30 UTC on 5 December is 00:30 on 6 December in Oslo: the 6th is today, the 7th is tomorrow.
            NorwegianTime.use(java.time.Clock.fixed(
                    java.time.Instant.parse("2026-12-05T23:30:00Z"), java.time.ZoneId.of("Europe/Oslo")));
            users.runAs(
                    "kari",
                    () -> indicators.record(
                            indicator.id(),
                            MeasurementCommand.readAll(List.of(unitRow("3", "2026-12-06", "2026-12-06", "Avd A"))),
                            MeasurementSource.API));

            assertThatThrownBy(() -> users.runAs(
                            "kari",
                            () -> indicators.record(
                                    indicator.id(),
                                    MeasurementCommand.readAll(
                                            List.of(unitRow("4", "2026-12-07", "2026-12-07", "Avd A"))),
                                    MeasurementSource.API)))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.violations())
                                    .extracting(FieldViolation::messageKey)
                                    .contains("measurement.period.future"));
        } finally {
            NorwegianTime.use(before);
        }
    }

    private long audited(Indicator indicator) {
        return auditLog.history("measurements", indicator.id()).size();
    }

    private static MeasurementInput unitRow(String value, String start, String end, String unit) {
        return new MeasurementInput(value, start, end, "883974832", unit, "", "Uttrekk", "HIGH", "");
    }

    @Test
    void theLatestCommentUpToADayIsFoundHoweverFarBackInTheHistoryItLies() {
        Indicator indicator = indicator("Kommentar langt tilbake");
        LocalDate first = LocalDate.of(2010, 1, 1);
        List<MeasurementInput> rows = new java.util.ArrayList<>();
        rows.add(month(first, "Streik i januar"));
        for (int i = 1; i <= 150; i++) {
            rows.add(month(first.plusMonths(i), i % 2 == 0 ? "" : "  "));
        }
        rows.add(month(LocalDate.of(2024, 1, 1), "Ny rutine"));
        users.runAs(
                "kari",
                () -> indicators.record(indicator.id(), MeasurementCommand.readAll(rows), MeasurementSource.API));

        assertThat(users.callAs("kari", () -> indicators.latestCommented(indicator.id(), LocalDate.of(2023, 12, 31))))
                .as("older than the newest page of 100 measurements, and before a later comment")
                .map(Measurement::comment)
                .contains("Streik i januar");
        assertThat(users.callAs("kari", () -> indicators.latestCommented(indicator.id(), LocalDate.of(2024, 1, 31))))
                .map(Measurement::comment)
                .contains("Ny rutine");
        assertThat(users.callAs("kari", () -> indicators.latestCommented(indicator.id(), LocalDate.of(2010, 1, 30))))
                .as("no period ended by then")
                .isEmpty();
    }

    private static MeasurementInput month(LocalDate start, String comment) {
        return new MeasurementInput(
                "1",
                start.toString(),
                start.plusMonths(1).minusDays(1).toString(),
                "883974832",
                "",
                "",
                "",
                "",
                comment);
    }

    private Indicator indicator(String name) {
        return testIndicators.create(name, null);
    }

    private static BaselineCommand baseline(String value, String start, String end) {
        return BaselineCommand.parse(new BaselineInput(value, start, end, "", "", "", "", "false", null));
    }
}
