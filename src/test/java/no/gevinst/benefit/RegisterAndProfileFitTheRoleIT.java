package no.gevinst.benefit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.PageActions;
import no.gevinst.TestBenefitInputs;
import no.gevinst.TestNamedCoordinator;
import no.gevinst.TestParties;
import no.gevinst.TestUsers;
import no.gevinst.access.Role;
import no.gevinst.access.RoleAssignment;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The register and the benefit profile offer each role only what it may do, return a change refused after all to
 * its form with what was typed, and name who acted in full.
 */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class RegisterAndProfileFitTheRoleIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    TestParties world;

    @Autowired
    TestNamedCoordinator named;

    @Autowired
    Benefits benefits;

    @Test
    void aLeserSeesNoEditActionOnTheRegisterOrAProfileWhileTheCoordinatorDoes() throws Exception {
        Document readersRegister = PageActions.page(mvc, "/benefits", users.session("nina"));
        String profile = readersRegister
                .select("a[href~=^/benefits/[0-9a-f-]{36}$]")
                .first()
                .attr("href");

        assertThat(PageActions.writesInMain(readersRegister)).isEmpty();
        assertThat(PageActions.writesInMain(PageActions.page(mvc, profile, users.session("nina"))))
                .isEmpty();
        assertThat(PageActions.writesInMain(PageActions.page(mvc, "/benefits", users.session("kari"))))
                .contains("GET /benefits/new", "GET /benefits/import");
        assertThat(PageActions.writesInMain(PageActions.page(mvc, profile, users.session("kari"))))
                .contains(
                        "GET " + profile + "/edit",
                        "POST " + profile + "/status",
                        "GET " + profile + "/indicators/new");
    }

    @Test
    void aChangeRefusedAfterAllReturnsToTheFormWithWhatWasTyped() throws Exception {
        String coordinator = world.in(Role.GEVINSTKOORDINATOR);
        Benefit benefit = world.benefit("Før tilbaketrekking");
        Document form = PageActions.page(mvc, "/benefits/" + benefit.id() + "/edit", users.session(coordinator));

        String html = mvc.perform(PageActions.submit(PageActions.form(form), "title", "Skrevet før")
                        .with(PageActions.afterWithdrawal(
                                users.userDetails(coordinator),
                                new RoleAssignment(Role.LESER, world.owner().id()))))
                .andExpect(status().isForbidden())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        Document answer = PageActions.parse(html);
        assertThat(answer.select("#error-summary").text()).contains("ikke lenger tilgang til å endre denne gevinsten");
        assertThat(answer.select("input[name=title]").val()).isEqualTo("Skrevet før");
        assertThat(world.stored(benefit).title()).isEqualTo("Før tilbaketrekking");
    }

    @Test
    void theProfileNamesWhoChangedTheBenefitInFullNeverByUserName() throws Exception {
        Benefit benefit = users.callAs(
                named.username(),
                () -> benefits.create(
                        TestBenefitInputs.bare(named.programme().id().toString(), "Navngitt")
                                .build()));

        Document profile = PageActions.page(mvc, "/benefits/" + benefit.id(), users.session(named.username()));

        String history = profile.select(
                        "#lifecycle-heading ~ .table-scroll table, #changes-heading ~ .table-scroll table")
                .text();
        assertThat(history).contains(named.fullName()).doesNotContain(named.username());
    }
}
