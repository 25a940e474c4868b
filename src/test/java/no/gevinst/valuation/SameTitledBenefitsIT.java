package no.gevinst.valuation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestProgrammes;
import no.gevinst.TestUsers;
import no.gevinst.benefit.Benefit;
import no.gevinst.plan.Plan;
import no.gevinst.plan.PlanSnapshot;
import no.gevinst.plan.Plans;
import no.gevinst.programme.Programme;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Two benefits with the same title in one programme, each priced by its own model: each valuation line says which
 * benefit it prices by its id, so each is valued, linked and carried into the plan with its own figures.
 */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class SameTitledBenefitsIT {

    private static final String COORDINATOR = TestProgrammes.COORDINATOR;
    private static final String TITLE = "Færre purringer";

    @Autowired
    TestProgrammes testProgrammes;

    @Autowired
    Valuations valuations;

    @Autowired
    Plans plans;

    @Autowired
    TestUsers users;

    @Autowired
    MockMvc mvc;

    private Programme programme;
    private Benefit small;
    private Benefit large;

    @BeforeEach
    void twoBenefitsWithOneTitle() {
        programme = testProgrammes.create();
        users.runAs(COORDINATOR, () -> valuations.saveSettings(programme.id(), EconomicSettings.defaults(2026, 2030)));
        small = priced("111111");
        large = priced("222222");
    }

    @Test
    void eachLineCarriesItsOwnBenefitAndFigures() {
        ProgrammeValuation v = users.callAs(COORDINATOR, () -> valuations.of(programme.id()));
        assertThat(v.valuation().benefits()).hasSize(2);
        for (Valuation.BenefitLine line : v.valuation().benefits()) {
            String expected = line.benefit().id().equals(small.id()) ? "111111" : "222222";
            assertThat(line.benefit().id()).isIn(small.id(), large.id());
            assertThat(line.fullEffect().nokPerYear()).isEqualByComparingTo(expected);
            assertThat(line.valueByYear().get(2028)).isEqualByComparingTo(expected);
        }
        assertThat(v.valuation().benefits())
                .extracting(line -> line.benefit().id())
                .containsExactlyInAnyOrder(small.id(), large.id());
    }

    @Test
    void thePageLinksEachLineToItsOwnBenefit() throws Exception {
        String page = mvc.perform(get("/programmes/" + programme.id() + "/valuation")
                        .header("Accept-Language", "nb")
                        .with(users.session(COORDINATOR)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(block(page, small)).contains(small.code()).contains("111111").doesNotContain("222222");
        assertThat(block(page, large)).contains(large.code()).contains("222222").doesNotContain("111111");
    }

    @Test
    void theApiNamesEachLinesOwnBenefit() throws Exception {
        String json = mvc.perform(get("/api/v1/programmes/" + programme.id() + "/valuation")
                        .with(httpBasic(COORDINATOR, TestUsers.PASSWORD)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(apiValue(json, small)).isEqualByComparingTo("111111");
        assertThat(apiValue(json, large)).isEqualByComparingTo("222222");
    }

    @Test
    void thePlanCarriesEachBenefitsOwnValue() {
        Plan plan = users.callAs(
                COORDINATOR, () -> plans.create(programme.id(), new Plans.PlanInput("", "Plan med like titler")));
        List<PlanSnapshot.BenefitEntry> entries =
                users.callAs(COORDINATOR, () -> plans.content(plan.id(), 1)).benefits();
        assertThat(entry(entries, small).nokPerYear()).isEqualByComparingTo("111111");
        assertThat(entry(entries, small).valueByYear().get(2030)).isEqualByComparingTo("111111");
        assertThat(entry(entries, large).nokPerYear()).isEqualByComparingTo("222222");
        assertThat(entry(entries, large).valueByYear().get(2030)).isEqualByComparingTo("222222");
    }

    private Benefit priced(String amount) {
        Benefit benefit = testProgrammes.bareBenefit(programme, TITLE, "CASH_RELEASING");
        users.runAs(
                COORDINATOR,
                () -> valuations.setModel(
                        benefit.id(),
                        new ValuationInputs.ModelInput(
                                "OWN_ORGANISATION",
                                "AVOIDED_YEARLY_COST",
                                Map.of("amount", amount),
                                "2026",
                                "CUMULATIVE",
                                List.of("100"))));
        return benefit;
    }

    /** The page's block for one benefit line (up to its end), found by its link, with the spaces of formatted numbers taken out. */
    private static String block(String page, Benefit benefit) {
        return Arrays.stream(page.split("class=\"valuation-benefit\""))
                .filter(b -> b.contains("/benefits/" + benefit.id() + "\""))
                .map(b -> b.substring(0, b.indexOf("</div>")))
                .map(b -> b.replaceAll("[\\s\\u00a0\\u202f]", ""))
                .reduce((a, b) -> a + b)
                .orElseThrow(() -> new AssertionError("No line links to " + benefit.code()));
    }

    private static BigDecimal apiValue(String json, Benefit benefit) {
        List<Object> values =
                JsonPath.read(json, "$.benefits[?(@.benefitId == '" + benefit.id() + "')].valueByYear.2028");
        assertThat(values).hasSize(1);
        return new BigDecimal(values.getFirst().toString());
    }

    private static PlanSnapshot.BenefitEntry entry(List<PlanSnapshot.BenefitEntry> entries, Benefit benefit) {
        return entries.stream()
                .filter(e -> e.id().equals(benefit.id().toString()))
                .findFirst()
                .orElseThrow();
    }
}
