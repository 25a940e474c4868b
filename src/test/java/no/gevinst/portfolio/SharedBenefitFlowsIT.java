package no.gevinst.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestBenefitInputs;
import no.gevinst.TestProgrammes;
import no.gevinst.TestUsers;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitInput;
import no.gevinst.benefit.BenefitShare;
import no.gevinst.benefit.BenefitSharing;
import no.gevinst.benefit.Benefits;
import no.gevinst.organisation.Organisations;
import no.gevinst.programme.Programme;
import no.gevinst.shared.OrganisationId;
import no.gevinst.valuation.AssumptionInputBuilder;
import no.gevinst.valuation.ValuationInputs;
import no.gevinst.valuation.Valuations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A benefit shared 40 % with another programme appears in both programmes' flows (issue 18): the home programme's
 * owner invests, St. Olavs gains; each programme's flows name the home programme and its share of the benefit's
 * 72 000 kr a year at full effect (40 % = 28 800 kr received, 60 % = 43 200 kr kept), the two shares adding up to the
 * whole.
 */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class SharedBenefitFlowsIT {

    private static final String COORDINATOR = TestProgrammes.COORDINATOR;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestProgrammes testProgrammes;

    @Autowired
    TestUsers users;

    @Autowired
    Valuations valuations;

    @Autowired
    BenefitSharing sharing;

    @Autowired
    Benefits benefits;

    @Autowired
    Organisations organisations;

    @Autowired
    Flows flows;

    @Test
    void bothProgrammesFlowsShowTheSharedBenefitWithItsHomeProgrammeAndTheirShares() throws Exception {
        Programme home = testProgrammes.create();
        Programme receiving = testProgrammes.create();
        OrganisationId stOlavs = users.callAs(
                "kari", () -> organisations.search("883974832").getFirst().id());
        Benefit benefit = priced(home, stOlavs);
        assertThat(users.callAs(COORDINATOR, () -> flows.report(receiving.id())).shared())
                .isEmpty();

        BenefitShare proposed = users.callAs(
                COORDINATOR, () -> sharing.propose(benefit.id(), receiving.id().toString(), "40"));
        // Proposed only: no programme's flows show it as shared until it is accepted.
        assertThat(users.callAs(COORDINATOR, () -> flows.report(home.id())).shared())
                .isEmpty();
        users.callAs(COORDINATOR, () -> sharing.accept(benefit.id(), receiving.id(), proposed.version()));

        FlowReport.SharedFlow received = users.callAs(COORDINATOR, () -> flows.report(receiving.id()))
                .shared()
                .getFirst();
        assertThat(received.id()).isEqualTo(benefit.id());
        assertThat(received.atHome()).isFalse();
        assertThat(received.home()).isEqualTo(home.id());
        assertThat(received.homeName()).isEqualTo(home.name());
        assertThat(received.share().value()).isEqualByComparingTo("40");
        assertThat(received.nokPerYear()).isEqualByComparingTo("72000");
        assertThat(received.nokPerYearAtShare()).isEqualByComparingTo("28800");
        assertThat(received.investors()).extracting(FlowMatrix.Party::id).containsExactly(home.owner());
        assertThat(received.benefiting()).singleElement().satisfies(b -> {
            assertThat(b.organisation().id()).isEqualTo(stOlavs);
            assertThat(b.share().value()).isEqualByComparingTo("100");
        });

        FlowReport.SharedFlow kept = users.callAs(COORDINATOR, () -> flows.report(home.id()))
                .shared()
                .getFirst();
        assertThat(kept.atHome()).isTrue();
        assertThat(kept.otherProgrammes()).isEqualTo(receiving.name());
        assertThat(kept.share().value()).isEqualByComparingTo("60");
        assertThat(kept.nokPerYearAtShare()).isEqualByComparingTo("43200");
        assertThat(kept.nokPerYearAtShare().add(received.nokPerYearAtShare())).isEqualByComparingTo(kept.nokPerYear());

        // Over every programme the user sees, each sharing programme's row is there.
        assertThat(users.callAs(COORDINATOR, () -> flows.report(null)).shared())
                .filteredOn(s -> s.id().equals(benefit.id()))
                .extracting(FlowReport.SharedFlow::programme)
                .containsExactlyInAnyOrder(home.id(), receiving.id());

        mvc.perform(get("/portfolio/flows")
                        .param("programme", receiving.id().toString())
                        .with(users.session(COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Gevinster delt mellom programmer")))
                .andExpect(content().string(containsString(home.name())))
                .andExpect(content().string(containsString("40 % av 72 000 kr = 28 800 kr")));
        mvc.perform(get("/api/v1/portfolio/flows")
                        .param("programme", receiving.id().toString())
                        .accept(MediaType.APPLICATION_JSON)
                        .with(users.session(COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.shared[0].id").value(benefit.id().toString()))
                .andExpect(jsonPath("$.shared[0].home").value(home.id().toString()))
                .andExpect(jsonPath("$.shared[0].share").value(40))
                .andExpect(jsonPath("$.shared[0].nokPerYearAtShare").value(28800));
    }

    private Benefit priced(Programme home, OrganisationId arisesIn) {
        return users.callAs(COORDINATOR, () -> {
            Benefit b = benefits.create(TestBenefitInputs.bare(home.id().toString(), "Delt mellom strategier")
                    .benefitClass("CAPACITY")
                    .allocations(List.of(new BenefitInput.AllocationInput(arisesIn.toString(), "100")))
                    .investorIds(List.of(home.owner().toString()))
                    .build());
            valuations.saveAssumption(
                    home.id(),
                    AssumptionInputBuilder.number("sykepleiere", "10").build());
            valuations.setModel(
                    b.id(),
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
            return b;
        });
    }
}
