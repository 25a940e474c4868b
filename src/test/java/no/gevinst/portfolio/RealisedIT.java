package no.gevinst.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestIndicators;
import no.gevinst.TestUsers;
import no.gevinst.indicator.Indicator;
import no.gevinst.indicator.Indicators;
import no.gevinst.indicator.MeasurementCommand;
import no.gevinst.indicator.MeasurementInput;
import no.gevinst.indicator.MeasurementSource;
import no.gevinst.portfolio.FlowReport.CrossOrganisationBenefit;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.OrganisationId;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Realised kroner on the dashboard, traced to their inputs. The demo's readmissions benefit is priced at 120
 * readmissions × 45 000 kr = 5 400 000 kr a year at full effect, phased in 50 % in 2025 and 100 % from 2026; its
 * indicator (readmissions per 100 discharges, lower is better) has baseline 18 and final target 14, and measured
 * 15.8 in 2025. It arises 60 % in Trondheim kommune, which must sign off its actuals.
 */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class RealisedIT {

    private static final String READMISSIONS = FlowsIT.READMISSIONS;
    private static final LocalDate START_2026 = LocalDate.of(2026, 1, 1);
    private static final LocalDate END_Q3_2026 = LocalDate.of(2026, 9, 30);

    @Autowired
    Dashboards dashboards;

    @Autowired
    Indicators indicators;

    @Autowired
    Flows flows;

    @Autowired
    Programmes programmes;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    private Indicator recordedOn;
    private String ragBefore;
    private LocalDate lastPeriodBefore;

    /** The other tests see the demo as it was: no 2026 actual, no 2026 sign-off. */
    @AfterEach
    void forgetThe2026Actual() {
        jdbc.sql("DELETE FROM actuals_sign_off WHERE period_start = :start AND period_end = :end")
                .param("start", START_2026)
                .param("end", END_Q3_2026)
                .update();
        if (recordedOn != null) {
            jdbc.sql("DELETE FROM measurement WHERE indicator_id = :id AND period_start = :start AND period_end = :end")
                    .param("id", recordedOn.id().value())
                    .param("start", START_2026)
                    .param("end", END_Q3_2026)
                    .update();
            // The status it left, and the register's copy of it, as the indicator module would have written them.
            TestIndicators.statusLeft(jdbc, recordedOn.id(), ragBefore, lastPeriodBefore);
        }
    }

    @Test
    void theDemosReadmissionsRealiseTheirForecastTimesTheirAchievementIn2025AndAreUnsigned() {
        Realised r2025 = users.callAs("kari", () -> dashboards.realised(hp().id(), 2025, today()));

        // 5 400 000 kr × 50 % = 2 700 000 kr forecast; (15.8 − 18) / (14 − 18) = 0.55; 2 700 000 × 0.55 = 1 485 000.
        Realised.Benefit b = readmissions(r2025);
        assertThat(b.forecast()).isEqualByComparingTo("2700000");
        assertThat(b.indicators()).singleElement().satisfies(a -> {
            assertThat(a.baseline()).isEqualByComparingTo("18");
            assertThat(a.target()).isEqualByComparingTo("14");
            assertThat(a.actual()).isEqualByComparingTo("15.8");
            assertThat(a.periodEnd()).isEqualTo(LocalDate.of(2025, 12, 31));
            assertThat(a.achievement()).isEqualByComparingTo("0.55");
        });
        assertThat(b.realised()).isEqualByComparingTo("1485000");
        assertThat(b.crossOrganisation()).isTrue();
        assertThat(b.signed()).isFalse();
        assertThat(r2025.unsigned()).isGreaterThanOrEqualTo(new BigDecimal("1485000"));

        Dashboard.Year y2025 = year(users.callAs("kari", () -> dashboards.of(hp().id(), today())), 2025);
        assertThat(y2025.realised()).isEqualByComparingTo(r2025.total()).isEqualByComparingTo(sum(r2025));
        assertThat(y2025.realisedUnsigned()).isEqualByComparingTo(r2025.unsigned());
    }

    @Test
    void aMeasurementRecordedThroughTheServiceRealisesKronerThatTurnSignedWhenTheMunicipalitySignsOff() {
        Dashboard before = users.callAs("kari", () -> dashboards.of(hp().id(), today()));
        CrossOrganisationBenefit flow = readmissionsFlow();
        recordedOn = users.callAs("kari", () -> indicators.ofBenefit(flow.id())).getFirst();
        ragBefore = jdbc.sql("SELECT rag FROM indicator WHERE id = :id")
                .param("id", recordedOn.id().value())
                .query(String.class)
                .single();
        lastPeriodBefore = jdbc.sql("SELECT last_period_end FROM indicator WHERE id = :id")
                .param("id", recordedOn.id().value())
                .query(LocalDate.class)
                .single();
        OrganisationId trondheim = party(flow, "Trondheim kommune");

        users.runAs(
                "kari",
                () -> indicators.record(
                        recordedOn.id(),
                        MeasurementCommand.readAll(List.of(new MeasurementInput(
                                "14.8",
                                START_2026.toString(),
                                END_Q3_2026.toString(),
                                trondheim.toString(),
                                "",
                                "",
                                "Uttrekk",
                                "HIGH",
                                ""))),
                        MeasurementSource.FORM));

        // 2026 is at full effect: 5 400 000 kr. (14.8 − 18) / (14 − 18) = 3.2 / 4 = 0.8; 5 400 000 × 0.8 = 4 320 000.
        Dashboard after = users.callAs("kari", () -> dashboards.of(hp().id(), today()));
        BigDecimal added = realised(year(after, 2026)).subtract(realised(year(before, 2026)));
        assertThat(added).isEqualByComparingTo("4320000");
        assertThat(unsigned(year(after, 2026)).subtract(unsigned(year(before, 2026))))
                .isEqualByComparingTo("4320000");

        Realised traced = users.callAs("kari", () -> dashboards.realised(hp().id(), 2026, today()));
        assertThat(traced.total())
                .isEqualByComparingTo(year(after, 2026).realised())
                .isEqualByComparingTo(sum(traced));
        Realised.Benefit b = readmissions(traced);
        assertThat(b.forecast()).isEqualByComparingTo("5400000");
        assertThat(b.achievement()).isEqualByComparingTo("0.8");
        assertThat(b.realised()).isEqualByComparingTo("4320000");
        assertThat(b.signed()).isFalse();
        assertThat(b.indicators()).singleElement().satisfies(a -> {
            assertThat(a.actual()).isEqualByComparingTo("14.8");
            assertThat(a.periodStart()).isEqualTo(START_2026);
            assertThat(a.periodEnd()).isEqualTo(END_Q3_2026);
            assertThat(a.recordedOn()).isNotNull();
        });

        users.runAs(
                "lars",
                () -> flows.signOff(
                        flow.id(),
                        new SignOffInput(
                                trondheim.toString(), START_2026.toString(), END_Q3_2026.toString(), "Stemmer")));

        // St. Olavs hospital, in which Helse Midt-Norge invests, benefits too: its sign-off is still missing.
        Dashboard halfSigned = users.callAs("kari", () -> dashboards.of(hp().id(), today()));
        assertThat(unsigned(year(halfSigned, 2026))).isEqualByComparingTo(unsigned(year(after, 2026)));

        users.runAs(
                "ole",
                () -> flows.signOff(
                        flow.id(),
                        new SignOffInput(
                                party(flow, "St. Olavs hospital HF").toString(),
                                START_2026.toString(),
                                END_Q3_2026.toString(),
                                "Stemmer")));

        Dashboard signed = users.callAs("kari", () -> dashboards.of(hp().id(), today()));
        assertThat(realised(year(signed, 2026))).isEqualByComparingTo(realised(year(after, 2026)));
        assertThat(unsigned(year(signed, 2026))).isEqualByComparingTo(unsigned(year(before, 2026)));
        assertThat(readmissions(users.callAs("kari", () -> dashboards.realised(hp().id(), 2026, today())))
                        .signed())
                .isTrue();
    }

    @Test
    void thePageAndTheApiListTheSameInputsAndSumAsTheDashboard() throws Exception {
        Dashboard dashboard = users.callAs("kari", () -> dashboards.of(null, today()));
        Dashboard.Year y2025 = year(dashboard, 2025);
        Realised r2025 = users.callAs("kari", () -> dashboards.realised(null, 2025, today()));
        assertThat(r2025.total()).isEqualByComparingTo(y2025.realised());

        mvc.perform(get("/portfolio").with(users.session("kari")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("/portfolio/realised?year=2025")))
                .andExpect(content().string(Matchers.containsString("url(#realised-hatch)")));
        mvc.perform(get("/portfolio/realised?year=2025").with(users.session("kari")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"realised-total\"")))
                .andExpect(content().string(Matchers.containsString(READMISSIONS)))
                .andExpect(content().string(Matchers.containsString("/indicators/")))
                .andExpect(content().string(Matchers.containsString("<caption>")));
        String traced = mvc.perform(get("/api/v1/portfolio/realised?year=2025").with(httpBasic("kari", "gevinst-demo")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(number(traced, "$.total")).isEqualByComparingTo(r2025.total());
        // Kroner in plain figures: the valuation's 2.7E+6 is written 2700000.
        assertThat(traced).doesNotContainPattern("[0-9]E[+-]?[0-9]").contains("\"forecast\":2700000");
        assertThat(number(traced, "$.benefits[?(@.title == '" + READMISSIONS + "')].indicators[0].actual"))
                .isEqualByComparingTo("15.8");
        assertThat(number(traced, "$.benefits[?(@.title == '" + READMISSIONS + "')].realised"))
                .isEqualByComparingTo("1485000");
        String json = mvc.perform(get("/api/v1/portfolio/dashboard").with(httpBasic("kari", "gevinst-demo")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(number(json, "$.years[?(@.year == 2025)].realised")).isEqualByComparingTo(y2025.realised());
        assertThat(number(json, "$.years[?(@.year == 2025)].realisedUnsigned"))
                .isEqualByComparingTo(y2025.realisedUnsigned());
    }

    @Test
    void aYearWithoutMeasurementsIsNotMeasuredRatherThanZeroAndLaterYearsAreNotReckoned() {
        Dashboard dashboard = users.callAs("kari", () -> dashboards.of(hp().id(), today()));
        Dashboard.Year next = year(dashboard, today().getYear() + 1);
        assertThat(next.reckoned()).isFalse();
        assertThat(next.realised()).isNull();
        assertThat(users.callAs("kari", () -> dashboards.realised(hp().id(), today().getYear() + 1, today()))
                        .measured())
                .isFalse();
    }

    /** A number in the JSON, the only one when the path filters a list. */
    private static BigDecimal number(String json, String path) {
        Object value = com.jayway.jsonpath.JsonPath.read(json, path);
        if (value instanceof List<?> list) {
            assertThat(list).hasSize(1);
            value = list.getFirst();
        }
        return new BigDecimal(value.toString());
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Oslo"));
    }

    private static BigDecimal realised(Dashboard.Year y) {
        return y.realised() == null ? BigDecimal.ZERO : y.realised();
    }

    private static BigDecimal unsigned(Dashboard.Year y) {
        return y.realisedUnsigned() == null ? BigDecimal.ZERO : y.realisedUnsigned();
    }

    private static BigDecimal sum(Realised r) {
        return r.benefits().stream().map(Realised.Benefit::realised).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Dashboard.Year year(Dashboard d, int year) {
        return d.years().stream().filter(y -> y.year() == year).findFirst().orElseThrow();
    }

    private static Realised.Benefit readmissions(Realised r) {
        return r.benefits().stream()
                .filter(b -> b.title().equals(READMISSIONS))
                .findFirst()
                .orElseThrow();
    }

    private CrossOrganisationBenefit readmissionsFlow() {
        return users.callAs("kari", () -> flows.report(hp().id())).benefits().stream()
                .filter(b -> b.title().equals(READMISSIONS))
                .findFirst()
                .orElseThrow();
    }

    private static OrganisationId party(CrossOrganisationBenefit b, String name) {
        return b.signers().stream()
                .filter(p -> p.name().equals(name))
                .map(FlowMatrix.Party::id)
                .findFirst()
                .orElseThrow();
    }

    private Programme hp() {
        return users.callAs("kari", programmes::visible).stream()
                .filter(p -> p.code().equals("HP"))
                .findFirst()
                .orElseThrow();
    }
}
