package no.gevinst.access.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestUsers;
import no.gevinst.access.Role;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The access review: every grant in the reader's scope, as CSV too, and the withdrawal of the stale ones. */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class AccessReviewIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    UserAdministrationWorld worlds;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theCsvListsEveryGrantInTheCoordinatorsScopeWithWhoGrantedItAndNothingElse() throws Exception {
        var w = worlds.create();
        List<CSVRecord> rows = csv(w.coordinator());
        assertThat(rows.getFirst().getParser().getHeaderNames())
                .containsExactly(
                        "name",
                        "username",
                        "role",
                        "organisation",
                        "programme",
                        "grantedBy",
                        "grantedAt",
                        "lastSignInAt");
        assertThat(rows).extracting(r -> r.get("username")).contains(w.coordinator(), w.insideReader());
        assertThat(rows).extracting(r -> r.get("username")).doesNotContain(w.outsideReader(), TestUsers.ADMIN);
        CSVRecord reader = rows.stream()
                .filter(r -> r.get("username").equals(w.insideReader()))
                .findFirst()
                .orElseThrow();
        assertThat(reader.get("role")).isEqualTo(Role.LESER.name());
        assertThat(reader.get("organisation")).isEqualTo(w.inside().name());
        assertThat(reader.get("grantedAt")).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
        assertThat(reader.get("lastSignInAt")).isEmpty();
        assertThat(csv(TestUsers.ADMIN)).extracting(r -> r.get("username")).contains(w.outsideReader());
        mvc.perform(get("/admin/access-review.csv").with(users.session(w.insideReader())))
                .andExpect(status().isForbidden());
    }

    @Test
    void staleGrantsAreWithdrawnAfterAConfirmationListingThemAndTheWithdrawalIsAudited() throws Exception {
        var w = worlds.create();
        // The inside reader last signed in 200 days ago; the coordinator yesterday.
        signedIn(w.insideReader(), 200);
        signedIn(w.coordinator(), 1);
        String confirmation = mvc.perform(
                        get("/admin/access-review/stale?days=180").with(users.session(w.coordinator())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String grant = jdbc.sql("SELECT id::text FROM role_assignment WHERE user_id = :u")
                .param("u", worlds.id(w.insideReader()).value())
                .query(String.class)
                .single();
        String coordinatorsGrant = jdbc.sql("SELECT id::text FROM role_assignment WHERE user_id = :u")
                .param("u", worlds.id(w.coordinator()).value())
                .query(String.class)
                .single();
        assertThat(confirmation).contains(grant).doesNotContain(coordinatorsGrant);
        mvc.perform(post("/admin/access-review/stale")
                        .with(users.session(w.outsideReader()))
                        .with(csrf())
                        .param("days", "180")
                        .param("grant", grant))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/access-review/stale")
                        .with(users.session(w.coordinator()))
                        .with(csrf())
                        .param("days", "180")
                        .param("grant", grant))
                .andExpect(status().isFound());
        assertThat(jdbc.sql("SELECT count(*) FROM role_assignment WHERE id = :g::uuid")
                        .param("g", grant)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE entity_id = :u AND action = 'withdraw-stale-roles'")
                        .param("u", worlds.id(w.insideReader()).toString())
                        .query(Long.class)
                        .single())
                .isOne();
        mvc.perform(get("/admin/access-review").with(users.session(w.coordinator())))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(
                                org.hamcrest.Matchers.containsString(">" + w.insideReader() + "<"))));
    }

    private void signedIn(String username, int daysAgo) {
        jdbc.sql("UPDATE app_user SET last_sign_in_at = now() - make_interval(days => :d) WHERE username = :u")
                .param("d", daysAgo)
                .param("u", username)
                .update();
    }

    private List<CSVRecord> csv(String as) throws Exception {
        String text = mvc.perform(get("/admin/access-review.csv").with(users.session(as)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        CSVFormat format = CSVFormat.Builder.create(CSVFormat.EXCEL)
                .setDelimiter(';')
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        return format.parse(new StringReader(text.replace("\ufeff", ""))).getRecords();
    }
}
