package no.gevinst.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The coordinator follows the programme page to Helseplattformen's maturity assessments, reads the demo round's heat
 * map (Helse Nord-Trøndelag pooled into Helse Midt-Norge RHF) at phone, tablet and laptop widths, starts a measure
 * from a weak cell and sends it without an action, and opens the form for a new round and sends it empty. Axe checks
 * each page; screenshots of the heat map are kept under target/ to look at.
 */
class MaturityJourneyIT extends BrowserTest {

    @Test
    void coordinatorReadsTheHeatMapAndStartsAMeasureFromAWeakCell() {
        logIn("kari", "gevinst-demo");
        page.navigate(url("/programmes"));
        page.locator("tr", new Page.LocatorOptions().setHasText("Helseplattformen"))
                .getByRole(AriaRole.LINK)
                .first()
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Modenhetsvurderinger"))
                .click();
        browser.assertAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Modenhetsvurdering før go-live 2022 (demo)"))
                .click();
        assertThat(page.locator("#maturity-heat-map")).containsText("(sammen med Helse Nord-Trøndelag HF)");
        for (int width : new int[] {375, 768, 1366}) {
            page.setViewportSize(width, 900);
            browser.assertAccessible();
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target/maturity-heat-map-" + width + ".png"))
                    .setFullPage(true));
        }
        page.locator("#maturity-heat-map a.maturity-act").first().click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opprett tiltak"))
                .click();
        assertThat(page.locator("#error-summary")).containsText("Skriv hva tiltaket er.");
        browser.assertAccessible();

        page.navigate(page.url().replaceAll("/maturity/.*", "/maturity/new"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre"))
                .click();
        assertThat(page.locator("#error-summary")).containsText("Skriv et navn på runden.");
        browser.assertAccessible();
    }
}
