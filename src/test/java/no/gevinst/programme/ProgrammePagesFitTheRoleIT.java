package no.gevinst.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.PageActions;
import no.gevinst.TestNamedCoordinator;
import no.gevinst.TestUsers;
import no.gevinst.access.Role;
import no.gevinst.access.RoleAssignment;
import no.gevinst.plan.PhaseGates;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The programme pages offer each role only what it may do, return a change refused after all to its form with what
 * was typed, and name who moved the programme through a gate in full.
 */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class ProgrammePagesFitTheRoleIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    TestNamedCoordinator named;

    @Autowired
    PhaseGates gates;

    @Autowired
    Programmes programmes;

    @Test
    void aLeserSeesNoEditActionOnTheProgrammesWhileTheCoordinatorDoes() throws Exception {
        Document readersList = PageActions.page(mvc, "/programmes", users.session("nina"));
        String programme = readersList
                .select("a[href~=^/programmes/[0-9a-f-]{36}$]")
                .first()
                .attr("href");

        assertThat(PageActions.writesInMain(readersList)).isEmpty();
        assertThat(PageActions.writesInMain(PageActions.page(mvc, programme, users.session("nina"))))
                .isEmpty();
        assertThat(PageActions.writesInMain(PageActions.page(mvc, "/programmes", users.session("kari"))))
                .contains("GET /programmes/new");
        assertThat(PageActions.writesInMain(PageActions.page(mvc, programme, users.session("kari"))))
                .contains(
                        "GET " + programme + "/edit",
                        "POST " + programme + "/objectives",
                        "POST " + programme + "/framework");
    }

    @Test
    void aChangeRefusedAfterAllReturnsToTheFormWithWhatWasTyped() throws Exception {
        Programme programme = named.programme();
        Document form =
                PageActions.page(mvc, "/programmes/" + programme.id() + "/edit", users.session(named.username()));

        String html = mvc.perform(PageActions.submit(PageActions.form(form), "name", "Skrevet før")
                        .with(PageActions.afterWithdrawal(
                                users.userDetails(named.username()),
                                new RoleAssignment(
                                        Role.LESER, named.organisation().id()))))
                .andExpect(status().isForbidden())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        Document answer = PageActions.parse(html);
        assertThat(answer.select("#error-summary").text()).contains("ikke lenger tilgang til å endre dette programmet");
        assertThat(answer.select("input[name=name]").val()).isEqualTo("Skrevet før");
        assertThat(users.callAs(TestUsers.ADMIN, () -> programmes.find(programme.id()))
                        .orElseThrow()
                        .name())
                .isEqualTo(programme.name());
    }

    @Test
    void theCoordinatorRecordsTheCoFinancierOnTheFormAndThePageNamesIt() throws Exception {
        Programme programme = named.programme();
        String page = "/programmes/" + programme.id();
        Document form = PageActions.page(mvc, page + "/edit", users.session(named.username()));
        assertThat(form.select("select[name=coFinancierOrganisationId] option[selected]")
                        .val())
                .isEmpty();

        String coFinancier = named.organisation().id().toString();
        mvc.perform(PageActions.submit(PageActions.form(form), "coFinancierOrganisationId", coFinancier)
                        .with(users.session(named.username())))
                .andExpect(status().is3xxRedirection());

        assertThat(users.callAs(TestUsers.ADMIN, () -> programmes.find(programme.id()))
                        .orElseThrow()
                        .coFinancier())
                .isEqualTo(named.organisation().id());
        assertThat(PageActions.page(mvc, page, users.session(named.username()))
                        .select("dl.facts")
                        .text())
                .contains("Medfinansiør " + named.organisation().name());
    }

    @Test
    void thePhaseGateNamesWhoDecidedInFullNeverByUserName() throws Exception {
        Programme programme = named.programme();
        users.runAs(named.username(), () -> gates.advance(programme.id(), "Vi går videre og tar igjen nullpunktene"));

        Document gate =
                PageActions.page(mvc, "/programmes/" + programme.id() + "/phase-gate", users.session(named.username()));

        String decisions =
                gate.select("#decisions-heading ~ .table-scroll table").text();
        assertThat(decisions).contains(named.fullName()).doesNotContain(named.username());
    }
}
