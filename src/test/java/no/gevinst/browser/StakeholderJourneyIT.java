package no.gevinst.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The coordinator follows the programme page to Helseplattformen's stakeholder analysis, reads the grid (quadrant
 * names and numbered points in the drawing) and the table beside it at phone, tablet and laptop widths, opens the
 * union representatives, gives them an interest of 7 and sees the field named, and plans an action without a date or
 * responsible person. Axe checks each page; screenshots of the grid are kept under target/ to look at. Nothing is
 * saved.
 */
class StakeholderJourneyIT extends BrowserTest {

    @Test
    void coordinatorReadsTheGridAndTheFormsNameWhatIsWrong() {
        logIn("kari", "gevinst-demo");
        page.navigate(url("/programmes"));
        page.locator("tr", new Page.LocatorOptions().setHasText("Helseplattformen"))
                .getByRole(AriaRole.LINK)
                .first()
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Interessentanalyse"))
                .click();
        Locator grid = page.locator(".stakeholder-grid svg");
        assertThat(grid).containsText("Følg tett");
        assertThat(grid).containsText("Hold informert");
        assertThat(page.locator("#stakeholder-table")).containsText("Ledere på seksjonsnivå");
        assertThat(page.locator("#stakeholder-plan")).containsText("Tiltak: Ingrid Aune, frist 31.03.2022");
        for (int width : new int[] {375, 768, 1366}) {
            page.setViewportSize(width, 900);
            browser.assertAccessible();
            if (width == 1366) {
                // The table fits beside or under the grid without scrolling in its own region.
                org.assertj.core.api.Assertions.assertThat((Boolean)
                                page.locator(".stakeholder-table").evaluate("e => e.scrollWidth <= e.clientWidth"))
                        .as("the stakeholder table scrolls sideways at 1366 px")
                        .isTrue();
            }
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target/stakeholders-" + width + ".png"))
                    .setFullPage(true));
        }
        grid.screenshot(new Locator.ScreenshotOptions().setPath(Path.of("target/stakeholder-grid.png")));

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Tillitsvalgte ved St. Olavs hospital (demo)"))
                .click();
        page.getByLabel("Interesse (1–5)").fill("7");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre interessent"))
                .click();
        assertThat(page.locator("#error-summary")).containsText("«7» er ikke et helt tall fra 1 til 5.");
        browser.assertAccessible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Legg til aktivitet"))
                .click();
        assertThat(page.locator("#error-summary")).containsText("Skriv hva aktiviteten er.");
        assertThat(page.locator("#error-summary")).containsText("Velg en person fra listen.");
        browser.assertAccessible();
    }
}
