package no.gevinst.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.PdfConformance;
import no.gevinst.TestUsers;
import no.gevinst.organisation.Organisations;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.NorwegianTime;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboard, its JSON, the double counting, the flows and the reports scoped to St. Olavs hospital HF, as kari
 * (coordinator of Helseplattformen) sees them; and the demo's programme figures split over the organisations and the
 * unallocated remainder add up to the dashboard's own, to the øre.
 */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class OrganisationScopeIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    Programmes programmes;

    @Autowired
    Organisations organisations;

    @Autowired
    Dashboards dashboards;

    @Autowired
    OrganisationDashboards scopes;

    private final JsonMapper json = JsonMapper.builder()
            .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private ProgrammeId hp;
    private OrganisationId stOlavs;

    @BeforeEach
    void demo() {
        hp = users.callAs(
                "kari",
                () -> programmes.visible().stream()
                        .filter(p -> p.code().equals("HP"))
                        .findFirst()
                        .orElseThrow()
                        .id());
        stOlavs = users.callAs(
                // By its organisation number: other tests make organisations of the same name.
                "kari", () -> organisations.search("883974832").getFirst().id());
    }

    @Test
    void theDemosOrganisationsAndTheRemainderAddUpToTheDashboard() {
        LocalDate today = NorwegianTime.today();
        for (ProgrammeId programme : new ProgrammeId[] {hp, null}) {
            Dashboard dashboard = users.callAs("kari", () -> dashboards.of(programme, today));
            Reconciliation r = users.callAs("kari", () -> scopes.reconciliation(programme, today));
            assertThat(r.balances()).isTrue();
            assertThat(r.organisations()).isNotEmpty();
            for (Dashboard.Year y : dashboard.years()) {
                OrganisationFigures.Year whole = r.whole().year(y.year());
                assertThat(whole.forecast()).as("forecast %s", y.year()).isEqualByComparingTo(y.forecast());
                assertThat(whole.net()).as("net %s", y.year()).isEqualByComparingTo(y.net());
                assertThat(orZero(whole.realised()))
                        .as("realised %s", y.year())
                        .isEqualByComparingTo(orZero(y.realised()));
                BigDecimal parts = orZero(r.unallocated().year(y.year()).realised());
                for (OrganisationFigures o : r.organisations()) {
                    parts = parts.add(orZero(o.year(y.year()).realised()));
                }
                assertThat(parts).isEqualByComparingTo(orZero(y.realised()));
            }
        }
    }

    @Test
    void theScopedJsonCarriesTheOrganisationsSharesWithTheirFormulasAndThePageTheSame() throws Exception {
        String query = "?programme=" + hp + "&organisation=" + stOlavs;
        JsonNode d = json.readTree(body("/api/v1/portfolio/dashboard" + query));
        assertThat(d.at("/organisation/organisation/name").asString()).isEqualTo("St. Olavs hospital HF");
        JsonNode years = d.at("/organisation/years");
        assertThat(years.size()).isPositive();
        JsonNode part = null;
        for (JsonNode y : years) {
            BigDecimal sum = BigDecimal.ZERO;
            for (JsonNode p : y.get("parts")) {
                sum = sum.add(p.get("forecastPart").decimalValue());
                part = p;
            }
            assertThat(sum).isEqualByComparingTo(y.get("forecast").decimalValue());
        }
        assertThat(part).isNotNull();
        assertThat(part.get("formula").asString()).contains(" % av ").contains(" kr = ");
        // The dashboard's years are the organisation's.
        assertThat(d.at("/years/0/forecast").decimalValue())
                .isEqualByComparingTo(years.get(0).get("forecast").decimalValue());

        Document page = Jsoup.parse(body("/portfolio" + query));
        assertThat(page.selectFirst("#organisation-heading").text()).contains("St. Olavs hospital HF");
        assertThat(page.selectFirst("#organisation option[selected]").text()).isEqualTo("St. Olavs hospital HF");
        assertThat(page.select("#reconciliation tbody tr")).hasSizeGreaterThan(2);
        assertThat(page.selectFirst("#organisation-report-link").attr("href")).contains("organisation=" + stOlavs);

        int year = years.get(0).get("year").asInt();
        Document share = Jsoup.parse(body("/portfolio/organisation-share" + query + "&year=" + year));
        assertThat(share.select("#organisation-share tbody td").text()).contains(" % av ");

        assertThat(Jsoup.parse(body("/portfolio/conflicts" + query)).selectFirst("#conflicts-organisation"))
                .isNotNull();
        assertThat(body("/portfolio/flows" + query)).contains("St. Olavs hospital HF");
    }

    @Test
    void anOrganisationThatIsNotThereComesBackToThePageNamingTheField() throws Exception {
        for (String bad : new String[] {"not-a-uuid", "00000000-0000-0000-0000-000000000000"}) {
            String text = mvc.perform(get("/portfolio?organisation=" + bad).with(users.session("kari")))
                    .andExpect(status().isBadRequest())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(Jsoup.parse(text).select("[role=alert]").text()).contains("Organisasjon:");
        }
        mvc.perform(get("/portfolio/organisation-report.pdf?organisation=nope").with(users.session("kari")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("parameterErrors"));
        mvc.perform(get("/portfolio/organisation-report.xlsx?period=T9&organisation=" + stOlavs)
                        .with(users.session("kari")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("organisationReportErrors"));
        mvc.perform(get("/api/v1/portfolio/dashboard?organisation=nope").with(users.session("kari")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theOrganisationsStatusReportIsAccessiblePdfAndAWorkbook() throws Exception {
        String query = "?programme=" + hp + "&organisation=" + stOlavs + "&period=YEAR&year="
                + LocalDate.now().getYear();
        byte[] pdf = bytes("/portfolio/organisation-report.pdf" + query);
        assertThat(PdfConformance.brokenRules(pdf)).isEmpty();
        String text = PdfConformance.rawText(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains("St. Olavs hospital HF").contains("Krav og måloppnåelse");

        try (XSSFWorkbook book =
                new XSSFWorkbook(new ByteArrayInputStream(bytes("/portfolio/organisation-report.xlsx" + query)))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(5);
            assertThat(book.getSheetAt(1).getPhysicalNumberOfRows()).isGreaterThan(1);
        }

        byte[] steering = bytes("/portfolio/report.pdf?programme=" + hp + "&organisation=" + stOlavs);
        assertThat(PdfConformance.rawText(steering)).contains("St. Olavs hospital HF");
    }

    @Test
    void theDemosStatusReportSetsStOlavsDecidedKpiTargetAgainstStOlavsOwnMeasurements() throws Exception {
        // 2025 lies wholly in the demo's past: St. Olavs measured Legemiddelavvik each month, December's 1.8 last.
        String query = "?programme=" + hp + "&organisation=" + stOlavs + "&period=YEAR&year=2025";
        String text = no.gevinst.Printed.text(bytes("/portfolio/organisation-report.pdf" + query))
                .replace("– ", "–");
        assertThat(text)
                .contains("Vedtatte KPI-mål mot egne målinger")
                // 2025 has ended: the report measures against the decision in force on 31.12.2025, the demo's 45/24
                // (20.06.2024), whatever was decided since (the board-to-line journey records 88/26 on 26.11.2026).
                .contains("Målt mot vedtak: Styret i Helse Midt-Norge RHF 45/24")
                .contains("2 per 1 000 liggedøgn innen 31.12.2026")
                .contains("1,8 per 1 000 liggedøgn (01.12.2025–31.12.2025)")
                .contains("St. Olavs hospital HF målte indikatoren i 12 perioder med slutt 01.01.2025–31.12.2025")
                .contains("Lavere er bedre: 1,8 er ikke over målet 2, målet er nådd.");
        // Every requirement of a past year states what had been measured by its end, never a later period (the demo
        // measures monthly into 2026; its targets fall due at the end of a year), nor a later decision.
        assertThat(text).doesNotContainPattern("\\((?!31\\.12\\.)\\d\\d\\.\\d\\d\\.202[6-9]\\)");
        try (XSSFWorkbook book =
                new XSSFWorkbook(new ByteArrayInputStream(bytes("/portfolio/organisation-report.xlsx" + query)))) {
            var row = book.getSheet("KPI-mål").getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).startsWith("Legemiddelavvik per 1 000 liggedøgn");
            assertThat(row.getCell(3).getStringCellValue()).isEqualTo("Grønn");
            assertThat(row.getCell(4).getStringCellValue()).isEqualTo("Ja");
        }
    }

    private byte[] bytes(String path) throws Exception {
        return mvc.perform(get(path).with(users.session("kari")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    private String body(String path) throws Exception {
        return new String(bytes(path), StandardCharsets.UTF_8);
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
