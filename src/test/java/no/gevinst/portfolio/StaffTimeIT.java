package no.gevinst.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestProgrammes;
import no.gevinst.TestUsers;
import no.gevinst.audit.AuditLog;
import no.gevinst.benefit.Benefit;
import no.gevinst.programme.Programme;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.valuation.AssumptionInputBuilder;
import no.gevinst.valuation.EconomicSettings;
import no.gevinst.valuation.ValuationInputs.ModelInput;
import no.gevinst.valuation.Valuations;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Rule (e) through the real services: two time savings priced on the same nurses claim more hours than the nurses
 * work, until the programme's working hours per person are raised.
 */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class StaffTimeIT {

    private static final String COORDINATOR = TestProgrammes.COORDINATOR;

    @Autowired
    TestProgrammes testProgrammes;

    @Autowired
    Valuations valuations;

    @Autowired
    Portfolio portfolio;

    @Autowired
    TestUsers users;

    @Autowired
    AuditLog auditLog;

    @Autowired
    MockMvc mvc;

    private Programme programme;
    private Benefit documentation;
    private Benefit medication;

    /**
     * 10 nurses × 1 695 h = 16 950 h a year. Documentation: 10 × 240 min × 220 days ÷ 60 = 8 800 h at 600 kr;
     * medication: 10 × 270 min × 220 days ÷ 60 = 9 900 h at 700 kr; both at full effect from 2026. Together 18 700
     * h, 1 750 h beyond the nurses' time, × 600 kr = 1 050 000 kr counted twice each year.
     */
    @BeforeEach
    void twoTimeSavingsOnTheSameNurses() {
        programme = testProgrammes.create();
        users.runAs(COORDINATOR, () -> {
            valuations.saveSettings(programme.id(), EconomicSettings.defaults(2026, 2030));
            valuations.saveAssumption(
                    programme.id(),
                    AssumptionInputBuilder.number("sykepleiere", "10")
                            .unit("personer")
                            .source("Bemanningsplan")
                            .demoValue()
                            .build());
        });
        documentation = timeSaving("Mindre dobbeltdokumentasjon", "240", "600");
        medication = timeSaving("Raskere legemiddelhåndtering", "270", "700");
    }

    @Test
    void theNursesCountedBeyondTheirTimeAreFoundUntilTheyWorkMoreHours() throws Exception {
        Conflict c = staffTimeConflict().orElseThrow();

        assertThat(c.rule()).isEqualTo(ConflictRule.STAFF_TIME);
        assertThat(c.benefits())
                .extracting(ConflictBenefit::id)
                .containsExactlyInAnyOrder(documentation.id(), medication.id());
        assertThat(c.overlapByYear()).containsOnlyKeys(2026, 2027, 2028, 2029, 2030);
        assertThat(c.overlapByYear().values()).allSatisfy(v -> assertThat(v).isEqualByComparingTo("1050000"));
        assertThat(c.arguments()).containsExactly("sykepleiere", "10", "16 950", "18 700", "1 750", "2026–2030");
        // Every argument reaches the page, not only the first three the other rules use.
        mvc.perform(get("/portfolio/conflicts").with(users.session(COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("1 750 timer mer")))
                .andExpect(content().string(Matchers.containsString("I 2026–2030 krever")));

        // 10 × 1 870 h = 18 700 h: just the time the two claim.
        mvc.perform(post("/programmes/" + programme.id() + "/valuation/settings")
                        .with(users.session(COORDINATOR))
                        .with(csrf())
                        .param("firstYear", "2026")
                        .param("lastYear", "2030")
                        .param("workingHoursPerPerson", "1 870")
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("saved", "valuation.saved.settings"));

        assertThat(settings().workingHoursPerPerson()).isEqualByComparingTo("1870");
        assertThat(staffTimeConflict()).isEmpty();
        mvc.perform(get("/programmes/" + programme.id() + "/valuation").with(users.session(COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("name=\"workingHoursPerPerson\"")))
                .andExpect(content().string(Matchers.containsString("value=\"1870\"")));
    }

    @Test
    void badWorkingHoursAreRefusedNamingTheFieldAndWriteNothing() throws Exception {
        int audited = auditLog.history("valuation-settings", programme.id()).size();

        for (String bad : List.of("", "mange", "0", "-1695")) {
            var refused = mvc.perform(post("/programmes/" + programme.id() + "/valuation/settings")
                            .with(users.session(COORDINATOR))
                            .with(csrf())
                            .param("firstYear", "2024")
                            .param("lastYear", "2034")
                            .param("workingHoursPerPerson", bad))
                    .andExpect(status().isUnprocessableContent())
                    .andReturn();
            var errors = (org.springframework.validation.BindingResult) refused.getModelAndView()
                    .getModel()
                    .get(org.springframework.validation.BindingResult.MODEL_KEY_PREFIX + "period");
            assertThat(errors.getFieldErrors())
                    .as(bad)
                    .extracting(org.springframework.validation.FieldError::getField)
                    .containsExactly("workingHoursPerPerson");
        }
        mvc.perform(put("/api/v1/programmes/" + programme.id() + "/valuation/settings")
                        .with(httpBasic(COORDINATOR, TestUsers.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"firstYear\":2024,\"lastYear\":2034,\"workingHoursPerPerson\":\"0\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.contains("workingHoursPerPerson")));

        assertThat(settings().firstYear()).isEqualTo(2026);
        assertThat(settings().workingHoursPerPerson()).isEqualByComparingTo(EconomicSettings.DEFAULT_WORKING_HOURS);
        assertThat(auditLog.history("valuation-settings", programme.id())).hasSize(audited);
        assertThat(staffTimeConflict()).isPresent();
    }

    @Test
    void theApiTakesTheWorkingHoursAsANumber() throws Exception {
        mvc.perform(put("/api/v1/programmes/" + programme.id() + "/valuation/settings")
                        .with(httpBasic(COORDINATOR, TestUsers.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("If-Match", "\"0\"")
                        .content("{\"firstYear\":2026,\"lastYear\":2030,\"workingHoursPerPerson\":2000}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.settings.workingHoursPerPerson").value(2000));

        assertThat(settings().workingHoursPerPerson()).isEqualByComparingTo("2000");
        assertThat(staffTimeConflict()).isEmpty();
    }

    /**
     * A decision on the group's conflict travels with the programme: a copy finds the same conflict between its own
     * benefits, in its own staff group, and takes the decision with it (it was lost once, the key's group unmatched).
     */
    @Test
    void aDecisionOnTheNursesConflictTravelsWithACopyOfTheProgramme() throws Exception {
        Conflict c = staffTimeConflict().orElseThrow();
        users.runAs(
                COORDINATOR,
                () -> portfolio.decide(c.key(), new DecisionInput("ACCEPTED", null, Map.of(), "Ulike vakter", null)));
        var admin = httpBasic(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        String document = mvc.perform(
                        get("/api/v1/programmes/" + programme.id() + "/export").with(admin))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        String copy = mvc.perform(post("/api/v1/programmes:import?copy=true")
                        .with(admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(document))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();

        String copyId = com.jayway.jsonpath.JsonPath.read(copy, "$.programme");
        ConflictStatus copied = users.callAs(TestUsers.ADMIN, portfolio::conflicts).stream()
                .filter(s -> s.conflict().rule() == ConflictRule.STAFF_TIME
                        && s.conflict().programmes().contains(ProgrammeId.of(copyId)))
                .findFirst()
                .orElseThrow();
        assertThat(copied.conflict().key()).isNotEqualTo(c.key());
        assertThat(copied.decision()).isNotNull();
        assertThat(copied.decision().justification()).isEqualTo("Ulike vakter");
        mvc.perform(get("/api/v1/portfolio/dashboard?programme=" + copyId).with(admin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unresolvedConflicts").value(0))
                .andExpect(jsonPath("$.totals.excluded").value(0));
    }

    private Benefit timeSaving(String title, String minutes, String hourlyCost) {
        Benefit benefit = testProgrammes.bareBenefit(programme, title, "CAPACITY");
        users.runAs(
                COORDINATOR,
                () -> valuations.setModel(
                        benefit.id(),
                        new ModelInput(
                                "OWN_ORGANISATION",
                                "TIME_SAVING",
                                Map.of(
                                        "persons",
                                        "sykepleiere",
                                        "minutesPerPeriod",
                                        minutes,
                                        "periodsPerYear",
                                        "220",
                                        "hourlyCost",
                                        hourlyCost),
                                "2026",
                                "CUMULATIVE",
                                List.of("100"))));
        return benefit;
    }

    private EconomicSettings settings() {
        return users.callAs(COORDINATOR, () -> valuations.of(programme.id()).settings());
    }

    private java.util.Optional<Conflict> staffTimeConflict() {
        return users.callAs(COORDINATOR, portfolio::conflicts).stream()
                .map(ConflictStatus::conflict)
                .filter(c -> c.rule() == ConflictRule.STAFF_TIME && c.involves(documentation.id()))
                .findFirst();
    }
}
