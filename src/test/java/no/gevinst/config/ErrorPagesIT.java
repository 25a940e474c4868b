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

    // (issue 17: layout) Error pages keep the whole navigation and say what the user can do next.

    @Test
    void aRecordThatDoesNotExistKeepsTheNavigationAndOffersAWayBack() throws Exception {
        login(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        String missing = "/benefits/00000000-0000-0000-0000-000000000000";
        HttpResponse<String> response = browser.getFrom(missing, "/benefits?q=x");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body())
                .as("the 404 rendered by the exception handler has the layout's model too")
                .contains("Fant ikke siden")
                .contains("class=\"site-nav\"")
                .containsPattern("href=\"/benefits\"\\s+aria-current=\"page\"")
                .contains("Innlogget som")
                .contains("Hva kan du gjøre nå?")
                .contains("href=\"/benefits?q=x\">Gå tilbake til siden du kom fra")
                .contains("href=\"" + missing + "?lang=en\"");
    }

    @Test
    void anUnknownPageKeepsTheNavigationWithLinksToTheAddressAskedFor() throws Exception {
        login(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        HttpResponse<String> response = browser.get("/finnes/ikke");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body())
                .contains("class=\"site-nav\"")
                .as("the language links of the error dispatch point at the page asked for, not at /error")
                .contains("href=\"/finnes/ikke?lang=nn\"")
                .doesNotContain("/error?lang");
    }

    @Test
    void aForbiddenPageTellsTheUserWhomToAskAndKeepsTheNavigation() throws Exception {
        login(users.withRole("leser-neste", Role.LESER, null), TestUsers.PASSWORD);
        HttpResponse<String> response = browser.getFrom("/organisations/new", "/organisations");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body())
                .contains("class=\"site-nav\"")
                .contains("Spør en administrator")
                .contains("href=\"/organisations\">Gå tilbake til siden du kom fra")
                .doesNotContain("Logg inn på nytt");
    }

    @Test
    void aWriteRefusedForWantOfASessionOffersToSignInAgain() throws Exception {
        HttpResponse<String> response = browser.post("/organisations", "name=Ny");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body())
                .contains("Du er ikke logget inn lenger")
                .contains("href=\"/login\">Logg inn på nytt");
    }

    @Test
    void aRefusedValueKeepsTheNavigation() throws Exception {
        login(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        HttpResponse<String> response = browser.get("/programmes?lang=@@");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body())
                .contains("lang")
                .contains("class=\"site-nav\"")
                .contains("Innlogget som");
    }

    @Test
    void aServerErrorOffersToTryAgain() throws Exception {
        login(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        HttpResponse<String> response = browser.get("/error");
        assertThat(response.body()).contains("class=\"site-nav\"").contains(">Prøv igjen</a>");
    }

    @Test
    void theIconsAndTheManifestAreThereForEveryoneWithoutASession() throws Exception {
        for (String[] file : new String[][] {
            {"/favicon.ico", "image/x-icon"},
            {"/images/gevinst.svg", "image/svg+xml"},
            {"/images/apple-touch-icon.png", "image/png"},
            {"/images/icon-192.png", "image/png"},
            {"/images/icon-512.png", "image/png"},
            {"/images/icon-512-maskable.png", "image/png"},
            {"/manifest.webmanifest", "application/manifest+json"}
        }) {
            HttpResponse<String> response = browser.get(file[0]);
            assertThat(response.statusCode()).as(file[0]).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type"))
                    .as(file[0])
                    .hasValueSatisfying(type -> assertThat(type).startsWith(file[1]));
            assertThat(response.headers().allValues("Set-Cookie")).as(file[0]).isEmpty();
        }
        assertThat(browser.get("/login").body())
                .contains("rel=\"icon\" href=\"/favicon.ico\"")
                .contains("rel=\"icon\" href=\"/images/gevinst.svg\" type=\"image/svg+xml\"")
                .contains("rel=\"apple-touch-icon\" href=\"/images/apple-touch-icon.png\"")
                .contains("rel=\"manifest\" href=\"/manifest.webmanifest\"");
    }

    private void login(String username, String password) throws IOException, InterruptedException {
        String token = csrfToken(browser.get("/login").body());
        HttpResponse<String> response = browser.post(
                "/login", "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token));
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    }
}
