package no.gevinst.access;

import static no.gevinst.TestBrowser.csrfToken;
import static no.gevinst.TestBrowser.encode;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import no.gevinst.TestBrowser;
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

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    private TestBrowser browser;
    private long since;

    @BeforeEach
    void newBrowser() {
        browser = new TestBrowser(port);
        since = System.currentTimeMillis();
    }

    @Test
    void anonymousVisitsAndAFailedLoginStoreNoSession() throws Exception {
        HttpResponse<String> login = browser.get("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(setCookies(login)).noneMatch(c -> c.startsWith("SESSION="));
        browser.get("/login?lang=en");
        assertThat(browser.get("/benefits").statusCode()).isEqualTo(302);
        assertThat(browser.get("/finnes/ikke").statusCode()).isEqualTo(302);
        assertThat(browser.get("/css/gevinst.css").statusCode()).isEqualTo(200);
        assertThat(browser.get("/api/v1/programmes").statusCode()).isEqualTo(401);
        assertThat(browser.post("/api/v1/organisations", "name=x").statusCode()).isEqualTo(401);
        assertThat(browser.post("/benefits/import", "").statusCode()).isEqualTo(403);
        HttpResponse<String> failed = browser.post(
                "/login",
                "username=nobody-at-all&password=wrong&_csrf="
                        + encode(csrfToken(browser.get("/login").body())));
        assertThat(failed.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));

        assertThat(sessionsMade()).isZero();
    }

    @Test
    void loggingInThroughTheFormMakesOneSessionAndReturnsToThePageAskedFor() throws Exception {
        browser.get("/benefits");
        String token = csrfToken(browser.get("/login").body());
        HttpResponse<String> login = browser.post(
                "/login",
                "username=" + TestUsers.ADMIN + "&password=" + encode(TestUsers.ADMIN_PASSWORD) + "&_csrf="
                        + encode(token));

        assertThat(login.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("/benefits"));
        assertThat(setCookies(login)).anyMatch(c -> c.startsWith("SESSION="));
        assertThat(sessionsMade()).isOne();
        assertThat(browser.get("/benefits").statusCode()).isEqualTo(200);
    }

    @Test
    void theLoginFormStillNeedsItsCsrfToken() throws Exception {
        browser.get("/login");
        HttpResponse<String> forged =
                browser.post("/login", "username=" + TestUsers.ADMIN + "&password=" + encode(TestUsers.ADMIN_PASSWORD));
        assertThat(forged.statusCode()).isEqualTo(403);
        HttpResponse<String> guessed = browser.post(
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

    private static java.util.List<String> setCookies(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie");
    }
}
