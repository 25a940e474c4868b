package no.gevinst.portfolio.domain;

import static no.gevinst.Printed.kroner;
import static no.gevinst.Printed.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestUsers;
import no.gevinst.plan.AnnualFigures;
import no.gevinst.portfolio.Dashboard;
import no.gevinst.portfolio.Dashboards;
import no.gevinst.portfolio.FlowReport;
import no.gevinst.portfolio.PortfolioReportData;
import no.gevinst.portfolio.ReportFigures;
import no.gevinst.portfolio.ReportPeriod;
import no.gevinst.portfolio.Reports;
import no.gevinst.report.Documents;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The steering group report, the board summary, Digdir's annual status and the dashboard give the same figure for the
 * same thing, for both demo programmes and three periods: planned, gross, net and realised kroner of the year, and
 * each cross-organisation benefit's signed and unsigned periods in the period.
 */
@GevinstIntegrationTest
class OneFigureEverywhereIT {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private static final java.util.Set<String> DEMO_PROGRAMMES = java.util.Set.of("HP", "DBEP");

    private static final List<ReportPeriod> PERIODS = List.of(
            ReportPeriod.year(2025),
            new ReportPeriod(LocalDate.parse("2026-07-01"), LocalDate.parse("2026-09-30")),
            ReportPeriod.year(2030));

    @Autowired
    PortfolioReportCollector collector;

    @Autowired
    AnnualFigures annual;

    @Autowired
    Dashboards dashboards;

    @Autowired
    Reports reports;

    @Autowired
    Documents documents;

    @Autowired
    TestUsers users;

    @BeforeEach
    void bokmal() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("nb"));
    }

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void everyReportGivesTheDashboardsFigures() {
        LocalDate today = LocalDate.now(OSLO);
        // The demo's programmes: the other tests' programmes, made for other checks, would only multiply the time.
        List<Dashboard.ProgrammeLine> programmes =
                users.callAs(TestUsers.ADMIN, () -> dashboards.of(null, today)).programmes().stream()
                        .filter(p -> DEMO_PROGRAMMES.contains(p.code()))
                        .toList();
        assertThat(programmes).extracting(Dashboard.ProgrammeLine::code).containsExactlyInAnyOrder("HP", "DBEP");
        SoftAssertions soft = new SoftAssertions();
        for (Dashboard.ProgrammeLine p : programmes) {
            for (ReportPeriod period : PERIODS) {
                users.runAs(TestUsers.ADMIN, () -> compare(soft, p, period, today));
            }
        }
        soft.assertAll();
    }

    private void compare(SoftAssertions soft, Dashboard.ProgrammeLine p, ReportPeriod period, LocalDate today) {
        String where = p.code() + " " + period;
        Dashboard dashboard = dashboards.of(p.id(), today);
        Dashboard.Year shown = ReportFigures.year(dashboard, period);
        PortfolioReportData data = collector.collect(p.id(), period, today);
        Dashboard.Year reported = data.year();
        AnnualFigures.Figures status = annual.of(p.id(), period.to().getYear());

        soft.assertThat(reported).as("the reports' year, " + where).isEqualTo(shown);
        soft.assertThat(status.planned()).as("annual status planned, " + where).isEqualByComparingTo(shown.planned());
        soft.assertThat(status.gross()).as("annual status gross, " + where).isEqualByComparingTo(shown.forecast());
        soft.assertThat(status.net()).as("annual status net, " + where).isEqualByComparingTo(shown.net());
        soft.assertThat(status.realised())
                .as("annual status realised, " + where)
                .isEqualTo(shown.realised());

        String from = period.from().toString();
        String to = period.to().toString();
        // The documents are rendered for one period: rendering is the dear part, and what they print comes from the
        // collected year compared above for every period.
        if (period.equals(PERIODS.get(1))) {
            documents(soft, shown, documents.boardSummary(from, to, p.id()), where);
            documents(soft, shown, documents.steeringReport(from, to, p.id()), where);
        }

        // The periods of each flow: the dashboard's flows, the reports' (collected) flows and the annual status's.
        Map<String, AnnualFigures.Flow> statusFlows =
                status.flows().stream().collect(Collectors.toMap(AnnualFigures.Flow::benefit, Function.identity()));
        Map<String, FlowReport.CrossOrganisationBenefit> reportedFlows = data.flows().benefits().stream()
                .collect(Collectors.toMap(OneFigureEverywhereIT::name, Function.identity()));
        ReportPeriod year = ReportPeriod.year(period.to().getYear());
        for (FlowReport.CrossOrganisationBenefit b : dashboard.flows().benefits()) {
            FlowReport.CrossOrganisationBenefit r = reportedFlows.get(name(b));
            soft.assertThat(r).as("flow reported, " + where).isNotNull();
            if (r == null) {
                continue;
            }
            soft.assertThat(ReportFigures.signedPeriods(r, period))
                    .as("signed periods of %s, %s", name(b), where)
                    .isEqualTo(ReportFigures.signedPeriods(b, period));
            soft.assertThat(ReportFigures.unsignedPeriods(r, period))
                    .as("unsigned periods of %s, %s", name(b), where)
                    .isEqualTo(ReportFigures.unsignedPeriods(b, period));
            AnnualFigures.Flow f = statusFlows.get(name(b));
            soft.assertThat(f).as("flow in the annual status, " + where).isNotNull();
            if (f != null) {
                soft.assertThat(f.signedPeriods()).isEqualTo(ReportFigures.signedPeriods(b, year));
                soft.assertThat(f.unsignedPeriods()).isEqualTo(ReportFigures.unsignedPeriods(b, year));
            }
        }
    }

    private static void documents(SoftAssertions soft, Dashboard.Year shown, byte[] pdf, String where) {
        String document = text(pdf);
        soft.assertThat(document).as("planned in a report, " + where).contains(kroner(shown.planned()));
        soft.assertThat(document).as("net in a report, " + where).contains(kroner(shown.net()));
    }

    /**
     * DBEP's approved version 1 phases its time saving in from 2022, so its planned kroner are the letter's: 9 949.0125
     * persons × 25 min × 12 ÷ 60 = 49 745.0625 h × 650 kr = 32 334 290.625 kr at full effect (2030), 5 % of it in 2022
     * = 1 616 714.53125 kr and 52 % in 2026 = 16 813 831.125 kr: not 0 until the year of full effect.
     */
    @Test
    void dbepIsPlannedWithItsPhaseInFrom2022() {
        LocalDate today = LocalDate.now(OSLO);
        Dashboard dbep = users.callAs(TestUsers.ADMIN, () -> {
            Dashboard all = dashboards.of(null, today);
            return dashboards.of(
                    all.programmes().stream()
                            .filter(p -> p.code().equals("DBEP"))
                            .findFirst()
                            .orElseThrow()
                            .id(),
                    today);
        });
        assertThat(dbep.programmes().getFirst().approvedPlanVersion()).isEqualTo(1);
        Map<Integer, BigDecimal> planned =
                dbep.years().stream().collect(Collectors.toMap(Dashboard.Year::year, Dashboard.Year::planned));
        assertThat(planned.get(2022)).isEqualByComparingTo("1616714.53125");
        assertThat(planned.get(2026)).isEqualByComparingTo("16813831.125");
        assertThat(planned.get(2030)).isEqualByComparingTo("32334290.625");
    }

    private static String name(FlowReport.CrossOrganisationBenefit b) {
        return b.programmeCode() + " " + b.code() + " " + b.title();
    }
}
