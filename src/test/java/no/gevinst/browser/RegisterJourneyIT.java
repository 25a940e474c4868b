package no.gevinst.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * The benefits coordinator of Helseplattformen narrows the register to a priority area, finds a benefit by free
 * text, reads its profile and corrects it; every page passes axe-core.
 */
class RegisterJourneyIT extends BrowserTest {

    @Test
    void coordinatorFiltersFindsReadsAndEditsABenefit() {
        logIn("kari", "gevinst-demo");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Programmer"))
                .click();
        assertThat(page.locator("main table")).containsText("Helseplattformen");
        browser.assertAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Helseplattformen"))
                .click();
        assertThat(page.locator("#objectives")).containsText("Redusert tidsbruk på dokumentasjon");
        browser.assertAccessible();

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Gevinstregister").setExact(true))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Gevinstregister")))
                .isVisible();
        browser.assertAccessible();

        page.getByLabel("Prioritert område").selectOption("Legemiddelhåndtering");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bruk filter"))
                .click();
        assertThat(page.locator("#results tbody tr")).hasCount(3);
        browser.assertAccessible();

        page.getByLabel("Fritekst").fill("svinn");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bruk filter"))
                .click();
        assertThat(page.locator("#results tbody tr")).hasCount(1);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Redusert svinn av legemidler på sengepost"))
                .click();
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName("Redusert svinn av legemidler på sengepost")))
                .isVisible();
        assertThat(page.locator("#warnings-heading")).isVisible();
        browser.assertAccessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Endre gevinstprofilen"))
                .click();
        browser.assertAccessible();
        page.getByLabel("Tittel", new Page.GetByLabelOptions().setExact(true)).fill("");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre"))
                .click();
        assertThat(page.locator("#error-summary")).containsText("Tittel må fylles ut.");
        browser.assertAccessible();

        page.getByLabel("Tittel", new Page.GetByLabelOptions().setExact(true))
                .fill("Redusert svinn av legemidler på sengepost");
        page.getByLabel("Observerbart resultat").fill("Kassert legemiddelverdi per måned i kroner.");
        page.getByLabel("Enheter").fill("Sengepostene ved St. Olavs hospital");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre"))
                .click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Lagret");
        assertThat(page.locator("main")).containsText("Sengepostene ved St. Olavs hospital");
        assertThat(page.locator("main")).containsText("Kassert legemiddelverdi per måned i kroner.");
        assertThat(page.locator("#changes-heading + .table-scroll table")).containsText("Observerbart resultat");
        browser.assertAccessible();

        // Abandoning without saying why: the profile again, the reason named beside its field (issue 21).
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Forkast gevinsten"))
                .click();
        assertThat(page.locator("#abandon-error-summary")).containsText("Skriv hvorfor gevinsten forkastes.");
        assertThat(page.locator("#abandon-reason")).hasAttribute("aria-invalid", "true");
        browser.assertAccessible();
    }
}
