package no.gevinst.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * (issue 19) The coordinator follows the programme page to Helseplattformen's benefit-driven configuration, records
 * an optimisation that serves a KPI produced by a report in the solution, reads it with its KPI, and finds on the
 * list the share of the indicators delivered by machine with its formula and the optimisations ranked by value, at
 * phone, tablet and laptop widths with axe. The decision is deleted again, so that the demo keeps its two.
 */
class ConfigDecisionJourneyIT extends BrowserTest {

    private static final String TITLE = "Påminnelse om digital timebestilling i Helsenorge-appen (reise)";

    @Test
    void coordinatorRecordsADecisionWithAKpiAndSeesTheShareAndTheRankedOptimisations() {
        logIn("kari", "gevinst-demo");
        page.navigate(url("/programmes"));
        page.locator("tr", new Page.LocatorOptions().setHasText("Helseplattformen"))
                .getByRole(AriaRole.LINK)
                .first()
                .click();
        page.locator("#programme-configuration").click();
        page.locator("#new-config-decision").click();
        page.locator("#title").fill(TITLE);
        page.locator("#workflow").fill("Digital timebestilling poliklinikk");
        page.locator("#solutionKind").selectOption("EHR");
        page.locator("#solution").fill("Helseplattformen");
        page.locator("#release").fill("Forvaltningsversjon høsten 2026");
        page.locator("#stage").selectOption("PROPOSED");
        page.locator("#kpis0\\.indicatorId").selectOption(new SelectOption().setIndex(1));
        page.locator("#kpis0\\.production").selectOption("REPORT");
        page.locator("#kpis0\\.reference").fill("Rapport: timer bestilt digitalt per måned");
        browser.assertAccessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre"))
                .click();

        assertThat(page.locator(".ds-alert")).containsText(TITLE);
        assertThat(page.locator("#served-kpis")).containsText("Rapport: timer bestilt digitalt per måned");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gevinstdrevet konfigurasjon"))
                .first()
                .click();
        assertThat(page.locator("#delivery-figure")).containsText(" av ");
        assertThat(page.locator("#delivery-figure")).containsText("%");
        assertThat(page.locator("#optimisation-backlog")).containsText(TITLE);
        assertThat(page.locator("#optimisation-backlog tbody tr")
                        .first()
                        .locator("td")
                        .first())
                .hasText("1");
        for (int width : new int[] {375, 768, 1366}) {
            page.setViewportSize(width, 900);
            browser.assertAccessible();
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target/configuration-" + width + ".png"))
                    .setFullPage(true));
        }

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(TITLE))
                .first()
                .click();
        page.locator("#edit-config-decision").click();
        page.locator("#delete-config-decision").click();
        assertThat(page.locator(".ds-alert")).containsText(TITLE);
    }
}
