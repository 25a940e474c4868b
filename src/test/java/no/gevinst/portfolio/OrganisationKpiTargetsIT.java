package no.gevinst.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.PdfConformance;
import no.gevinst.Printed;
import no.gevinst.TestBenefitInputs;
import no.gevinst.TestIndicators;
import no.gevinst.TestOrganisationNumbers;
import no.gevinst.TestUsers;
import no.gevinst.access.Role;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitInput;
import no.gevinst.benefit.Benefits;
import no.gevinst.decision.BoardDecision;
import no.gevinst.decision.DecisionInputs.DecisionInput;
import no.gevinst.decision.DecisionInputs.KpiTargetInput;
import no.gevinst.decision.Decisions;
import no.gevinst.indicator.Indicator;
import no.gevinst.indicator.Indicators;
import no.gevinst.indicator.MeasurementCommand;
import no.gevinst.indicator.MeasurementInput;
import no.gevinst.indicator.MeasurementSource;
import no.gevinst.organisation.Organisation;
import no.gevinst.organisation.OrganisationInput;
import no.gevinst.organisation.Organisations;
import no.gevinst.programme.Programme;
import no.gevinst.programme.ProgrammeInput;
import no.gevinst.programme.Programmes;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * KPI targets a board decision sets per organisation, in each organisation's status report against its own
 * measurements of the indicator: a programme of the test's own with two trusts sharing one benefit and one monthly
 * "lower is better" indicator, measured by each trust in 2025 (and by trust A once in 2026, outside the year reported
 * on). The decision sets 10 by 30.06.2025 for trust A (its latest 2025 period, March, reads 11: not met by the due
 * date, red) and 8 by 31.12.2026 for trust B (its own April reads 5: met, green), and nothing for a third trust.
 */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class OrganisationKpiTargetsIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    Programmes programmes;

    @Autowired
    Organisations organisations;

    @Autowired
    Benefits benefits;

    @Autowired
    Indicators indicators;

    @Autowired
    Decisions decisions;

    private String coordinator;
    private Programme programme;
    private Organisation trustA;
    private Organisation trustB;
    private Indicator indicator;

    @BeforeEach
    void aDecisionWithKpiTargetsAndEachTrustsOwnMeasurements() {
        String suffix = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        Organisation owner = organisation("KPI-RHF " + suffix);
        trustA = organisation("KPI-HF A " + suffix);
        trustB = organisation("KPI-HF B " + suffix);
        coordinator = users.withRole("kpi-k-" + suffix, Role.GEVINSTKOORDINATOR, owner.id());
        programme = users.callAs(
                TestUsers.ADMIN,
                () -> programmes.create(ProgrammeInput.builder()
                        .code("KP" + suffix)
                        .name("KPI-prøve " + suffix)
                        .description("")
                        .ownerOrganisationId(owner.id().toString())
                        .parties(List.of(
                                new ProgrammeInput.PartyInput(trustA.id().toString(), null, "Helseforetak"),
                                new ProgrammeInput.PartyInput(trustB.id().toString(), null, "Helseforetak")))
                        .build()));
        Benefit benefit = users.callAs(
                coordinator,
                () -> benefits.create(TestBenefitInputs.bare(programme.id().toString(), "Kortere ventetid")
                        .benefitClass("NON_PRICED")
                        .allocations(List.of(
                                new BenefitInput.AllocationInput(trustA.id().toString(), "60"),
                                new BenefitInput.AllocationInput(trustB.id().toString(), "40")))
                        .build()));
        indicator = users.callAs(
                coordinator,
                () -> indicators.create(TestIndicators.monthly(benefit.id().toString(), "Ventetid til time", null)));
        users.runAs(coordinator, () -> {
            record(trustA, "2025-01", "14", "2025-02", "12", "2025-03", "11", "2026-01", "3");
            record(trustB, "2025-04", "5");
            BoardDecision d = decisions.record(
                    programme.id(),
                    new DecisionInput("Styret i KPI-RHF", "2024-12-12", "7/24", "", "KPI-mål", "", null));
            d = decisions.setKpiTarget(
                    programme.id(),
                    d.number(),
                    new KpiTargetInput(trustA.id().toString(), indicator.id().toString(), "10", "2025-06-30"),
                    d.version());
            decisions.setKpiTarget(
                    programme.id(),
                    d.number(),
                    new KpiTargetInput(trustB.id().toString(), indicator.id().toString(), "8", "2026-12-31"),
                    d.version());
        });
    }

    @Test
    void eachTrustsReportSetsItsTargetAgainstItsOwnLatestMeasurementOfTheYearAndSaysHowItWasPicked() throws Exception {
        byte[] pdf = bytes("/portfolio/organisation-report.pdf", trustA, "YEAR", "2025");
        assertThat(PdfConformance.brokenRules(pdf)).isEmpty();
        // A table cell may break after the dash of a period.
        String a = Printed.text(pdf).replace("– ", "–");
        assertThat(a)
                .contains("Vedtatte KPI-mål mot egne målinger")
                .contains("Målt mot vedtak: Styret i KPI-RHF 7/24 (12.12.2024)")
                .contains("10 minutter innen 30.06.2025")
                .contains("11 minutter (01.03.2025–31.03.2025)")
                .contains(trustA.name() + " målte indikatoren i 3 perioder med slutt 01.01.2025–31.12.2025")
                .contains("Lavere er bedre: 11 er over målet 10, målet er ikke nådd.")
                .contains("Rød: ikke nådd innen fristen 30.06.2025.")
                // Neither trust B's 5 nor trust A's own 3 of 2026 is its 2025 actual.
                .doesNotContain("5 minutter (01.04.2025")
                .doesNotContain("3 minutter (01.01.2026");

        List<String> row = kpiRow(bytes("/portfolio/organisation-report.xlsx", trustB, "YEAR", "2025"));
        assertThat(row.get(0)).startsWith("Ventetid til time (");
        assertThat(row.get(1)).isEqualTo("8 minutter innen 31.12.2026");
        assertThat(row.get(2)).isEqualTo("5 minutter (01.04.2025–30.04.2025)");
        assertThat(row.get(3)).isEqualTo("Grønn");
        assertThat(row.get(4)).isEqualTo("Ja");
        assertThat(row.get(5))
                .contains(trustB.name() + " målte indikatoren i 1 perioder")
                .contains("snittet av 1 målinger er 5")
                .contains("Lavere er bedre: 5 er ikke over målet 8, målet er nådd.");
    }

    @Test
    void aTertialWithoutTheTrustsOwnMeasurementsSaysSoAndGuessesNothing() throws Exception {
        List<String> row = kpiRow(bytes("/portfolio/organisation-report.xlsx", trustB, "T3", "2025"));
        assertThat(row.get(2)).isEqualTo("ikke målt av organisasjonen i perioden");
        assertThat(row.get(3)).isEqualTo("Ikke vurdert");
        assertThat(row.get(5))
                .isEqualTo(trustB.name() + " har ingen målinger av indikatoren med periodeslutt 01.09.2025–31.12.2025."
                        + " Andres målinger brukes ikke i stedet.");

        String en = Printed.text(mvc.perform(get("/portfolio/organisation-report.pdf")
                        .param("programme", programme.id().toString())
                        .param("organisation", trustA.id().toString())
                        .param("period", "YEAR")
                        .param("year", "2025")
                        .param("lang", "en")
                        .with(users.session(coordinator)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray());
        assertThat(en)
                .contains("Decided KPI targets against own measurements")
                .contains("Red: not met by the due date");
    }

    private void record(Organisation org, String... monthsAndValues) {
        List<MeasurementInput> rows = new ArrayList<>();
        for (int k = 0; k < monthsAndValues.length; k += 2) {
            java.time.YearMonth month = java.time.YearMonth.parse(monthsAndValues[k]);
            rows.add(new MeasurementInput(
                    monthsAndValues[k + 1],
                    month.atDay(1).toString(),
                    month.atEndOfMonth().toString(),
                    org.id().toString(),
                    "",
                    "",
                    "Uttrekk",
                    "HIGH",
                    ""));
        }
        indicators.record(indicator.id(), MeasurementCommand.readAll(rows), MeasurementSource.FILE);
    }

    /** The first row of the workbook's KPI sheet, as its cells read. */
    private static List<String> kpiRow(byte[] xlsx) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheet("KPI-mål");
            assertThat(sheet).isNotNull();
            assertThat(sheet.getPhysicalNumberOfRows()).isEqualTo(2);
            Row row = sheet.getRow(1);
            DataFormatter format = new DataFormatter();
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.getLastCellNum(); c++) {
                cells.add(format.formatCellValue(row.getCell(c)));
            }
            return cells;
        }
    }

    private byte[] bytes(String path, Organisation org, String period, String year) throws Exception {
        return mvc.perform(get(path)
                        .param("programme", programme.id().toString())
                        .param("organisation", org.id().toString())
                        .param("period", period)
                        .param("year", year)
                        .with(users.session(coordinator)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    private Organisation organisation(String name) {
        return users.callAs(
                TestUsers.ADMIN,
                () -> organisations.create(new OrganisationInput(name, "HF", TestOrganisationNumbers.unique(), null)));
    }
}
