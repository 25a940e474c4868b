package no.gevinst.access.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestUsers;
import no.gevinst.audit.AuditLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** /api/v1/users as administrators and coordinators use it, and where it stops each of them. */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class UserAdministrationApiIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    UserAdministrationWorld worlds;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog auditLog;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void coordinatorsSeeTheUsersOfTheirProgrammesOrganisationsAndThePendingOnesWhileAdministratorsSeeAll()
            throws Exception {
        var w = worlds.create();
        List<String> asCoordinator = usernames(w.coordinator(), "/api/v1/users?q=" + w.tag());
        assertThat(asCoordinator)
                .contains(w.coordinator(), w.insideReader(), w.pending())
                .doesNotContain(w.outsideReader());
        assertThat(usernames(TestUsers.ADMIN, "/api/v1/users?q=" + w.tag()))
                .contains(w.coordinator(), w.insideReader(), w.pending(), w.outsideReader());
        assertThat(usernames(TestUsers.ADMIN, "/api/v1/users?state=PENDING&q=" + w.tag()))
                .containsExactly(w.pending());
        assertThat(usernames(
                        TestUsers.ADMIN,
                        "/api/v1/users?role=LESER&organisation=" + w.outside().id()))
                .containsExactly(w.outsideReader());
        mvc.perform(as(w.coordinator(), get("/api/v1/users/" + worlds.id(w.outsideReader()))))
                .andExpect(status().isNotFound());
        mvc.perform(as(w.insideReader(), get("/api/v1/users"))).andExpect(status().isForbidden());
        mvc.perform(as(TestUsers.ADMIN, get("/api/v1/users?state=NOPE&role=KING")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("role", "state")));
    }

    @Test
    void aPasswordOutsideThePolicyIsRefusedNamingTheFieldAndNothingIsCreated() throws Exception {
        var w = worlds.create();
        for (String password : List.of("kort", "passord12345", "ny-" + w.tag() + "-hemmelig", "Sommer2024!")) {
            mvc.perform(as(TestUsers.ADMIN, post("/api/v1/users"))
                            .contentType("application/json")
                            .content(body(
                                    "username", "ny-" + w.tag(), "displayName", "Ny Bruker", "password", password)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("password"));
        }
        mvc.perform(as(TestUsers.ADMIN, post("/api/v1/users"))
                        .contentType("application/json")
                        .content(body("username", "", "displayName", "", "email", "x", "password", "")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field")
                        .value(org.hamcrest.Matchers.hasItems("username", "displayName", "email", "password")));
        assertThat(users.exists("ny-" + w.tag())).isFalse();

        mvc.perform(as(w.coordinator(), post("/api/v1/users"))
                        .contentType("application/json")
                        .content(body(
                                "username",
                                "ny-" + w.tag(),
                                "displayName",
                                "Ny Bruker",
                                "password",
                                "lang nok passfrase for meg")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("PENDING"));
        String hash = jdbc.sql("SELECT password_hash FROM app_user WHERE username = :u")
                .param("u", "ny-" + w.tag())
                .query(String.class)
                .single();
        assertThat(hash).startsWith("{argon2}$argon2id$");
    }

    @Test
    void coordinatorsGrantInTheirProgrammesOnlyNeverAdministratorOrEverywhereAndStaleVersionsGet409() throws Exception {
        var w = worlds.create();
        String target = "/api/v1/users/" + worlds.id(w.pending());
        long version = version(w.coordinator(), target);
        String inside = w.inside().id().toString();
        mvc.perform(grant(w.coordinator(), target, "ADMINISTRATOR", inside, null, version))
                .andExpect(status().isForbidden());
        mvc.perform(grant(w.coordinator(), target, "LESER", null, null, version))
                .andExpect(status().isForbidden());
        mvc.perform(grant(w.coordinator(), target, "LESER", w.outside().id().toString(), null, version))
                .andExpect(status().isForbidden());
        mvc.perform(grant(
                        w.coordinator(),
                        target,
                        "LESER",
                        inside,
                        w.otherProgramme().id().toString(),
                        version))
                .andExpect(status().isForbidden());
        mvc.perform(grant(w.coordinator(), target, "", inside, null, version))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("role"));

        mvc.perform(grant(
                        w.coordinator(),
                        target,
                        "GEVINSTEIER",
                        inside,
                        w.programme().id().toString(),
                        version))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"" + (version + 1) + "\""))
                .andExpect(jsonPath("$.roles[0].role").value("GEVINSTEIER"))
                .andExpect(jsonPath("$.roles[0].grantedBy").value(w.coordinator()))
                .andExpect(jsonPath("$.roles[0].grantedByName").value(w.coordinator()))
                .andExpect(
                        jsonPath("$.roles[0].programmeName").value(w.programme().name()));
        mvc.perform(grant(w.coordinator(), target, "LESER", inside, null, version))
                .andExpect(status().isConflict());

        JsonNode user = read(w.coordinator(), target);
        String grant = user.path("roles").get(0).path("id").asString();
        mvc.perform(as(w.coordinator(), delete(target + "/roles/" + grant)).header("If-Match", "\"" + version + "\""))
                .andExpect(status().isConflict());
        mvc.perform(as(w.coordinator(), delete(target + "/roles/" + grant))
                        .header("If-Match", "\"" + user.path("version").asLong() + "\""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.roles").isEmpty());
        assertThat(users.callAs(TestUsers.ADMIN, () -> auditLog.history("user", worlds.id(w.pending()))))
                .extracting(e -> e.action())
                .containsSubsequence("create", "grant-role", "withdraw-role");
    }

    @Test
    void aCoordinatorMayNotDeactivateOrResetSomeoneWhoseRolesReachBeyondTheirProgrammes() throws Exception {
        var w = worlds.create();
        String reader = "/api/v1/users/" + worlds.id(w.insideReader());
        long version = version(TestUsers.ADMIN, reader);
        mvc.perform(grant(TestUsers.ADMIN, reader, "LESER", w.outside().id().toString(), null, version))
                .andExpect(status().isOk());
        mvc.perform(as(w.coordinator(), post(reader + "/deactivate")).header("If-Match", "\"" + (version + 1) + "\""))
                .andExpect(status().isForbidden());
        mvc.perform(as(w.coordinator(), post(reader + "/password-reset"))
                        .header("If-Match", "\"" + (version + 1) + "\""))
                .andExpect(status().isForbidden());
    }

    @Test
    void aDeactivatedUserSignsInByNoRouteUntilReactivated() throws Exception {
        var w = worlds.create();
        mvc.perform(get("/api/v1/programmes").with(httpBasic(w.insideReader(), TestUsers.PASSWORD)))
                .andExpect(status().isOk());
        String target = "/api/v1/users/" + worlds.id(w.insideReader());
        long version = version(w.coordinator(), target);
        mvc.perform(as(w.coordinator(), post(target + "/deactivate"))
                        .contentType("application/json")
                        .content("{\"version\":" + version + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("DEACTIVATED"));
        mvc.perform(get("/api/v1/programmes").with(httpBasic(w.insideReader(), TestUsers.PASSWORD)))
                .andExpect(status().isUnauthorized());
        mvc.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin(
                                "/login")
                        .user(w.insideReader())
                        .password(TestUsers.PASSWORD))
                .andExpect(
                        org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers
                                .unauthenticated());
        mvc.perform(as(w.coordinator(), post(target + "/reactivate")).header("If-Match", "\"" + (version + 1) + "\""))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/programmes").with(httpBasic(w.insideReader(), TestUsers.PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(as(w.coordinator(), post("/api/v1/users/" + worlds.id(w.coordinator()) + "/deactivate"))
                        .header("If-Match", "\"0\""))
                .andExpect(status().isBadRequest());
    }

    @Test
    void afterAResetTheTemporaryPasswordOpensOnlyThePasswordPageUntilANewOneIsChosen() throws Exception {
        var w = worlds.create();
        String target = "/api/v1/users/" + worlds.id(w.insideReader());
        long version = version(TestUsers.ADMIN, target);
        JsonNode reset = json.readTree(mvc.perform(
                        as(TestUsers.ADMIN, post(target + "/password-reset")).header("If-Match", "\"" + version + "\""))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(jsonPath("$.user.mustChangePassword").value(true))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        String temporary = reset.path("temporaryPassword").asString();
        mvc.perform(get("/api/v1/programmes").with(httpBasic(w.insideReader(), TestUsers.PASSWORD)))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/programmes").with(httpBasic(w.insideReader(), temporary)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/benefits").with(users.session(w.insideReader())))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", "/account/password"));
        mvc.perform(post("/account/password")
                        .with(users.session(w.insideReader()))
                        .with(csrf())
                        .param("currentPassword", temporary)
                        .param("newPassword", "passord12345")
                        .param("repeatPassword", "passord12345"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("vanligste passordene")));
        mvc.perform(post("/account/password")
                        .with(users.session(w.insideReader()))
                        .with(csrf())
                        .param("currentPassword", temporary)
                        .param("newPassword", "en lang og egen passfrase")
                        .param("repeatPassword", "en lang og egen passfrase"))
                .andExpect(status().isFound());
        mvc.perform(get("/benefits").with(users.session(w.insideReader()))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/programmes").with(httpBasic(w.insideReader(), "en lang og egen passfrase")))
                .andExpect(status().isOk());
    }

    @Test
    void anInvitationIsAnAccountWithAnAddressAndNoPassword() throws Exception {
        var w = worlds.create();
        String email = "Invitert." + w.tag() + "@Example.no";
        mvc.perform(as(w.coordinator(), post("/api/v1/users/invitations"))
                        .contentType("application/json")
                        .content(body("email", email, "displayName", "Invitert Person")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.username").value(email.toLowerCase(java.util.Locale.ROOT)))
                .andExpect(jsonPath("$.invited").value(true))
                .andExpect(jsonPath("$.localPassword").value(false));
        mvc.perform(as(w.coordinator(), post("/api/v1/users/invitations"))
                        .contentType("application/json")
                        .content(body("email", email.toUpperCase(java.util.Locale.ROOT), "displayName", "Igjen")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItem("email")));
    }

    private MockHttpServletRequestBuilder grant(
            String as, String target, String role, String organisation, String programme, long version) {
        return as(as, post(target + "/roles"))
                .contentType("application/json")
                .content(body("role", role, "organisationId", organisation, "programmeId", programme)
                        .replace("}", ",\"version\":" + version + "}"));
    }

    private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
        return request.with(users.session(username)).with(csrf());
    }

    private long version(String as, String path) throws Exception {
        return read(as, path).path("version").asLong();
    }

    private JsonNode read(String as, String path) throws Exception {
        return json.readTree(mvc.perform(as(as, get(path)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    private List<String> usernames(String as, String path) throws Exception {
        List<String> names = new ArrayList<>();
        read(as, path).forEach(u -> names.add(u.path("username").asString()));
        return names;
    }

    private String body(String... pairs) {
        var node = json.createObjectNode();
        for (int i = 0; i < pairs.length; i += 2) {
            node.put(pairs[i], pairs[i + 1]);
        }
        return node.toString();
    }
}
