package no.gevinst.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestParties;
import no.gevinst.TestUsers;
import no.gevinst.access.Role;
import no.gevinst.access.RoleAssignment;
import no.gevinst.access.domain.UserAccounts;
import no.gevinst.indicator.Indicator;
import no.gevinst.organisation.Organisation;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * API tokens as machines use them: made once with a person's password (or on the page), then sent as {@code
 * Authorization: Bearer} on every call, acting as their user with only the roles they carry and the user still holds.
 */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class ApiTokenIT {

    private static final String INVALID_TOKEN = "Bearer error=\"invalid_token\"";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestParties world;

    @Autowired
    TestUsers users;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aTokenReadsAndRecordsMeasurementsAsItsUserWhoIsNamedInTheAuditLog() throws Exception {
        String user = user(new RoleAssignment(Role.MAALEANSVARLIG, world.owner().id()));
        Indicator indicator = world.indicator(world.benefit("Målt av maskin"));
        String secret = secret(create(user, measurerOf(world.owner())));
        long audited = auditedBy(user);

        mvc.perform(get("/api/v1/programmes").header(HttpHeaders.AUTHORIZATION, "Bearer " + secret))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id")
                        .value(Matchers.hasItem(world.programme().id().toString())));
        mvc.perform(get("/api/v1/indicators/" + indicator.id()).header(HttpHeaders.AUTHORIZATION, "Bearer " + secret))
                .andExpect(status().isOk());
        record(indicator, world.owner(), bearer(secret)).andExpect(status().isOk());

        assertThat(auditedBy(user)).as("audit entries naming the token's user").isGreaterThan(audited);
    }

    @Test
    void aTokenAskedForWithoutScopesCarriesEveryRoleItsUserHoldsAsTheReadmeShows() throws Exception {
        String user = user(
                new RoleAssignment(Role.MAALEANSVARLIG, world.owner().id()),
                new RoleAssignment(Role.LESER, world.party().id()));
        Indicator indicator = world.indicator(world.benefit("Målt med README-nøkkel"));

        JsonNode created = create(user, "{\"name\":\"Målinger fra datavarehuset\",\"expiresInDays\":30}");
        assertThat(created.get("scopes").findValuesAsString("role"))
                .containsExactlyInAnyOrder("MAALEANSVARLIG", "LESER");
        record(indicator, world.owner(), bearer(secret(created))).andExpect(status().isOk());
        createRequest(user, "{\"name\":\"Ingen roller\",\"scopes\":[]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("scopes"));
    }

    @Test
    void aTokenIsRefusedWhatItsRolesDoNotGiveEvenWhenItsUserHoldsMore() throws Exception {
        String user = user(
                new RoleAssignment(Role.MAALEANSVARLIG, world.owner().id()),
                new RoleAssignment(Role.GEVINSTKOORDINATOR, world.owner().id()));
        Indicator indicator = world.indicator(world.benefit("Bare måling"));
        String secret = secret(create(user, measurerOf(world.owner())));
        String change = "/api/v1/indicators/" + indicator.id();

        // The coordinator role the user holds opens the indicator to their password (a stale version: 409), not to
        // the token that carries only måleansvarlig.
        mvc.perform(put(change)
                        .with(httpBasic(user, TestUsers.PASSWORD))
                        .header(HttpHeaders.IF_MATCH, "\"999\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isConflict());
        mvc.perform(put(change)
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + secret)
                        .header(HttpHeaders.IF_MATCH, "\"999\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isForbidden());
        // Nor may it record for the party, where the user measures nothing.
        record(indicator, world.party(), bearer(secret)).andExpect(status().isBadRequest());
    }

    @Test
    void anUnknownExpiredOrRevokedTokenAndOneOfADeactivatedUserAreRefusedWith401() throws Exception {
        String user = user(new RoleAssignment(Role.MAALEANSVARLIG, world.owner().id()));
        JsonNode expiring = create(user, measurerOf(world.owner()));
        JsonNode revoking = create(user, measurerOf(world.owner()));
        String deactivated =
                user(new RoleAssignment(Role.MAALEANSVARLIG, world.owner().id()));
        JsonNode ofDeactivated = create(deactivated, measurerOf(world.owner()));
        for (JsonNode token : new JsonNode[] {expiring, revoking, ofDeactivated}) {
            readWith(secret(token)).andExpect(status().isOk());
        }

        jdbc.sql("UPDATE api_token SET created_at = now() - interval '2 days', expires_at = now() - interval '1 day'"
                        + " WHERE id = :id")
                .param("id", UUID.fromString(expiring.get("id").asString()))
                .update();
        mvc.perform(post("/api/v1/tokens/" + revoking.get("id").asString() + "/revoke")
                        .with(httpBasic(user, TestUsers.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REVOKED"))
                .andExpect(jsonPath("$.revokedBy").value(user));
        jdbc.sql("UPDATE app_user SET enabled = false WHERE username = :u")
                .param("u", deactivated)
                .update();

        String unknown = "gvt_" + "A".repeat(43);
        for (String secret :
                new String[] {secret(expiring), secret(revoking), secret(ofDeactivated), unknown, "not-a-token"}) {
            readWith(secret)
                    .andExpect(status().isUnauthorized())
                    .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, INVALID_TOKEN))
                    .andExpect(jsonPath("$.status").value(401))
                    .andExpect(jsonPath("$.detail").isNotEmpty());
        }
    }

    @Test
    void aRoleWithdrawnFromTheUserIsGoneFromTheirTokenAtOnce() throws Exception {
        String user = user(
                new RoleAssignment(Role.MAALEANSVARLIG, world.owner().id()),
                new RoleAssignment(Role.LESER, world.owner().id()));
        Indicator indicator = world.indicator(world.benefit("Rolle trukket"));
        String secret = secret(
                create(user, """
                {"name":"Måler og leser","scopes":[{"role":"MAALEANSVARLIG","organisationId":"%s"},
                                                   {"role":"LESER","organisationId":"%s"}]}""".formatted(world.owner().id(), world.owner().id())));
        record(indicator, world.owner(), bearer(secret)).andExpect(status().isOk());

        jdbc.sql("""
                        DELETE FROM role_assignment
                        WHERE user_id = (SELECT id FROM app_user WHERE username = :u) AND role = 'MAALEANSVARLIG'
                        """).param("u", user).update();

        // Still a reader through the token, no longer a measurer.
        mvc.perform(get("/api/v1/indicators/" + indicator.id()).with(bearer(secret)))
                .andExpect(status().isOk());

        record(indicator, world.owner(), bearer(secret)).andExpect(status().isForbidden());
    }

    @Test
    void onlyTheSecretsHashIsStoredAndTheSecretIsGivenOnlyInTheAnswerToItsCreation() throws Exception {
        String user = user(new RoleAssignment(Role.MAALEANSVARLIG, world.owner().id()));
        JsonNode created = create(user, measurerOf(world.owner()));
        String secret = secret(created);
        String id = created.get("id").asString();

        assertThat(secret).matches("gvt_[A-Za-z0-9_-]{43}");
        Map<String, Object> row = jdbc.sql("SELECT * FROM api_token WHERE id = :id")
                .param("id", UUID.fromString(id))
                .query()
                .singleRow();
        assertThat(row.get("token_hash")).isEqualTo(sha256(secret));
        assertThat(row.get("prefix")).isEqualTo(secret.substring(0, 10));
        assertThat(row.values()).noneMatch(v -> String.valueOf(v).contains(secret));
        String audit = jdbc.sql("SELECT string_agg(coalesce(before_state::text, '') || after_state::text, ' ')"
                        + " FROM audit_log WHERE entity_id = :id")
                .param("id", id)
                .query(String.class)
                .single();
        assertThat(audit).contains(id).doesNotContain(secret).doesNotContain(sha256(secret));

        String list = mvc.perform(get("/api/v1/tokens").with(httpBasic(user, TestUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(id))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String one = mvc.perform(get("/api/v1/tokens/" + id).with(httpBasic(user, TestUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String page = mvc.perform(get("/tokens").with(users.session(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        for (String later : new String[] {list, one, page}) {
            assertThat(later).contains(secret.substring(0, 10)).doesNotContain(secret);
        }
    }

    @Test
    void thePageShowsANewTokensSecretOnceWithoutStoringItAnywhere() throws Exception {
        String user = user(new RoleAssignment(Role.MAALEANSVARLIG, world.owner().id()));
        String scope = "MAALEANSVARLIG|" + world.owner().id() + "|";
        String form = mvc.perform(get("/tokens").with(users.session(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(form)
                .contains("value=\"" + scope + "\"")
                .contains(world.owner().name());

        var answer = mvc.perform(post("/tokens")
                        .with(users.session(user))
                        .with(csrf())
                        .param("name", "Rapportjobb")
                        .param("expiresInDays", "30")
                        .param("scopes", scope))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, Matchers.containsString("no-store")))
                .andReturn();
        String body = answer.getResponse().getContentAsString(StandardCharsets.UTF_8);
        var secret = java.util.regex.Pattern.compile("gvt_[A-Za-z0-9_-]{43}").matcher(body);
        assertThat(secret.find()).as("the secret on the page").isTrue();
        assertThat(answer.getFlashMap().isEmpty())
                .as("nothing kept for the next request")
                .isTrue();

        readWith(secret.group()).andExpect(status().isOk());
        assertThat(mvc.perform(get("/tokens").with(users.session(user)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("Rapportjobb")
                .doesNotContain(secret.group());
    }

    @Test
    void aTokensUseIsNotedAtMostOnceAMinute() throws Exception {
        String user = user(new RoleAssignment(Role.MAALEANSVARLIG, world.owner().id()));
        JsonNode created = create(user, measurerOf(world.owner()));
        UUID id = UUID.fromString(created.get("id").asString());
        assertThat(lastUsed(id)).isNull();

        readWith(secret(created)).andExpect(status().isOk());
        assertThat(lastUsed(id)).isNotNull();

        // Used 30 seconds ago: another call writes nothing; used two minutes ago: it is noted again.
        jdbc.sql("UPDATE api_token SET last_used_at = now() - interval '30 seconds' WHERE id = :id")
                .param("id", id)
                .update();
        var recent = lastUsed(id);
        readWith(secret(created)).andExpect(status().isOk());
        assertThat(lastUsed(id)).isEqualTo(recent);
        jdbc.sql("UPDATE api_token SET last_used_at = now() - interval '2 minutes' WHERE id = :id")
                .param("id", id)
                .update();
        var old = lastUsed(id);
        readWith(secret(created)).andExpect(status().isOk());
        assertThat(lastUsed(id)).isAfter(old);
        // A use is no change: the version read before it still revokes.
        mvc.perform(post("/api/v1/tokens/" + id + "/revoke")
                        .with(httpBasic(user, TestUsers.PASSWORD))
                        .header(HttpHeaders.IF_MATCH, "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk());
    }

    @Test
    void aTokenCarriesOnlyRolesItsUserHoldsAndCannotMakeTokensItself() throws Exception {
        String user = user(new RoleAssignment(Role.MAALEANSVARLIG, world.owner().id()));
        long before = world.rowsWritten();

        createRequest(user, """
                        {"name":"For mye","scopes":[{"role":"GEVINSTKOORDINATOR","organisationId":"%s"}]}""".formatted(world.owner().id()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("scopes[0]"));
        createRequest(user, """
                        {"name":"Annen virksomhet","scopes":[{"role":"MAALEANSVARLIG","organisationId":"%s"}]}""".formatted(world.party().id()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("scopes[0]"));
        createRequest(user, measurerOf(world.owner()).replace("\"scopes\"", "\"expiresInDays\":366,\"scopes\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("expiresInDays"));
        // Only administrators name another user, and only a service account.
        createRequest(user, measurerOf(world.owner()).replace("\"scopes\"", "\"user\":\"admin\",\"scopes\""))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/tokens")
                        .with(httpBasic(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(measurerOf(world.owner())
                                .replace("\"scopes\"", "\"user\":\"" + user + "\",\"scopes\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("user"));
        mvc.perform(get("/api/v1/tokens").param("user", TestUsers.ADMIN).with(httpBasic(user, TestUsers.PASSWORD)))
                .andExpect(status().isForbidden());
        assertThat(world.rowsWritten()).isEqualTo(before);

        String secret = secret(create(user, measurerOf(world.owner())));
        mvc.perform(post("/api/v1/tokens")
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + secret)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(measurerOf(world.owner())))
                .andExpect(status().isForbidden());
    }

    @Test
    void anAdministratorMakesAServiceAccountAndItsTokenWhichActsAsTheAccount() throws Exception {
        String username = "svc-" + UUID.randomUUID().toString().substring(0, 8);
        Indicator indicator = world.indicator(world.benefit("Målt av tjenestekonto"));
        mvc.perform(post("/api/v1/service-accounts")
                        .with(httpBasic(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"username":"%s","displayName":"Datavarehuset",
                                 "roles":[{"role":"MAALEANSVARLIG","organisationId":"%s"}]}""".formatted(username, world.owner().id())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.roles[0].organisationName")
                        .value(world.owner().name()));
        String secret = secret(json.readTree(mvc.perform(post("/api/v1/tokens")
                        .with(httpBasic(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(measurerOf(world.owner())
                                .replace("\"scopes\"", "\"user\":\"" + username + "\",\"scopes\"")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.user").value(username))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8)));

        record(indicator, world.owner(), bearer(secret)).andExpect(status().isOk());
        assertThat(auditedBy(username)).isPositive();
        // It has no password to sign in with.
        mvc.perform(get("/api/v1/programmes").with(httpBasic(username, ""))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/service-accounts").with(httpBasic(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].username").value(Matchers.hasItem(username)));
    }

    @Test
    void aStaleVersionDoesNotRevokeAndSomeoneElsesTokenIsNotFound() throws Exception {
        String user = user(new RoleAssignment(Role.MAALEANSVARLIG, world.owner().id()));
        String other =
                user(new RoleAssignment(Role.MAALEANSVARLIG, world.owner().id()));
        JsonNode created = create(user, measurerOf(world.owner()));
        String path = "/api/v1/tokens/" + created.get("id").asString() + "/revoke";

        mvc.perform(post(path)
                        .with(httpBasic(other, TestUsers.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0}"))
                .andExpect(status().isNotFound());
        mvc.perform(post(path)
                        .with(httpBasic(user, TestUsers.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":7}"))
                .andExpect(status().isConflict());
        readWith(secret(created)).andExpect(status().isOk());
    }

    @Test
    void thePageRefusesAStaleOrUnreadableRevocationOnTheListAndRevokesACurrentOne() throws Exception {
        String user = user(new RoleAssignment(Role.MAALEANSVARLIG, world.owner().id()));
        JsonNode created = create(user, measurerOf(world.owner()));
        String path = "/tokens/" + created.get("id").asString() + "/revoke";

        for (String[] refusal : new String[][] {{"7", "409", "Noen andre har endret dette"}, {"abc", "422", ""}}) {
            String body = mvc.perform(
                            post(path).with(users.session(user)).with(csrf()).param("version", refusal[0]))
                    .andExpect(status().is(Integer.parseInt(refusal[1])))
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(body)
                    .contains("id=\"revoke-error-summary\"")
                    .contains(refusal[2])
                    .contains("Datavarehus");
        }
        readWith(secret(created)).andExpect(status().isOk());

        mvc.perform(post(path).with(users.session(user)).with(csrf()).param("version", "0"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string(HttpHeaders.LOCATION, "/tokens"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("revoked", "Datavarehus"));
        readWith(secret(created)).andExpect(status().isUnauthorized());
    }

    @Test
    void theOpenApiDocumentOffersTheBearerSchemeSoThatSwaggerUiAsksForAToken() throws Exception {
        mvc.perform(get("/api/v1/openapi.json").with(httpBasic(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(
                        jsonPath("$.components.securitySchemes.bearer.scheme").value("bearer"))
                .andExpect(jsonPath("$.security[*].bearer").exists());
    }

    private String user(RoleAssignment... roles) {
        String username = "tk-" + UUID.randomUUID().toString().substring(0, 8);
        users.runAs(TestUsers.ADMIN, () -> accounts.create(username, "Maskin " + username, TestUsers.PASSWORD, roles));
        return username;
    }

    private static String measurerOf(Organisation organisation) {
        return """
                {"name":"Datavarehus","scopes":[{"role":"MAALEANSVARLIG","organisationId":"%s"}]}""".formatted(organisation.id());
    }

    private ResultActions createRequest(String user, String body) throws Exception {
        return mvc.perform(post("/api/v1/tokens")
                .with(httpBasic(user, TestUsers.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    /** A token made the way the README shows: one call with the user's password. */
    private JsonNode create(String user, String body) throws Exception {
        return json.readTree(createRequest(user, body)
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, Matchers.containsString("no-store")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    private static String secret(JsonNode created) {
        return created.get("secret").asString();
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor bearer(String secret) {
        return request -> {
            request.addHeader(HttpHeaders.AUTHORIZATION, "Bearer " + secret);
            return request;
        };
    }

    private ResultActions readWith(String secret) throws Exception {
        return mvc.perform(get("/api/v1/programmes").header(HttpHeaders.AUTHORIZATION, "Bearer " + secret));
    }

    private ResultActions record(
            Indicator indicator,
            Organisation organisation,
            org.springframework.test.web.servlet.request.RequestPostProcessor as)
            throws Exception {
        return mvc.perform(post("/api/v1/indicators/" + indicator.id() + "/measurements")
                .with(as)
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        [{"value":"12","periodStart":"2025-03-01","periodEnd":"2025-03-31","organisation":"%s"}]
                        """.formatted(organisation.id())));
    }

    private long auditedBy(String user) {
        return jdbc.sql("SELECT count(*) FROM audit_log WHERE actor = :u")
                .param("u", user)
                .query(Long.class)
                .single();
    }

    private java.time.OffsetDateTime lastUsed(UUID id) {
        return jdbc.sql("SELECT last_used_at FROM api_token WHERE id = :id")
                .param("id", id)
                .query(java.time.OffsetDateTime.class)
                .list()
                .getFirst();
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
