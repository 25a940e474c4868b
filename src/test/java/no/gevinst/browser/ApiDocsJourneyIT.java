package no.gevinst.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import no.gevinst.TestUsers;
import org.junit.jupiter.api.Test;

/** Swagger UI still draws the API under its own Content-Security-Policy, which allows it no inline script either. */
class ApiDocsJourneyIT extends BrowserTest {

    @Test
    void theAdministratorReadsTheApiInSwaggerUi() {
        logIn(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        page.onConsoleMessage(m -> System.out.println("CONSOLE " + m.type() + ": " + m.text()));
        page.navigate(url("/api-docs"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Organisations RHF")))
                .isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
                        .setTimeout(60_000));
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        browser.assertNothingRefusedByThePolicy();
    }
}
