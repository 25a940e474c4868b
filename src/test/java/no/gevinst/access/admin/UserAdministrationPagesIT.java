package no.gevinst.access.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The administration pages ask the same questions as the API, and say what was wrong on the page. */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class UserAdministrationPagesIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    UserAdministrationWorld worlds;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theListShowsACoordinatorItsUsersByFullNameWithRolesAndLinksTheAccessReview() throws Exception {
        var w = worlds.create();
        mvc.perform(get("/admin/users?q=" + w.tag()).with(users.session(w.coordinator())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Venter " + w.tag())))
                .andExpect(content().string(containsString(w.inside().name())))
                .andExpect(content().string(containsString("/admin/access-review")))
                .andExpect(content().string(not(containsString(w.outsideReader()))));
        mvc.perform(get("/admin/users").with(users.session(w.insideReader()))).andExpect(status().isForbidden());
    }

    @Test
    void aRefusedNewUserComesBackWithTheFieldNamedAndNoPasswordEchoed() throws Exception {
        var w = worlds.create();
        String page = mvc.perform(post("/admin/users")
                        .with(users.session(TestUsers.ADMIN))
                        .with(csrf())
                        .param("username", "side-" + w.tag())
                        .param("displayName", "Side Bruker")
                        .param("password", "passord12345"))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("href=\"#password\"")
                .contains("vanligste passordene")
                .doesNotContain("passord12345");
        assertThat(users.exists("side-" + w.tag())).isFalse();
    }

    @Test
    void aGrantFromAStalePageSaysSomeoneElseChangedTheUserAndChangesNothing() throws Exception {
        var w = worlds.create();
        String user = "/admin/users/" + worlds.id(w.pending());
        mvc.perform(get(user).with(users.session(w.coordinator()))).andExpect(status().isOk());
        mvc.perform(post(user + "/roles")
                        .with(users.session(w.coordinator()))
                        .with(csrf())
                        .param("role", "LESER")
                        .param("organisationId", w.inside().id().toString())
                        .param("version", "0"))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", user));
        mvc.perform(post(user + "/roles")
                        .with(users.session(w.coordinator()))
                        .with(csrf())
                        .param("role", "MAALEANSVARLIG")
                        .param("organisationId", w.inside().id().toString())
                        .param("version", "0"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Noen andre har endret dette")));
        assertThat(jdbc.sql("SELECT count(*) FROM role_assignment WHERE user_id = :u")
                        .param("u", worlds.id(w.pending()).value())
                        .query(Long.class)
                        .single())
                .isOne();
        mvc.perform(post(user + "/deactivate")
                        .with(users.session(w.coordinator()))
                        .with(csrf())
                        .param("version", "0"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("data-color=\"danger\"")));
    }

    @Test
    void aResetShowsTheTemporaryPasswordOnceAndTheOwnPasswordPageIsOpenToEveryone() throws Exception {
        var w = worlds.create();
        String page = mvc.perform(post("/admin/users/" + worlds.id(w.insideReader()) + "/password-reset")
                        .with(users.session(w.coordinator()))
                        .with(csrf())
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).containsPattern("data-testid=\"temporary-password\">[a-zA-Z2-9]{4}(-[a-zA-Z2-9]{4}){3}<");
        mvc.perform(get("/account/password").with(users.session(w.outsideReader())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"currentPassword\"")));
    }
}
