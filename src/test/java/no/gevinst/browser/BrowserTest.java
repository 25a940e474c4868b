package no.gevinst.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A journey in Chromium against the whole application on a random port, with one browser per test. Every page the
 * journey visits is checked as it loads: no wider than a phone's, a tablet's or a laptop's screen, no unresolved
 * message key, no axe violation ({@link VisitedPages}); a fault fails the test at its next accessibility check or
 * at its end.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
abstract class BrowserTest {

    @LocalServerPort
    int port;

    BrowserSession browser;
    Page page;

    @BeforeEach
    void openBrowser() {
        browser = BrowserSession.open(url(""));
        page = browser.page;
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    void logIn(String username, String password) {
        page.navigate(url("/login"));
        page.getByLabel("Brukernavn", new Page.GetByLabelOptions().setExact(true))
                .fill(username);
        page.getByLabel("Passord", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg inn"))
                .click();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }
}
