package no.gevinst.plan;

import static no.gevinst.Printed.kroner;
import static no.gevinst.Printed.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestUsers;
import no.gevinst.indicator.Indicators;
import no.gevinst.indicator.TargetPoint;
import no.gevinst.indicator.TrajectoryCommand;
import no.gevinst.portfolio.Dashboard;
import no.gevinst.portfolio.Dashboards;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.report.Documents;
import no.gevinst.shared.FieldViolation;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.InvalidInputException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The plan's other documents, read from DBEP's demo plan: the XLSX workbook and Digdir's annual status. */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class PlanDocumentsIT {

    private static final String COORDINATOR = "dina";
    private static final String DEMO_PASSWORD = "gevinst-demo";

    @Autowired
    Plans plans;

    @Autowired
    Documents documents;

    @Autowired
    Programmes programmes;

    @Autowired
    Indicators indicators;

    @Autowired
    Dashboards dashboards;

    @Autowired
    TestUsers users;

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void bokmal() {
        // The documents are written in the reader's language; outside a request that is the JVM's, so set it here.
        LocaleContextHolder.setLocale(Locale.forLanguageTag("nb"));
    }

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void theWorkbookHasThePlansSheetsPricedBenefitsAsNumbersAndLiveRiskScores() throws Exception {
        Plan plan = dbepPlan();
        PlanSnapshot approved = as(() -> plans.content(plan.id(), 1));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        users.runAs(COORDINATOR, () -> plans.workbook(plan.id(), 1, out));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<String> sheets = new ArrayList<>();
            workbook.forEach(s -> sheets.add(s.getSheetName()));
            assertThat(sheets)
                    .containsExactly(
                            "Planteksten",
                            "Gevinster etter klasse",
                            "Indikatorer og måleplan",
                            "Tiltak",
                            "Risikoer",
                            "Versjon");
            assertThat(workbook.getSheet("Planteksten").getRow(1).getCell(1).getStringCellValue())
                    .contains("41 735 000");

            PlanSnapshot.BenefitEntry priced = approved.benefits().stream()
                    .filter(b -> b.nokPerYear() != null)
                    .findFirst()
                    .orElseThrow();
            Row row = rowStartingWith(workbook.getSheet("Gevinster etter klasse"), priced.code());
            Cell nok = row.getCell(8);
            assertThat(nok.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(nok.getNumericCellValue()).isCloseTo(priced.nokPerYear().doubleValue(), Offset.offset(0.01));
            assertThat(nok.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo("Alternativ anvendelse i virksomheten");

            Sheet risks = workbook.getSheet("Risikoer");
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            assertThat(approved.risks()).hasSize(3);
            for (PlanSnapshot.RiskEntry risk : approved.risks()) {
                Row r = rowStartingWith(risks, risk.description());
                Cell score = r.getCell(6);
                assertThat(score.getCellType()).isEqualTo(CellType.FORMULA);
                assertThat(score.getCellFormula()).isEqualTo("E" + (r.getRowNum() + 1) + "*F" + (r.getRowNum() + 1));
                assertThat(evaluator.evaluate(score).getNumberValue()).isEqualTo(risk.probability() * risk.impact());
            }

            Sheet version = workbook.getSheet("Versjon");
            assertThat(rowStartingWith(version, "Vedtatt av (organ)").getCell(1).getStringCellValue())
                    .isEqualTo("Styringsgruppen for DBEP");
            assertThat(rowStartingWith(
                                    workbook.getSheet("Indikatorer og måleplan"),
                                    "Minutter spart per måned per behandler")
                            .getCell(9)
                            .getNumericCellValue())
                    .as("the first target's value")
                    .isEqualTo(25);
        }

        mvc.perform(get("/api/v1/plans/" + plan.id() + "/versions/1/workbook.xlsx")
                        .with(httpBasic(COORDINATOR, DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        mvc.perform(get("/plans/" + plan.id() + "/versions/1/workbook.xlsx").with(users.session(COORDINATOR)))
                .andExpect(status().isOk());
        mvc.perform(get("/plans/" + plan.id() + "/versions/99/workbook.xlsx").with(users.session(COORDINATOR)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theAnnualStatusComparesPlannedWithNowListsAMovedTargetAndTheExternalOwners() throws Exception {
        Plan plan = dbepPlan();
        PlanSnapshot.IndicatorEntry indicator = as(() -> plans.content(plan.id(), 1)).benefits().stream()
                .flatMap(b -> b.indicators().stream())
                .filter(i -> i.name().equals("Minutter spart per måned per behandler"))
                .findFirst()
                .orElseThrow();
        IndicatorId id = IndicatorId.of(indicator.id());
        List<TargetPoint> original =
                as(() -> indicators.view(id, LocalDate.now()).targets());
        TargetPoint last = original.getLast();
        String moved = "Mål " + last.date();

        String before = text(as(() -> documents.annualStatus(plan.id(), 2026)));
        assertThat(before)
                .contains(
                        "Årlig status for gevinstrealiseringen 2026",
                        "1 Status for gevinstrealiseringen",
                        "2 Avvik fra godkjent plan",
                        "3 Gevinster med eiere i andre virksomheter",
                        "4 Tiltak med frist innen årets slutt",
                        "Sammenlignet med versjon 1, vedtatt av Styringsgruppen for DBEP",
                        "Begrunnelse i versjon 2: Oppdatert etter piloten",
                        // The demo's own change in version 2: the pilot was done.
                        "Gjennomført",
                        // Owned by Norsk helsenett, not by the programme owner Helsedirektoratet.
                        "Dobbeltarbeid for behandlere uten EPJ-integrasjon",
                        "Norsk helsenett SF")
                .doesNotContain(moved);
        try {
            setTargets(
                    id,
                    original.subList(0, original.size() - 1),
                    last.date(),
                    last.value().add(BigDecimal.ONE));
            String after = text(as(() -> documents.annualStatus(plan.id(), 2026)));
            assertThat(after).contains(moved);
            assertThat(after.substring(after.indexOf("2 Avvik fra godkjent plan"), after.indexOf("3 Gevinster med")))
                    .contains(moved, plain(last.value()), plain(last.value().add(BigDecimal.ONE)));
        } finally {
            setTargets(id, original.subList(0, original.size() - 1), last.date(), last.value());
        }

        mvc.perform(get("/api/v1/plans/" + plan.id() + "/annual-status.pdf")
                        .param("year", "2026")
                        .with(httpBasic(COORDINATOR, DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF));
        mvc.perform(get("/plans/" + plan.id() + "/annual-status.pdf")
                        .param("year", "2026")
                        .with(users.session(COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF));
    }

    @Test
    void aYearOutsideTwoThousandToTwentyOneHundredIsRefusedOnTheField() throws Exception {
        Plan plan = dbepPlan();
        for (int year : new int[] {1999, 2101}) {
            assertThatThrownBy(() -> as(() -> documents.annualStatus(plan.id(), year)))
                    .isInstanceOf(InvalidInputException.class)
                    .extracting(e -> ((InvalidInputException) e).violations())
                    .asInstanceOf(InstanceOfAssertFactories.list(FieldViolation.class))
                    .extracting(FieldViolation::field)
                    .containsExactly("year");
        }
        mvc.perform(get("/api/v1/plans/" + plan.id() + "/annual-status.pdf")
                        .param("year", "1999")
                        .with(httpBasic(COORDINATOR, DEMO_PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("year"))
                .andExpect(jsonPath("$.errors[0].message").value("Skriv et årstall fra 2000 til 2100."));
        mvc.perform(get("/plans/" + plan.id() + "/annual-status.pdf")
                        .param("year", "tjuetjueseks")
                        .with(users.session(COORDINATOR)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/plans/" + plan.id() + "#annual-status"))
                .andExpect(flash().attributeExists("annualErrors"));
        mvc.perform(get("/plans/" + plan.id()).with(users.session(COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("annual-status.pdf")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/versions/1/workbook.xlsx")));
    }

    @Test
    void theAnnualStatusPrintsTheDashboardsNetOfDoubleCountingForTheYear() throws Exception {
        Plan plan = dbepPlan();
        Dashboard.Year in2026 =
                as(() -> dashboards.of(plan.programme(), LocalDate.now(ZoneId.of("Europe/Oslo")))).years().stream()
                        .filter(y -> y.year() == 2026)
                        .findFirst()
                        .orElseThrow();

        String text = text(as(() -> documents.annualStatus(plan.id(), 2026)));

        assertThat(text)
                .contains("5 Prissatte gevinster uten dobbelttelling, og gevinster i andre virksomheter")
                .contains("Brutto prognose i året " + kroner(in2026.forecast()))
                .contains("Holdt utenfor (dobbelttelling) " + kroner(in2026.excluded()))
                .contains("Netto uten dobbelttelling " + kroner(in2026.net()))
                .contains("Gevinster mellom virksomheter");
    }

    private static Row rowStartingWith(Sheet sheet, String text) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null
                    && first.getCellType() == CellType.STRING
                    && first.getStringCellValue().equals(text)) {
                return row;
            }
        }
        throw new AssertionError("No row of " + sheet.getSheetName() + " starts with " + text);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private void setTargets(IndicatorId id, List<TargetPoint> kept, LocalDate date, BigDecimal value) {
        List<TargetPoint> points = new ArrayList<>();
        points.addAll(kept);
        points.add(new TargetPoint(date, value));
        as(() -> indicators.setTrajectory(id, new TrajectoryCommand(points)));
    }

    private Plan dbepPlan() {
        Programme dbep = as(() -> programmes.visible().stream()
                .filter(p -> p.code().equals("DBEP"))
                .findFirst()
                .orElseThrow());
        return as(() -> plans.ofProgramme(dbep.id()).stream()
                .filter(Plan::isProgrammePlan)
                .findFirst()
                .orElseThrow());
    }

    private <T> T as(Supplier<T> work) {
        return users.callAs(COORDINATOR, work);
    }
}
