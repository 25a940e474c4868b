package no.gevinst.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestBenefitInputs;
import no.gevinst.TestOrganisationNumbers;
import no.gevinst.TestProgrammes;
import no.gevinst.TestUsers;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitInput.AllocationInput;
import no.gevinst.benefit.Benefits;
import no.gevinst.organisation.Organisation;
import no.gevinst.organisation.OrganisationInput;
import no.gevinst.organisation.OrganisationScope;
import no.gevinst.organisation.Organisations;
import no.gevinst.programme.Programme;
import no.gevinst.valuation.AssumptionInputBuilder;
import no.gevinst.valuation.ValuationInputs;
import no.gevinst.valuation.Valuations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An organisation that is neither the owner nor a party of a programme, but is allocated a share of one of its
 * benefits, can be chosen for the scoped dashboard, which shows its share and reconciles with the programme's figures;
 * whose people a user sees ({@link OrganisationScope}) does not widen with it, and a user who does not see the
 * programme is not offered the organisation.
 */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class AllocatedOnlyOrganisationScopeIT {

    private static final String COORDINATOR = TestProgrammes.COORDINATOR;
    private static final LocalDate TODAY = LocalDate.of(2027, 6, 1);

    @Autowired
    MockMvc mvc;

    @Autowired
    TestProgrammes testProgrammes;

    @Autowired
    TestUsers users;

    @Autowired
    Organisations organisations;

    @Autowired
    OrganisationScope involved;

    @Autowired
    Benefits benefits;

    @Autowired
    Valuations valuations;

    @Autowired
    Dashboards dashboards;

    @Autowired
    OrganisationDashboards scopes;

    @Test
    void anOrganisationOnlyAllocatedAShareIsOfferedAndItsScopedDashboardReconciles() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Programme programme = testProgrammes.create();
        Organisation municipality = users.callAs(
                TestUsers.ADMIN,
                () -> organisations.create(new OrganisationInput(
                        "Tildelt kommune " + tag, "KOMMUNE", TestOrganisationNumbers.unique(), null)));
        Benefit benefit = users.callAs(
                COORDINATOR,
                () -> benefits.create(TestBenefitInputs.bare(programme.id().toString(), "Delt tid " + tag)
                        .benefitClass("CAPACITY")
                        .allocations(List.of(
                                new AllocationInput(municipality.id().toString(), "30"),
                                new AllocationInput(programme.owner().toString(), "50")))
                        .build()));
        price(programme, benefit);

        assertThat(users.callAs(COORDINATOR, () -> involved.involvedInVisibleProgrammes()))
                .as("whose people the coordinator sees does not widen")
                .doesNotContain(municipality.id());
        assertThat(users.callAs(COORDINATOR, () -> scopes.choices()))
                .extracting(FlowMatrix.Party::id)
                .contains(municipality.id(), programme.owner());
        assertThat(users.callAs("nina", () -> scopes.choices()))
                .as("a user who does not see the programme is not offered it")
                .extracting(FlowMatrix.Party::id)
                .doesNotContain(municipality.id());

        Dashboard whole = users.callAs(COORDINATOR, () -> dashboards.of(programme.id(), TODAY));
        OrganisationDashboard scoped =
                users.callAs(COORDINATOR, () -> scopes.of(programme.id(), municipality.id(), TODAY));
        BigDecimal wholeForecast =
                whole.years().stream().map(Dashboard.Year::forecast).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(wholeForecast).isPositive();
        assertThat(scoped.figures().forecast())
                .as("its 30 percent share")
                .isEqualByComparingTo(wholeForecast.multiply(new BigDecimal("0.3")));
        Reconciliation r = scoped.reconciliation();
        assertThat(r.balances()).isTrue();
        assertThat(r.organisations())
                .extracting(o -> o.organisation().id())
                .contains(municipality.id(), programme.owner());
        assertThat(r.sum(OrganisationFigures::forecast)).isEqualByComparingTo(wholeForecast);
        assertThat(r.unallocated().forecast()).isEqualByComparingTo(wholeForecast.multiply(new BigDecimal("0.2")));

        mvc.perform(get("/portfolio")
                        .param("programme", programme.id().toString())
                        .param("organisation", municipality.id().toString())
                        .with(users.session(COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tildelt kommune " + tag)));
    }

    private void price(Programme programme, Benefit benefit) {
        users.runAs(COORDINATOR, () -> {
            valuations.saveAssumption(
                    programme.id(),
                    AssumptionInputBuilder.number("sykepleiere", "10").build());
            valuations.setModel(
                    benefit.id(),
                    new ValuationInputs.ModelInput(
                            "OWN_ORGANISATION",
                            "TIME_SAVING",
                            Map.of(
                                    "persons", "sykepleiere",
                                    "minutesPerPeriod", "60",
                                    "periodsPerYear", "12",
                                    "hourlyCost", "600"),
                            "2026",
                            "CUMULATIVE",
                            List.of("100")));
        });
    }
}
