package no.gevinst.config.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestParties;
import no.gevinst.TestUsers;
import no.gevinst.access.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A form posted from a page after the user lost the right to send it (the page offered it before their rights
 * changed) returns to that page with the reason and what they typed, not to a bare refusal; a post from elsewhere,
 * or without a page to return to, keeps the plain 403.
 */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class RefusedAfterAllIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    TestParties world;

    @Test
    void aRefusedFormReturnsToItsPageWithTheReasonAndWhatWasTyped() throws Exception {
        String programmePage = "/programmes/" + world.programme().id();
        String reader = world.in(Role.LESER);

        MvcResult refused = mvc.perform(post(programmePage + "/objectives")
                        .with(users.session(reader))
                        .with(csrf())
                        .header("Host", "localhost")
                        .header("Referer", "http://localhost" + programmePage + "?tab=1")
                        .param("number", "7")
                        .param("description", "Færre reinnleggelser innen 30 dager")
                        .param("version", "3"))
                .andExpect(status().isFound())
                .andReturn();

        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo(programmePage + "?tab=1");
        // The flash message lives in the (database-stored) session the refusal answered with, as in a browser.
        String page = mvc.perform(get(refused.getResponse().getRedirectedUrl())
                        .with(users.session(reader))
                        .cookie(refused.getResponse().getCookie("SESSION")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Endringen ble ikke lagret", "Du har ikke lenger tilgang til å gjøre dette")
                .contains("data-field=\"description\">Færre reinnleggelser innen 30 dager</li>")
                .contains("data-action=\"" + programmePage + "/objectives\"")
                .doesNotContain("data-field=\"version\"");
    }

    @Test
    void aRefusedFormFromAnotherSiteOrFromNoPageKeepsThePlainRefusal() throws Exception {
        String objectives = "/programmes/" + world.programme().id() + "/objectives";
        String reader = world.in(Role.LESER);

        mvc.perform(post(objectives)
                        .with(users.session(reader))
                        .with(csrf())
                        .header("Host", "localhost")
                        .header("Referer", "https://elsewhere.example/programmes")
                        .param("number", "7"))
                .andExpect(status().isForbidden());
        mvc.perform(post(objectives).with(users.session(reader)).with(csrf()).param("number", "7"))
                .andExpect(status().isForbidden());
    }
}
