package no.gevinst.golive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestOrganisationNumbers;
import no.gevinst.TestProgrammes;
import no.gevinst.TestUsers;
import no.gevinst.organisation.Organisation;
import no.gevinst.organisation.OrganisationInput;
import no.gevinst.organisation.Organisations;
import no.gevinst.plan.GateCheck;
import no.gevinst.plan.GateDecision;
import no.gevinst.plan.GateItem;
import no.gevinst.plan.PhaseGates;
import no.gevinst.programme.Phase;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.NorwegianTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The phase gate and the dashboard know which units are live: the gate lists the live units and those not yet live,
 * leaving planning needs a unit live and leaving realisation needs every unit in a wave live (each a gap to decide
 * on, recorded with the decision); the dashboard's JSON carries the live units of each programme with their
 * organisation numbers, waves and dates.
 */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class GoLiveGatesAndDashboardIT {

    private static final String COORDINATOR = TestProgrammes.COORDINATOR;

    @Autowired
    GoLiveWaves waves;

    @Autowired
    PhaseGates gates;

    @Autowired
    TestProgrammes testProgrammes;

    @Autowired
    TestUsers users;

    @Autowired
    Organisations organisations;

    @Autowired
    Programmes programmes;

    @Autowired
    MockMvc mvc;

    @Test
    void theGateListsTheLiveUnitsAndWarnsWhileNoneOrNotAllAreLive() throws Exception {
        Programme programme = testProgrammes.create();
        Organisation clinic = unitUnder(programme, "Portklinikken");
        as(COORDINATOR, () -> gates.advance(programme.id(), "Styringsgruppen vedtok å gå videre."));
        GateCheck noWaves = as(COORDINATOR, () -> gates.check(programme.id()));
        assertThat(noWaves.goLive()).isNull();
        assertThat(noWaves.items()).extracting(GateItem::messageKey).doesNotContain("phaseGate.item.goLive");

        LocalDate past = NorwegianTime.today().minusMonths(2);
        String owner = programme.owner().toString();
        Wave first = as(
                COORDINATOR,
                () -> waves.create(programme.id(), new WaveInput("Bølge 1", past.toString(), "", List.of(owner))));
        as(
                COORDINATOR,
                () -> waves.create(
                        programme.id(),
                        new WaveInput(
                                "Bølge 2", "2099-01-01", "", List.of(clinic.id().toString()))));
        // Planned in the past without an actual day: not live, and leaving planning is a gap.
        GateCheck none = as(COORDINATOR, () -> gates.check(programme.id()));
        assertThat(item(none, "phaseGate.item.goLive").holds()).isFalse();
        assertThat(none.goLive().liveCount()).isZero();
        assertThat(none.goLive().inWaves()).isEqualTo(2);
        assertThat(none.goLive().notYet()).extracting(UnitGoLive::unit).contains(programme.owner(), clinic.id());
        mvc.perform(get("/programmes/{id}/phase-gate", programme.id()).with(users.session(COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ingen av de 2 enhetene i innføringsbølgene")))
                .andExpect(content().string(containsString(clinic.name())))
                .andExpect(content().string(containsString("Ikke ennå")))
                .andExpect(content().string(containsString("Minst én enhet i programmets innføringsbølger")));

        as(
                COORDINATOR,
                () -> waves.update(
                        programme.id(),
                        first.id(),
                        new WaveInput(
                                "Bølge 1", past.toString(), past.plusDays(3).toString(), List.of(owner)),
                        0));
        GateCheck one = as(COORDINATOR, () -> gates.check(programme.id()));
        assertThat(item(one, "phaseGate.item.goLive").holds()).isTrue();
        assertThat(one.goLive().live()).extracting(UnitGoLive::unit).containsExactly(programme.owner());
        assertThat(one.goLive().live().getFirst().date()).isEqualTo(past.plusDays(3));

        as(COORDINATOR, () -> gates.advance(programme.id(), "Vi starter realiseringen med første bølge."));
        GateCheck realising = as(COORDINATOR, () -> gates.check(programme.id()));
        assertThat(realising.from()).isEqualTo(Phase.REALISE);
        assertThat(item(realising, "phaseGate.item.allLive").holds()).isFalse();
        mvc.perform(get("/programmes/{id}/phase-gate", programme.id()).with(users.session(COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 av 2 enheter i innføringsbølgene")))
                .andExpect(content().string(containsString("data-live=\"true\"")))
                .andExpect(content().string(containsString("(planlagt)")));
        mvc.perform(get("/api/v1/programmes/{id}/phase-gate", programme.id()).with(users.session(COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.goLive.liveCount").value(1))
                .andExpect(jsonPath("$.goLive.inWaves").value(2))
                .andExpect(jsonPath("$.goLive.units[0].live").value(true))
                .andExpect(jsonPath("$.items[*].messageKey", hasItem("phaseGate.item.allLive")));

        as(COORDINATOR, () -> gates.advance(programme.id(), "Bølge 2 kommer; vi dokumenterer det vi har."));
        GateDecision recorded =
                as(COORDINATOR, () -> gates.decisions(programme.id())).getFirst();
        assertThat(recorded.gaps()).extracting(GateItem::messageKey).contains("phaseGate.item.allLive");
    }

    @Test
    void theDashboardJsonCarriesTheLiveUnitsOfEachProgramme() throws Exception {
        Programme hp = as(
                "kari",
                () -> programmes.visible().stream()
                        .filter(p -> p.code().equals("HP"))
                        .findFirst()
                        .orElseThrow());
        String stOlav = "$.goLive[0].units[?(@.organisationNumber == '883974832')]";
        mvc.perform(get("/api/v1/portfolio/dashboard")
                        .param("programme", hp.id().toString())
                        .with(httpBasic("kari", "gevinst-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.goLive.length()").value(1))
                .andExpect(jsonPath("$.goLive[0].programme").value(hp.id().toString()))
                .andExpect(jsonPath("$.goLive[0].liveCount").value(2))
                .andExpect(jsonPath("$.goLive[0].total").value(5))
                .andExpect(jsonPath(stOlav + ".live", hasItem(true)))
                .andExpect(jsonPath(stOlav + ".date", hasItem("2022-11-12")))
                .andExpect(jsonPath(stOlav + ".confirmed", hasItem(true)))
                .andExpect(jsonPath(stOlav + ".waveName", hasItem(containsString("Bølge 1"))))
                .andExpect(
                        jsonPath("$.goLive[0].units[?(@.live == false)].waveName", hasItem(containsString("Bølge 2"))));
        // Scoped to St. Olavs the programme's live units are the same; over every programme only those with waves.
        String stOlavId = as(
                "kari",
                () -> organisations.all().stream()
                        .filter(o -> o.organisationNumber().value().equals("883974832"))
                        .findFirst()
                        .orElseThrow()
                        .id()
                        .toString());
        mvc.perform(get("/api/v1/portfolio/dashboard")
                        .param("programme", hp.id().toString())
                        .param("organisation", stOlavId)
                        .with(httpBasic("kari", "gevinst-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.goLive[0].liveCount").value(2));
        mvc.perform(get("/api/v1/portfolio/dashboard").with(httpBasic("kari", "gevinst-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.goLive[*].programme", hasItem(hp.id().toString())));
        // Dina sees DBEP, which has no waves, not Helseplattformen.
        mvc.perform(get("/api/v1/portfolio/dashboard").with(httpBasic("dina", "gevinst-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.goLive[*].programme", not(hasItem(hp.id().toString()))));
    }

    private static GateItem item(GateCheck check, String key) {
        return check.items().stream()
                .filter(i -> i.messageKey().equals(key))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No item " + key + " in " + check.items()));
    }

    private Organisation unitUnder(Programme programme, String name) {
        return as(
                TestUsers.ADMIN,
                () -> organisations.create(new OrganisationInput(
                        name + " " + TestOrganisationNumbers.unique(),
                        "ANNEN",
                        TestOrganisationNumbers.unique(),
                        programme.owner().toString())));
    }

    private <T> T as(String user, java.util.function.Supplier<T> work) {
        return users.callAs(user, work);
    }
}
