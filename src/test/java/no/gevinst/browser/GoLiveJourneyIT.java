package no.gevinst.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The coordinator follows the programme page's live line to Helseplattformen's go-live waves, opens the form for a
 * new wave and sends it empty, and finds the indicator whose baseline is set at St. Olavs' go-live (where a stale
 * choice is refused in place, through htmx). Screenshots of
 * the waves page at phone and laptop widths are kept under target/ to look at.
 */
class GoLiveJourneyIT extends BrowserTest {

    @Test
    void coordinatorFollowsTheLiveUnitsToTheWavesAndTheFormNamesWhatIsMissing() {
        logIn("kari", "gevinst-demo");
        page.navigate(url("/programmes"));
        page.locator("tr", new Page.LocatorOptions().setHasText("Helseplattformen"))
                .getByRole(AriaRole.LINK)
                .first()
                .click();
        assertThat(page.locator(".golive-live")).containsText("I bruk: St. Olavs hospital HF, Trondheim kommune");
        browser.assertAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Innføringsbølger"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Innføringsbølger i Helseplattformen");
        assertThat(page.locator("#golive-waves")).containsText("Helse Møre og Romsdal HF");
        browser.assertAccessible();
        page.setViewportSize(1366, 900);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/golive-waves-1366.png"))
                .setFullPage(true));
        page.setViewportSize(375, 800);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/golive-waves-375.png"))
                .setFullPage(true));
        page.setViewportSize(1366, 900);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ny innføringsbølge"))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre"))
                .click();
        assertThat(page.locator("#error-summary")).containsText("Gi bølgen et navn");
        assertThat(page.locator("#error-summary")).containsText("Velg minst én virksomhet eller enhet");
        browser.assertAccessible();

        page.navigate(url("/benefits?q=Flere+pasienter+leser+egen+journal"));
        page.locator("main table").getByRole(AriaRole.LINK).first().click();
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Andel pasienter som har brukt pasientportalen"))
                .click();
        Locator anchor = page.locator("#golive-baseline");
        assertThat(anchor).containsText("12.11.2022");
        browser.assertAccessible();
        anchor.screenshot(new Locator.ScreenshotOptions().setPath(Path.of("target/golive-baseline.png")));

        // Someone else changed the choice since the page was read: htmx swaps the refused form in place (409), on
        // the same page, with the summary saying so.
        String indicatorPage = page.url();
        anchor.locator("input[name=version]").evaluate("input => input.value = '999'");
        anchor.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lagre"))
                .click();
        assertThat(page.locator("#golive-error-summary")).containsText("Noen andre har endret dette");
        assertThat(page).hasURL(indicatorPage);
        assertThat(page.locator("#golive-unit")).isVisible();
        browser.assertAccessible();
    }
}
