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
import no.gevinst.TestUsers;
import no.gevinst.report.Documents;
import no.gevinst.shared.FieldViolation;
import no.gevinst.shared.InvalidInputException;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The RHF board summary is written from the steering group report's figures: its net is the dashboard's, each
 * programme has its line, and the demo's benefit arising in Trondheim kommune is among the flows.
 */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class BoardSummaryIT {

    private static final String API = "/api/v1/portfolio/board-summary.pdf";
    private static final String READMISSIONS = "Færre reinnleggelser for pasienter med kols og hjertesvikt";

    @Autowired
    Reports reports;

    @Autowired
    Documents documents;

    @Autowired
    Dashboards dashboards;

    @Autowired
    Flows flows;

    @Autowired
    TestUsers users;

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void bokmal() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("nb"));
    }

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void theSummaryProposesTheResolutionWithTheDashboardsNetEachProgrammeAndTheFlowToTheMunicipality()
            throws Exception {
        byte[] pdf = mvc.perform(get(API).param("from", "2026-07-01")
                        .param("to", "2026-09-30")
                        .header("Accept-Language", "nb")
                        .with(httpBasic("kari", "gevinst-demo")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String text = text(pdf);

        Dashboard dashboard = users.callAs("kari", () -> dashboards.of(null, LocalDate.now(ZoneId.of("Europe/Oslo"))));
        Dashboard.Year in2026 = dashboard.years().stream()
                .filter(y -> y.year() == 2026)
                .findFirst()
                .orElseThrow();
        assertThat(text)
                .contains("Orientering om gevinstrealisering")
                .contains("Periode: 01.07.2026 til 30.09.2026")
                .contains("Forslag til vedtak")
                .contains("Styret i Helse Midt-Norge RHF tar orienteringen om gevinstrealisering til etterretning.")
                .contains("Netto prognose per år (2026), uten dobbelttelling " + kroner(in2026.net()))
                .contains("Økonomisk mål per år (2026) " + kroner(in2026.target()))
                .contains("Brutto prognose per år (2026) " + kroner(in2026.forecast()))
                .contains("Beslutninger å kjenne til");
        assertThat(dashboard.programmes()).isNotEmpty();
        dashboard.programmes().forEach(p -> assertThat(text).contains(p.code() + " – " + p.name()));

        FlowReport report = users.callAs("kari", () -> flows.report(null));
        FlowMatrix matrix = report.matrix();
        FlowReport.CrossOrganisationBenefit readmissions = report.benefits().stream()
                .filter(b -> b.title().equals(READMISSIONS))
                .findFirst()
                .orElseThrow();
        assertThat(text)
                .contains(readmissions.code() + " " + READMISSIONS)
                .contains(kroner(readmissions.nokPerYear()))
                .contains("Gevinster mellom virksomheter")
                .contains(READMISSIONS)
                .contains("St. Olavs hospital HF")
                .contains("Helse Midt-Norge RHF")
                .contains("Trondheim kommune")
                .contains("til sammen " + kroner(matrix.crossOrganisationTotal()) + " per år ved full effekt");
    }

    @Test
    void theSummaryPrintsTheDashboardsRealisedKronerOrSaysTheYearWasNotMeasured() {
        String in2025 = text(users.callAs("kari", () -> documents.boardSummary("2025-01-01", "2025-12-31", null)));
        String in2026 = text(users.callAs("kari", () -> documents.boardSummary("2026-07-01", "2026-09-30", null)));
        Dashboard.Year year2025 =
                users
                        .callAs("kari", () -> dashboards.of(null, LocalDate.now(ZoneId.of("Europe/Oslo"))))
                        .years()
                        .stream()
                        .filter(y -> y.year() == 2025)
                        .findFirst()
                        .orElseThrow();

        assertThat(year2025.realised()).isPositive();
        assertThat(in2025)
                .contains("Realisert i 2025 (prognose × måloppnåelse) " + kroner(year2025.realised()) + ", herav "
                        + kroner(year2025.realisedUnsigned()) + " ikke signert av mottakende part");
        assertThat(in2026).contains("Realisert i 2026 (prognose × måloppnåelse) Ikke målt");
    }

    @Test
    void theSummaryAndTheSteeringReportPrintTheSameNet() {
        String board = text(users.callAs("kari", () -> documents.boardSummary("2026-07-01", "2026-09-30", null)));
        String steering = text(users.callAs("kari", () -> documents.steeringReport("2026-07-01", "2026-09-30", null)));
        Dashboard.Year in2026 =
                users
                        .callAs("kari", () -> dashboards.of(null, LocalDate.now(ZoneId.of("Europe/Oslo"))))
                        .years()
                        .stream()
                        .filter(y -> y.year() == 2026)
                        .findFirst()
                        .orElseThrow();
        assertThat(board).contains(kroner(in2026.net()));
        assertThat(steering).contains(kroner(in2026.net()));
    }

    @Test
    void badDatesAreRefusedNamingTheFieldAsTheSteeringReportRefusesThem() throws Exception {
        mvc.perform(get(API).param("from", "2026-13-01").with(httpBasic("kari", "gevinst-demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        assertRefused("2026-01-01", "2026-02-30", "to");
        assertRefused("2026-10-01", "2026-09-30", "from");
    }

    @Test
    void aProgrammeTheUserMayNotSeeIsNotFound() throws Exception {
        Dashboard.ProgrammeLine hp =
                users.callAs("kari", () -> dashboards.of(null, LocalDate.now())).programmes().stream()
                        .filter(p -> p.code().equals("HP"))
                        .findFirst()
                        .orElseThrow();
        mvc.perform(get(API).param("programme", hp.id().toString()).with(httpBasic("dina", "gevinst-demo")))
                .andExpect(status().isNotFound());
        mvc.perform(get(API).param("programme", hp.id().toString()).with(httpBasic("kari", "gevinst-demo")))
                .andExpect(status().isOk());
    }

    @Test
    void theDashboardOffersTheSummaryBesideTheSteeringReport() throws Exception {
        mvc.perform(get("/portfolio").with(users.session("kari")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("/portfolio/board-summary.pdf")));
        mvc.perform(get("/portfolio/board-summary.pdf").with(users.session("kari")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF));
    }

    private void assertRefused(String from, String to, String... fields) {
        assertThatThrownBy(() -> users.runAs("kari", () -> documents.boardSummary(from, to, null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(FieldViolation::field)
                                .containsExactlyInAnyOrder(fields));
    }
}
