package no.gevinst.access;

import static no.gevinst.access.TestIdentityProvider.TEST_ID;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import no.gevinst.TestOrganisationNumbers;
import no.gevinst.TestUsers;
import no.gevinst.organisation.OrganisationInput;
import no.gevinst.organisation.Organisations;
import no.gevinst.shared.OrganisationId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * A role granted or withdrawn while the person is signed in takes effect on their next request, in the session they
 * already have: a pending person does not have to sign in again to get in, and a withdrawn role stops working at
 * once rather than when the session ends hours later. A person deactivated meanwhile loses the session.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestIdentityProvider.Registrations.class)
class RolesTakeEffectAtOnceIT {

    private static final String NO_ACCESS_YET = "Du har ennå ingen tilgang";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    @Autowired
    Organisations organisations;

    private final HttpClient administrator = HttpClient.newHttpClient();

    @Test
    void aRoleGrantedOrWithdrawnChangesWhatTheSignedInPersonMayDoOnTheirNextRequest() throws Exception {
        OrganisationId hospital = users.callAs(
                TestUsers.ADMIN,
                () -> organisations
                        .create(new OrganisationInput(
                                "Straksvik sykehus "
                                        + UUID.randomUUID().toString().substring(0, 6),
                                "HF",
                                TestOrganisationNumbers.unique(),
                                null))
                        .id());
        String subject = UUID.randomUUID().toString();
        TestIdentityProvider.nextSignIn(TEST_ID, subject, Map.of("name", "Stine Straks"));
        TestIdentityProvider.Browser person = new TestIdentityProvider.Browser(port);
        person.signIn(TEST_ID);
        UUID user = userOf(subject);
        assertThat(person.get("/").body()).contains(NO_ACCESS_YET);

        HttpResponse<String> granted = asAdministrator(
                "POST",
                "/api/v1/users/" + user + "/roles",
                "{\"role\":\"GEVINSTKOORDINATOR\",\"organisationId\":\"" + hospital + "\",\"version\":"
                        + versionOf(user) + "}");
        assertThat(granted.statusCode()).as(granted.body()).isEqualTo(200);

        assertThat(person.get("/").body()).doesNotContain(NO_ACCESS_YET).contains("Gevinstkoordinator");
        assertThat(person.get("/programmes/new").statusCode()).isEqualTo(200);

        UUID grant = jdbc.sql("SELECT id FROM role_assignment WHERE user_id = :u")
                .param("u", user)
                .query(UUID.class)
                .single();
        HttpResponse<String> withdrawn =
                asAdministrator("DELETE", "/api/v1/users/" + user + "/roles/" + grant, null, versionOf(user));
        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isLessThan(300);

        assertThat(person.get("/programmes/new").statusCode()).isEqualTo(403);
        assertThat(person.get("/").body()).contains(NO_ACCESS_YET);

        jdbc.sql("UPDATE app_user SET enabled = false WHERE id = :u")
                .param("u", user)
                .update();
        HttpResponse<String> afterDeactivation = person.get("/");
        assertThat(afterDeactivation.statusCode()).isEqualTo(302);
        assertThat(afterDeactivation.headers().firstValue("Location").orElseThrow())
                .endsWith("/login");
    }

    private HttpResponse<String> asAdministrator(String method, String path, String body) throws Exception {
        return asAdministrator(method, path, body, -1);
    }

    private HttpResponse<String> asAdministrator(String method, String path, String body, long ifMatch)
            throws Exception {
        String credentials = TestUsers.ADMIN + ":" + TestUsers.ADMIN_PASSWORD;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (ifMatch >= 0) {
            request.header("If-Match", "\"" + ifMatch + "\"");
        }
        return administrator.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private UUID userOf(String subject) {
        return TestIdentityProvider.userOf(jdbc, TEST_ID, subject).orElseThrow();
    }

    private long versionOf(UUID user) {
        return jdbc.sql("SELECT version FROM app_user WHERE id = :u")
                .param("u", user)
                .query(Long.class)
                .single();
    }
}
