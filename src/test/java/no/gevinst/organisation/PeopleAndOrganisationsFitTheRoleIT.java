package no.gevinst.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.PageActions;
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
 * The people and organisation pages offer each role only what it may do, and a person refused after all returns
 * to the form with what was typed.
 */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class PeopleAndOrganisationsFitTheRoleIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    TestParties world;

    @Autowired
    People people;

    @Test
    void aLeserSeesNoEditActionOnThePeoplePageWhileTheCoordinatorDoes() throws Exception {
        assertThat(PageActions.writesInMain(PageActions.page(mvc, "/people", users.session("nina"))))
                .isEmpty();
        assertThat(PageActions.writesInMain(PageActions.page(mvc, "/people", users.session("kari"))))
                .contains("GET /people/new")
                .anyMatch(w -> w.matches("GET /people/[0-9a-f-]{36}/edit"));
    }

    @Test
    void organisationsAreEditedByAdministratorsAloneAndOfferedToNoOneElse() throws Exception {
        assertThat(PageActions.writesInMain(PageActions.page(mvc, "/organisations", users.session("nina"))))
                .isEmpty();
        assertThat(PageActions.writesInMain(PageActions.page(mvc, "/organisations", users.session("kari"))))
                .isEmpty();
        assertThat(PageActions.writesInMain(PageActions.page(mvc, "/organisations", users.session(TestUsers.ADMIN))))
                .contains("GET /organisations/new")
                .anyMatch(w -> w.matches("GET /organisations/[0-9a-f-]{36}/edit"));
    }

    @Test
    void thePersonFormOffersOnlyTheOrganisationsWhosePeopleTheCoordinatorKeeps() throws Exception {
        Document form = PageActions.page(mvc, "/people/new", world.pageSession(world.in(Role.GEVINSTKOORDINATOR)));

        assertThat(form.select("select[name=organisationId] option[value~=.+]").eachAttr("value"))
                .containsExactly(world.owner().id().toString());
    }

    @Test
    void aPersonRefusedAfterAllReturnsToTheFormWithWhatWasTyped() throws Exception {
        String coordinator = world.in(Role.GEVINSTKOORDINATOR);
        Document form = PageActions.page(mvc, "/people/new", world.pageSession(coordinator));
        var request = PageActions.submit(
                PageActions.form(form),
                java.util.Map.of(
                        "name", "Skrevet Førtilbaketrekking",
                        "email", "skrevet@example.no",
                        "title", "Rådgiver",
                        "organisationId", world.owner().id().toString()));

        String html = mvc.perform(request.with(PageActions.afterWithdrawal(
                        users.userDetails(coordinator),
                        new RoleAssignment(Role.LESER, world.owner().id()))))
                .andExpect(status().isForbidden())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        Document answer = PageActions.parse(html);
        assertThat(answer.select("#error-summary").text())
                .contains("ikke tilgang til å registrere personer i den valgte virksomheten");
        assertThat(answer.select("input[name=name]").val()).isEqualTo("Skrevet Førtilbaketrekking");
        assertThat(answer.select("select[name=organisationId] option[selected]").val())
                .isEqualTo(world.owner().id().toString());
        assertThat(users.callAs(TestUsers.ADMIN, people::all))
                .noneMatch(p -> p.name().equals("Skrevet Førtilbaketrekking"));
    }
}
