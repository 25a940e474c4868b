package no.gevinst.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestProgrammes;
import no.gevinst.TestUsers;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitQuery;
import no.gevinst.benefit.Benefits;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The evidence pages: DBEP's randomised trial of digital home follow-up in the demo (result pending) on the
 * programme's list, its own page and the benefit profile under attribution; the register's filter on benefits
 * without evidence; the form with its errors named, a stale save refused with 409, and readers refused.
 */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class EvidencePagesIT {

    private static final String TRIAL = "Randomisert kontrollert studie av digital hjemmeoppfølging (DHO)";

    @Autowired
    MockMvc mvc;

    @Autowired
    EvidenceRegister register;

    @Autowired
    Programmes programmes;

    @Autowired
    Benefits benefits;

    @Autowired
    TestProgrammes testProgrammes;

    @Autowired
    TestUsers users;

    @Test
    void theDemoTrialShowsOnItsListItsPageAndTheBenefitProfile() throws Exception {
        Programme dbep = dbep();
        mvc.perform(get("/programmes/{id}", dbep.id()).with(users.session("dina")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/programmes/" + dbep.id() + "/evidence")));
        mvc.perform(get("/programmes/{id}/evidence", dbep.id()).with(users.session("dina")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(TRIAL)))
                .andExpect(content().string(containsString("new-evidence")));
        Evidence trial = users.callAs("dina", () -> register.list(dbep.id())).stream()
                .filter(e -> e.title().equals(TRIAL))
                .findFirst()
                .orElseThrow();
        assertThat(trial.kind()).isEqualTo(EvidenceKind.RANDOMISED_TRIAL);
        assertThat(trial.resultPending()).isTrue();
        mvc.perform(get("/programmes/{id}/evidence/{e}", dbep.id(), trial.id()).with(users.session("dina")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Oslo universitetssykehus og Oslo Economics")))
                .andExpect(content().string(containsString("Resultatet foreligger ikke ennå.")));

        Benefit quality = users.callAs(
                        "dina", () -> benefits.find(trial.benefits().getFirst()))
                .orElseThrow();
        mvc.perform(get("/benefits/{id}", quality.id()).with(users.session("dina")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("attribution-evidence")))
                .andExpect(content().string(containsString(TRIAL)));

        // The register without evidence leaves the trial's benefits out and keeps the others.
        MvcResult lacking = mvc.perform(get("/benefits")
                        .param("programme", dbep.id().toString())
                        .param("evidence", "NONE")
                        .with(users.session("dina")))
                .andExpect(status().isOk())
                .andReturn();
        String page = lacking.getResponse().getContentAsString();
        assertThat(page).doesNotContain("/benefits/" + quality.id() + "\"");
        long all = users.callAs("dina", () -> benefits.search(BenefitQuery.inProgramme(dbep.id())))
                .total();
        long without = users.callAs(
                        "dina",
                        () -> benefits.search(
                                BenefitQuery.inProgramme(dbep.id()).lackingEvidence()))
                .total();
        assertThat(without).isEqualTo(all - trial.benefits().size());
        mvc.perform(get("/benefits").param("evidence", "SOME").with(users.session("dina")))
                .andExpect(status().is4xxClientError());
    }

    @Test
    void theFormNamesBadFieldsRefusesStaleSavesAndReaders() throws Exception {
        Programme programme = testProgrammes.create();
        Benefit benefit = testProgrammes.bareBenefit(programme, "Gevinst med studie");
        String coordinator = TestProgrammes.COORDINATOR;
        mvc.perform(get("/programmes/{id}/evidence/new", programme.id())
                        .param("benefit", benefit.id().toString())
                        .with(users.session(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Gevinst med studie")));
        mvc.perform(post("/programmes/{id}/evidence", programme.id())
                        .with(users.session(coordinator))
                        .with(csrf())
                        .param("kind", "BEFORE_AFTER")
                        .param("title", "Før og etter")
                        .param("status", "COMPLETED")
                        .param("effectSize", "0,4")
                        .param("ciLow", "0,9")
                        .param("ciHigh", "0,1")
                        .param("benefitIds", benefit.id().toString()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("ciLow-error")))
                .andExpect(content().string(containsString("Nedre grense kan ikke være større enn øvre grense.")));
        mvc.perform(post("/programmes/{id}/evidence", programme.id())
                        .with(users.session(coordinator))
                        .with(csrf())
                        .param("kind", "BEFORE_AFTER")
                        .param("title", "Før og etter")
                        .param("status", "COMPLETED")
                        .param("result", "Kortere liggetid")
                        .param("effectSize", "-0,4")
                        .param("effectUnit", "liggedøgn")
                        .param("ciLow", "-0,9")
                        .param("ciHigh", "-0,1")
                        .param("benefitIds", benefit.id().toString()))
                .andExpect(status().is3xxRedirection());
        Evidence saved =
                users.callAs(coordinator, () -> register.list(programme.id())).getFirst();
        assertThat(saved.effectSize()).isEqualByComparingTo("-0.4");
        String path = "/programmes/" + programme.id() + "/evidence/" + saved.id();
        mvc.perform(get(path).with(users.session(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("\u22120,40 liggedøgn")))
                .andExpect(content().string(containsString("edit-evidence")));
        mvc.perform(post(path)
                        .with(users.session(coordinator))
                        .with(csrf())
                        .param("kind", "BEFORE_AFTER")
                        .param("title", "Før og etter, endret")
                        .param("status", "COMPLETED")
                        .param("benefitIds", benefit.id().toString())
                        .param("version", "7"))
                .andExpect(status().isConflict());

        String reader = users.withRole("evidens-sideleser", no.gevinst.access.Role.LESER, programme.owner());
        mvc.perform(get(path).with(users.session(reader)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("edit-evidence"))));
        mvc.perform(get(path + "/edit").with(users.session(reader))).andExpect(status().isForbidden());
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
