package no.gevinst.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.gevinst.TestUsers;
import no.gevinst.access.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** The error pages as a logged-in browser gets them from the real server: in the page shell, without stack traces. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ErrorPagesIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Test
    void aReaderWhoOpensAnAdministratorsFormGetsTheForbiddenPage() throws Exception {
        login(users.withRole("leser-sider", Role.LESER, null), TestUsers.PASSWORD);
        HttpResponse<String> response = get("/organisations/new");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("Ingen tilgang").contains("<nav").doesNotContain("Exception");
    }

    @Test
    void anUnknownPageGetsTheNotFoundPage() throws Exception {
        login(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        HttpResponse<String> response = get("/finnes/ikke");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Fant ikke siden").doesNotContain("Exception");
    }

    @Test
    void aServerErrorShowsThePageWithoutStackTrace() throws Exception {
        login(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        HttpResponse<String> response = get("/error");
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body())
                .contains("Noe gikk galt hos oss")
                .doesNotContain("Exception")
                .doesNotContain("at no.gevinst");
    }

    @Test
    void theSessionOfALoggedInUserIsStoredInPostgres() throws Exception {
        login(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        assertThat(jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = :name")
                        .param("name", TestUsers.ADMIN)
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    @Test
    void loggingOutEndsTheSession() throws Exception {
        login(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        String token = csrfToken(get("/").body());
        HttpResponse<String> logout = post("/logout", "_csrf=" + token);
        assertThat(logout.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?logout"));
        assertThat(get("/").statusCode()).isEqualTo(302);
    }

    private void login(String username, String password) throws IOException, InterruptedException {
        String token = csrfToken(get("/login").body());
        HttpResponse<String> response = post(
                "/login", "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token));
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept", "text/html")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String csrfToken(String html) {
        Matcher matcher = CSRF.matcher(html);
        assertThat(matcher.find()).as("page has a CSRF token").isTrue();
        return matcher.group(1);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
