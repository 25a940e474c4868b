package no.gevinst.portfolio;

import static no.gevinst.Printed.kroner;
import static no.gevinst.Printed.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestProgrammes;
import no.gevinst.TestUsers;
import no.gevinst.programme.Programme;
import no.gevinst.report.Documents;
import no.gevinst.shared.FieldViolation;
import no.gevinst.shared.InvalidInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The steering group report prints each section, the demo's double count and the net total, and refuses bad dates. */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class SteeringReportIT {

    @Autowired
    Reports reports;

    @Autowired
    Documents documents;

    @Autowired
    Portfolio portfolio;

    @Autowired
    Dashboards dashboards;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestProgrammes programmes;

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void bokmalAndUndecided() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("nb"));
        // The demo's double count stays undecided here, whatever another test left behind.
        jdbc.sql("DELETE FROM double_counting_decision WHERE conflict_key = :k")
                .param("k", demoConflict().key())
                .update();
    }

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void theReportHasEverySectionTheDemosDoubleCountAndTheNetTotal() {
        String text = text(users.callAs("kari", () -> documents.steeringReport("2026-07-01", "2026-09-30", null)));

        assertThat(text)
                .contains("Rapport til styringsgruppen")
                .contains("Periode: 01.07.2026 til 30.09.2026")
                .contains("1 Sammendrag")
                .contains("2 Trafikklys")
                .contains("3 Største avvik og årsaker")
                .contains("4 Beslutninger som trengs")
                .contains("5 Dobbelttelling")
                .contains("6 Gevinster mellom virksomheter")
                .contains("Uavklart dobbelttelling")
                .contains("Planversjoner som venter på godkjenning")
                .contains("Tiltak over fristen")
                .contains("Prissatte gevinster per år mot økonomisk mål");

        Conflict c = demoConflict();
        assertThat(text).contains(kroner(c.amountPerYear()));
        c.benefits().forEach(b -> assertThat(text).contains(b.code()));
        assertThat(text).containsPattern("Uavklart overlapp \\([1-9][0-9]* konflikt(er)?\\)");

        Dashboard dashboard = users.callAs("kari", () -> dashboards.of(null, LocalDate.now(ZoneId.of("Europe/Oslo"))));
        assertThat(text).contains("Netto " + kroner(dashboard.totals().net()));
        assertThat(text).contains("Brutto " + kroner(dashboard.totals().gross()));
    }

    @Test
    void theReportOfOneProgrammeNamesOnlyIt() {
        var hp = users.callAs("kari", () -> dashboards.of(null, LocalDate.now())).programmes().stream()
                .filter(p -> p.code().equals("HP"))
                .findFirst()
                .orElseThrow();
        String text = text(users.callAs("kari", () -> documents.steeringReport("", "", hp.id())));

        assertThat(text).contains("Programmer: HP – " + hp.name()).contains("5 Dobbelttelling");
        // Helseplattformen has a steering group in the demo: the report is addressed to it by the programme's name.
        assertThat(text).contains("Rapport til styringsgruppen for " + hp.name());
    }

    @Test
    void theReportOfAProgrammeWithoutASteeringGroupKeepsTheGenericHeading() {
        Programme bare = programmes.create();

        String text = text(users.callAs(TestProgrammes.COORDINATOR, () -> documents.steeringReport("", "", bare.id())));

        assertThat(text).contains("Rapport til styringsgruppen").doesNotContain("Rapport til styringsgruppen for");
        assertThat(text).contains("Programmer: " + bare.code() + " – " + bare.name());
    }

    @Test
    void badDatesAreRefusedNamingTheField() {
        assertRefused("not-a-date", "2026-09-30", "from");
        assertRefused("2026-01-01", "2026-02-30", "to");
        assertRefused("x", "y", "from", "to");
        assertRefused("2026-10-01", "2026-09-30", "from");
    }

    @Test
    void theApiAnswersWithAPdfAndRefusesBadDates() throws Exception {
        mvc.perform(get("/api/v1/portfolio/report.pdf?from=2026-07-01&to=2026-09-30")
                        .with(httpBasic("kari", "gevinst-demo")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF));
        mvc.perform(get("/api/v1/portfolio/report.pdf?from=2026-13-01").with(httpBasic("kari", "gevinst-demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(get("/portfolio/report.pdf").with(users.session("kari")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF));
        mvc.perform(get("/portfolio").with(users.session("kari")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/portfolio/report.pdf")));
    }

    private void assertRefused(String from, String to, String... fields) {
        assertThatThrownBy(() -> users.runAs("kari", () -> documents.steeringReport(from, to, null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(FieldViolation::field)
                                .containsExactlyInAnyOrder(fields));
    }

    private Conflict demoConflict() {
        return DemoDoubleCount.of(portfolio, users);
    }
}
