package no.gevinst.access;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Sessions (Spring Session rows in PostgreSQL) are made by logging in and by nothing else, counted in the database
 * around real HTTP requests to the running server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SessionCreationIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    private HttpClient http;
    private long since;

    @BeforeEach
    void newBrowser() {
        http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        since = System.currentTimeMillis();
    }

    @Test
    void anonymousVisitsAndAFailedLoginStoreNoSession() throws Exception {
        HttpResponse<String> login = get("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(setCookies(login)).noneMatch(c -> c.startsWith("SESSION="));
        get("/login?lang=en");
        assertThat(get("/benefits").statusCode()).isEqualTo(302);
        assertThat(get("/finnes/ikke").statusCode()).isEqualTo(302);
        assertThat(get("/css/gevinst.css").statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/programmes").statusCode()).isEqualTo(401);
        assertThat(post("/api/v1/organisations", "name=x").statusCode()).isEqualTo(401);
        assertThat(post("/benefits/import", "").statusCode()).isEqualTo(403);
        HttpResponse<String> failed = post(
                "/login",
                "username=nobody-at-all&password=wrong&_csrf="
                        + encode(csrfToken(get("/login").body())));
        assertThat(failed.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));

        assertThat(sessionsMade()).isZero();
    }

    @Test
    void loggingInThroughTheFormMakesOneSessionAndReturnsToThePageAskedFor() throws Exception {
        get("/benefits");
        String token = csrfToken(get("/login").body());
        HttpResponse<String> login = post(
                "/login",
                "username=" + TestUsers.ADMIN + "&password=" + encode(TestUsers.ADMIN_PASSWORD) + "&_csrf="
                        + encode(token));

        assertThat(login.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("/benefits"));
        assertThat(setCookies(login)).anyMatch(c -> c.startsWith("SESSION="));
        assertThat(sessionsMade()).isOne();
        assertThat(get("/benefits").statusCode()).isEqualTo(200);
    }

    @Test
    void theLoginFormStillNeedsItsCsrfToken() throws Exception {
        get("/login");
        HttpResponse<String> forged =
                post("/login", "username=" + TestUsers.ADMIN + "&password=" + encode(TestUsers.ADMIN_PASSWORD));
        assertThat(forged.statusCode()).isEqualTo(403);
        HttpResponse<String> guessed = post(
                "/login",
                "username=" + TestUsers.ADMIN + "&password=" + encode(TestUsers.ADMIN_PASSWORD) + "&_csrf=guess");
        assertThat(guessed.statusCode()).isEqualTo(403);
        assertThat(sessionsMade()).isZero();
    }

    /** Sessions created since the test began: others' older sessions may expire meanwhile without disturbing it. */
    private long sessionsMade() {
        return jdbc.sql("SELECT count(*) FROM spring_session WHERE creation_time >= :since")
                .param("since", since)
                .query(Long.class)
                .single();
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

    private static java.util.List<String> setCookies(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie");
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
