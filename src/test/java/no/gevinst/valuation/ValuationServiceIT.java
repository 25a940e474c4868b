package no.gevinst.valuation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestUsers;
import no.gevinst.audit.AuditLog;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.FieldViolation;
import no.gevinst.shared.InvalidInputException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.data.Offset;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/** The demo's DBEP valuation through the service, the API and the workbook. */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class ValuationServiceIT {

    @Autowired
    Valuations valuations;

    @Autowired
    Programmes programmes;

    @Autowired
    TestUsers users;

    @Autowired
    AuditLog auditLog;

    @Autowired
    MockMvc mvc;

    @Test
    void theDemoValuesDbepAsTheLetterDescribesIt() {
        ProgrammeValuation v = users.callAs("dina", () -> valuations.of(dbep().id()));
        // 9 949.0125 persons × 25 min × 12 ÷ 60 = 49 745.0625 hours at full effect (2030, 100 % phased in).
        Valuation.YearLine y2030 = v.valuation().years().getLast();
        assertThat(y2030.year()).isEqualTo(2030);
        assertThat(y2030.hoursFreed()).isEqualByComparingTo("49745.0625");
        // 2022 is 5 % phased in: 2 487.253125 hours.
        assertThat(v.valuation().years().getFirst().hoursFreed()).isEqualByComparingTo("2487.253125");
        assertThat(v.valuation().years())
                .extracting(Valuation.YearLine::coFinancing)
                .extracting(java.math.BigDecimal::intValue)
                .startsWith(13_911_667, 13_911_667, 13_911_666);
        assertThat(v.assumptions().assumptions().get("timekost").demoValue()).isTrue();
    }

    @Test
    void changingAnAssumptionRecomputesTheValuationAndIsAudited() throws Exception {
        Programme dbep = dbep();
        double before = npv(dbep);
        users.runAs(
                "dina",
                () -> valuations.saveAssumption(
                        dbep.id(),
                        AssumptionInputBuilder.number("minutter_per_maned", "30")
                                .unit("minutter")
                                .source("Endret i test")
                                .version(assumptionVersion(dbep, "minutter_per_maned"))
                                .build()));
        double after = npv(dbep);
        assertThat(after).isGreaterThan(before);
        assertThat(auditLog.history("assumption", dbep.id() + "/minutter_per_maned"))
                .isNotEmpty();
        users.runAs(
                "dina",
                () -> valuations.saveAssumption(
                        dbep.id(),
                        AssumptionInputBuilder.number("minutter_per_maned", "25")
                                .unit("minutter")
                                .source("Brevet: 25 minutter per måned")
                                .version(assumptionVersion(dbep, "minutter_per_maned"))
                                .build()));
        assertThat(npv(dbep)).isCloseTo(before, Offset.offset(0.01));
    }

    @Test
    void badAssumptionsAndModelsAreRefusedNamingTheField() {
        Programme dbep = dbep();
        assertThatThrownBy(() -> users.runAs(
                        "dina",
                        () -> valuations.saveAssumption(
                                dbep.id(),
                                AssumptionInputBuilder.formula("sirkel", "personer * sirkel")
                                        .build())))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(FieldViolation::messageKey)
                                .containsExactly("valuation.formula.circular"));
        assertThatThrownBy(() -> users.runAs(
                        "dina",
                        () -> valuations.saveAssumption(
                                dbep.id(),
                                AssumptionInputBuilder.number("timekost", "650")
                                        .range("900", "800")
                                        .demoValue()
                                        .build())))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(FieldViolation::field)
                                .containsExactly("likely"));
        var benefit = users.callAs(
                "dina", () -> valuations.of(dbep.id()).benefits().getFirst().id());
        assertThatThrownBy(() -> users.runAs(
                        "dina",
                        () -> valuations.setModel(
                                benefit,
                                new ValuationInputs.ModelInput(
                                        "MUNICIPALITIES",
                                        "TIME_SAVING",
                                        Map.of(
                                                "persons",
                                                "ukjent_navn",
                                                "minutesPerPeriod",
                                                "25",
                                                "periodsPerYear",
                                                "12",
                                                "hourlyCost",
                                                "timekost"),
                                        "2022",
                                        "CUMULATIVE",
                                        List.of("50", "110")))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(FieldViolation::field, FieldViolation::messageKey)
                                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                                        "phaseIn.cumulative[1]", "valuation.phaseIn.over100")));
        assertThatThrownBy(() -> users.runAs(
                        "dina",
                        () -> valuations.setModel(
                                benefit,
                                new ValuationInputs.ModelInput(
                                        "MUNICIPALITIES",
                                        "TIME_SAVING",
                                        Map.of(
                                                "persons",
                                                "ukjent_navn",
                                                "minutesPerPeriod",
                                                "25",
                                                "periodsPerYear",
                                                "12",
                                                "hourlyCost",
                                                "timekost"),
                                        "2022",
                                        "INCREASES",
                                        List.of("100")))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(FieldViolation::field, FieldViolation::messageKey)
                                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                                        "parameters.persons", "valuation.formula.unknownName")));
    }

    @Test
    void onlyTheProgrammesCoordinatorsChangeTheValuation() {
        Programme dbep = dbep();
        assertThatThrownBy(() -> users.runAs(
                        "kari",
                        () -> valuations.addCost(
                                dbep.id(),
                                new ValuationInputs.CostInput("RUNNING", "OTHER_STATE", "2025", "1000", "").command())))
                .isInstanceOf(no.gevinst.shared.NotFoundException.class);
        String reader = users.withRole("leser-dbep", no.gevinst.access.Role.LESER, dbep.owner());
        assertThatThrownBy(() -> users.runAs(
                        reader,
                        () -> valuations.addCost(
                                dbep.id(),
                                new ValuationInputs.CostInput("RUNNING", "OTHER_STATE", "2025", "1000", "").command())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theApiAnswersResultsSimulationAndProblemDetails() throws Exception {
        Programme dbep = dbep();
        mvc.perform(get("/api/v1/programmes/" + dbep.id() + "/valuation").with(httpBasic("dina", "gevinst-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.settings.firstYear").value(2022))
                .andExpect(jsonPath("$.derived.personer").value(Matchers.containsString("helsepersonell")))
                .andExpect(jsonPath("$.benefits[0].workings").value(Matchers.containsString("25 min")))
                .andExpect(jsonPath("$.benefits[0].modelKind").value("TIME_SAVING"))
                .andExpect(jsonPath("$.benefits[0].parameters.persons").value("personer"))
                .andExpect(jsonPath("$.result.netPresentValue").isNumber());
        mvc.perform(get("/api/v1/programmes/" + dbep.id() + "/valuation/simulation")
                        .param("draws", "500")
                        .param("seed", "7")
                        .with(httpBasic("dina", "gevinst-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.draws").value(500))
                .andExpect(jsonPath("$.netPresentValue.p50").isNumber());
        mvc.perform(
                        post("/api/v1/programmes/" + dbep.id() + "/costs")
                                .with(httpBasic("dina", "gevinst-demo"))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"kind\": \"SOMETHING\", \"actor\": \"OTHER_STATE\", \"year\": \"x\", \"amount\": \"-5\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder("kind", "year", "amount")));
    }

    @Test
    void theValuationPageFormsSaveAModelACostAndThePeriod() throws Exception {
        Programme dbep = dbep();
        var benefit = users.callAs(
                "dina", () -> valuations.of(dbep.id()).benefits().getFirst().id());
        int costsBefore =
                users.callAs("dina", () -> valuations.of(dbep.id()).costs().size());
        mvc.perform(
                        post("/programmes/" + dbep.id() + "/valuation/costs")
                                .with(users.session("dina"))
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .param("kind", "RUNNING")
                                .param("actor", "OTHER_STATE")
                                .param("year", "2025")
                                .param("amount", "1 500 000")
                                .param("description", "Forvaltning"))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("saved", "valuation.saved.cost"));
        assertThat(users.callAs("dina", () -> valuations.of(dbep.id()).costs())).hasSize(costsBefore + 1);

        long modelVersion = users.callAs(
                "dina", () -> valuations.versions(dbep.id()).models().get(benefit));
        mvc.perform(
                        post("/programmes/" + dbep.id() + "/valuation/model")
                                .param("version", String.valueOf(modelVersion))
                                .with(users.session("dina"))
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .param("benefit", benefit.toString())
                                .param("kind", "TIME_SAVING")
                                .param("actor", "MUNICIPALITIES")
                                .param("p_persons", "personer")
                                .param("p_minutesPerPeriod", "minutter_per_maned")
                                .param("p_periodsPerYear", "12")
                                .param("p_hourlyCost", "timekost")
                                .param("phaseInFirstYear", "2022")
                                .param("phaseInForm", "INCREASES")
                                .param("phaseInShares", "5; 11; 12; 12; 12; 12; 12; 12; 12"))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("saved", "valuation.saved.model"));

        mvc.perform(
                        post("/programmes/" + dbep.id() + "/valuation/settings")
                                .with(users.session("dina"))
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .param("firstYear", "2030")
                                .param("lastYear", "2022"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.model()
                        .attributeHasFieldErrorCode("period", "lastYear", "valuation.period.invalid"));
        assertThat(users.callAs(
                        "dina", () -> valuations.of(dbep.id()).settings().firstYear()))
                .isEqualTo(2022);
    }

    /** The version of the assumption as read now: what a writer who read it names. */
    private String assumptionVersion(Programme programme, String name) {
        return String.valueOf(valuations.versions(programme.id()).assumptions().get(name));
    }

    @Test
    void theWorkbookIsReadFromTheApiWithBasicOrATokenAndCarriesTheAppsNetPresentValue() throws Exception {
        Programme dbep = dbep();
        String path = "/api/v1/programmes/" + dbep.id() + "/valuation.xlsx";
        byte[] basic = mvc.perform(get(path).with(httpBasic("dina", "gevinst-demo")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Content-Type", Matchers.startsWith("application/vnd.openxmlformats")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(basic))) {
            // The cached value, as a previewer shows it (ValuationWorkbookTest recalculates changed workbooks).
            assertThat(netPresentValue(workbook)).isCloseTo(npv(dbep), Offset.offset(0.5));
        }
        String token = tools.jackson.databind.json.JsonMapper.builder()
                .build()
                .readTree(mvc.perform(post("/api/v1/tokens")
                                .with(httpBasic("dina", "gevinst-demo"))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"name\":\"Regneark\",\"expiresInDays\":1}"))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get("secret")
                .asString();
        byte[] english = mvc.perform(get(path).param("lang", "en").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(english))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Results");
        }
        mvc.perform(get(path)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/openapi.json").with(httpBasic("dina", "gevinst-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/programmes/{id}/valuation.xlsx'].get")
                        .exists());
    }

    private static double netPresentValue(XSSFWorkbook workbook) {
        var ref = new org.apache.poi.ss.util.CellReference(
                workbook.getName("netto_naverdi").getRefersToFormula());
        return workbook.getSheet(ref.getSheetName())
                .getRow(ref.getRow())
                .getCell(ref.getCol())
                .getNumericCellValue();
    }

    private double npv(Programme programme) {
        return users.callAs("dina", () -> valuations.of(programme.id()))
                .valuation()
                .result()
                .netPresentValue()
                .doubleValue();
    }

    private Programme dbep() {
        return users.callAs(
                "dina",
                () -> programmes.visible().stream()
                        .filter(p -> p.code().equals("DBEP"))
                        .findFirst()
                        .orElseThrow());
    }
}
