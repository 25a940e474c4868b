package no.gevinst.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.ThreadLocalRandom;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestOrganisationNumbers;
import no.gevinst.TestParties;
import no.gevinst.TestUsers;
import no.gevinst.access.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Organisations are public registry facts (name, number, type): a coordinator, who sets up programmes, sees every
 * one and can make an organisation no programme involves yet a party. People stay within the user's programmes, and
 * a leser still sees only the organisations the leser's programmes involve.
 */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class CoordinatorsChooseAnyOrganisationAsPartyIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestParties world;

    @Autowired
    TestUsers users;

    @Autowired
    Organisations organisations;

    @Test
    void aCoordinatorAddsAnOrganisationNoProgrammeInvolvesAsPartyWhileALeserStillDoesNotSeeIt() throws Exception {
        String coordinator = world.in(Role.GEVINSTKOORDINATOR);
        String reader = world.in(Role.LESER);
        Organisation newcomer = organisation("Nytt partsforetak");
        Organisation untouched = organisation("Uberort foretak");

        assertThat(body(get("/api/v1/organisations").with(api(coordinator))))
                .contains(newcomer.name(), untouched.name(), world.outsider().name());
        assertThat(body(get("/programmes/new").with(world.pageSession(coordinator))))
                .as("the programme form's party picker")
                .contains(newcomer.name(), untouched.name());
        assertThat(body(get("/api/v1/organisations").with(api(reader))))
                .doesNotContain(
                        newcomer.name(), untouched.name(), world.outsider().name());
        mvc.perform(get("/api/v1/organisations/" + newcomer.id()).with(api(reader)))
                .andExpect(status().isNotFound());

        String code = "NP" + ThreadLocalRandom.current().nextInt(10_000, 99_999);
        String created = body(
                post("/api/v1/programmes")
                        .with(api(coordinator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"code":"%s","name":"Ny part %s","description":"","ownerOrganisationId":"%s",
                                 "parties":[{"organisationId":"%s","role":"Helseforetak"}]}
                                """.formatted(code, code, world.owner().id(), newcomer.id())),
                201);

        assertThat(created).contains(newcomer.id().toString());
        // Involved now, through a programme the leser's organisation owns; the other one is still hidden.
        assertThat(body(get("/api/v1/organisations").with(api(reader))))
                .contains(newcomer.name())
                .doesNotContain(untouched.name());
        // Seeing every organisation shows the coordinator nobody's name or address outside its programmes.
        assertThat(body(get("/api/v1/people").with(api(coordinator))))
                .doesNotContain(world.person(world.outsideOwner()).email());
    }

    private Organisation organisation(String name) {
        return users.callAs(
                TestUsers.ADMIN,
                () -> organisations.create(new OrganisationInput(
                        name + " " + ThreadLocalRandom.current().nextInt(100_000, 999_999),
                        "ANNEN",
                        TestOrganisationNumbers.unique(),
                        null)));
    }

    private String body(RequestBuilder request) throws Exception {
        return body(request, 200);
    }

    private String body(RequestBuilder request, int expected) throws Exception {
        return mvc.perform(request)
                .andExpect(status().is(expected))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static RequestPostProcessor api(String username) {
        return httpBasic(username, TestUsers.PASSWORD);
    }
}
