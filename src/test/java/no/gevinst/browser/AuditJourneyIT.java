package no.gevinst.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import no.gevinst.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * An administrator opens the audit log from the navigation, narrows it to organisations, reads an entry's fields
 * before and after, and mistypes a date: the form names the field. Every page passes axe-core.
 */
class AuditJourneyIT extends BrowserTest {

    @Test
    void administratorSearchesTheAuditLogAndIsToldWhichFilterIsWrong() {
        logIn(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Endringslogg"))
                .click();
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName("Endringslogg").setLevel(1)))
                .isVisible();
        browser.assertAccessible();

        page.getByLabel("Type post").selectOption("user");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Søk"))
                .click();
        assertThat(page.locator("article.audit-entry").first()).containsText("Opprettet bruker");
        assertThat(page.locator("article.audit-entry table").first()).containsText("username");
        browser.assertAccessible();

        page.getByLabel("Fra og med dato").fill("31.02.2026");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Søk"))
                .click();
        assertThat(page.locator("#error-summary")).containsText("«31.02.2026» er ingen dato");
        assertThat(page.locator("#from-error")).isVisible();
        assertThat(page.getByLabel("Fra og med dato")).hasValue("31.02.2026");
        browser.assertAccessible();
    }
}
