package no.gevinst.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestParties;
import no.gevinst.TestUsers;
import no.gevinst.access.Role;
import no.gevinst.benefit.Benefit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Names and e-mail addresses of people, and organisations, are shown to a user only where the user's programmes
 * involve them; an administrator sees all. Looked for in the API, the people page and the benefit form, whose
 * owner list once offered everyone.
 */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class PeopleAndOrganisationsOnlyWithinTheUsersProgrammesIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestParties world;

    @Test
    void aUserSeesThePeopleAndOrganisationsOfTheProgrammesPartiesAndNoneElsewhere() throws Exception {
        String reader = world.in(Role.LESER);
        String partyEmail = world.person(world.partyMeasurer()).email();
        String outsideEmail = world.person(world.outsideOwner()).email();

        String people = body(get("/api/v1/people").with(api(reader)));
        String organisations = body(get("/api/v1/organisations").with(api(reader)));
        String page = body(get("/people").with(world.pageSession(reader)));

        assertThat(people).contains(partyEmail).doesNotContain(outsideEmail);
        assertThat(page).contains(partyEmail).doesNotContain(outsideEmail);
        assertThat(organisations)
                .contains(world.owner().name(), world.party().name())
                .doesNotContain(world.outsider().name());
        mvc.perform(get("/api/v1/people/" + world.person(world.outsideOwner()).id())
                        .with(api(reader)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/organisations/" + world.outsider().id()).with(api(reader)))
                .andExpect(status().isNotFound());
    }

    @Test
    void anAdministratorSeesEveryoneEverywhere() throws Exception {
        String outsideEmail = world.person(world.outsideOwner()).email();

        assertThat(body(get("/api/v1/people").with(httpBasic(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD))))
                .contains(outsideEmail, world.person(world.partyMeasurer()).email());
        assertThat(body(get("/people").with(world.pageSession(TestUsers.ADMIN))))
                .contains(outsideEmail);
        assertThat(body(get("/api/v1/organisations").with(httpBasic(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD))))
                .contains(world.outsider().name(), world.party().name());
    }

    @Test
    void theBenefitFormOffersNoOneOutsideTheProgrammeAsOwnerNorShowsTheirAddress() throws Exception {
        String coordinator = world.in(Role.GEVINSTKOORDINATOR);
        Benefit benefit = world.benefit("Eierliste");
        String outside = world.person(world.outsideOwner()).email();

        String edit = body(get("/benefits/" + benefit.id() + "/edit").with(world.pageSession(coordinator)));
        String create = body(get("/benefits/new")
                .param("programme", world.programme().id().toString())
                .with(world.pageSession(coordinator)));

        assertThat(edit)
                .contains(world.person(world.in(Role.GEVINSTEIER)).name())
                .doesNotContain(outside);
        assertThat(create).doesNotContain(outside);
        assertThat(body(get("/api/v1/benefits/" + benefit.id()).with(api(coordinator))))
                .doesNotContain(outside);
    }

    private String body(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static RequestPostProcessor api(String username) {
        return httpBasic(username, TestUsers.PASSWORD);
    }
}
