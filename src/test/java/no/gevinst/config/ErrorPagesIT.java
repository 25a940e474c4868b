package no.gevinst.config;

import static no.gevinst.TestBrowser.csrfToken;
import static no.gevinst.TestBrowser.encode;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import no.gevinst.TestBrowser;
import no.gevinst.TestUsers;
import no.gevinst.access.Role;
import org.junit.jupiter.api.BeforeEach;
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

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    private TestBrowser browser;

    @BeforeEach
    void newBrowser() {
        browser = new TestBrowser(port);
    }

    @Test
    void aReaderWhoOpensAnAdministratorsFormGetsTheForbiddenPage() throws Exception {
        login(users.withRole("leser-sider", Role.LESER, null), TestUsers.PASSWORD);
        HttpResponse<String> response = browser.get("/organisations/new");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("Ingen tilgang").contains("<nav").doesNotContain("Exception");
    }

    @Test
    void anUnknownPageGetsTheNotFoundPage() throws Exception {
        login(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        HttpResponse<String> response = browser.get("/finnes/ikke");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Fant ikke siden").doesNotContain("Exception");
    }

    @Test
    void aServerErrorShowsThePageWithoutStackTrace() throws Exception {
        login(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        HttpResponse<String> response = browser.get("/error");
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
        String token = csrfToken(browser.get("/").body());
        HttpResponse<String> logout = browser.post("/logout", "_csrf=" + token);
        assertThat(logout.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?logout"));
        assertThat(browser.get("/").statusCode()).isEqualTo(302);
    }

    private void login(String username, String password) throws IOException, InterruptedException {
        String token = csrfToken(browser.get("/login").body());
        HttpResponse<String> response = browser.post(
                "/login", "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token));
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    }
}
