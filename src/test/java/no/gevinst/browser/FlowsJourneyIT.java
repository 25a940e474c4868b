package no.gevinst.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Trondheim kommune's benefit owner finds the readmissions the hospital invested in, sees 2025 not yet signed off
 * by the municipality, and signs it off.
 */
class FlowsJourneyIT extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    /** The demo keeps 2025 unsigned for the other tests. */
    @AfterEach
    void forgetSignOff() {
        jdbc.sql("DELETE FROM actuals_sign_off WHERE period_start = DATE '2025-01-01'")
                .update();
    }

    @Test
    void benefitOwnerInTheMunicipalitySignsOffTheActualsOfAYear() {
        logIn("lars", "gevinst-demo");
        page.navigate(url("/portfolio/conflicts"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gevinster mellom virksomheter"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Gevinster mellom virksomheter");
        assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("Gevinststrømmer")))
                .isVisible();
        assertThat(page.locator("#flow-matrix")).containsText("1 620 000 kr");
        browser.assertAccessible();

        Locator readmissions =
                page.locator("article", new Page.LocatorOptions().setHasText("Færre reinnleggelser for pasienter"));
        Locator year2025 = readmissions.locator("tr", new Locator.LocatorOptions().setHasText("31.12.2025"));
        assertThat(year2025).containsText("Trondheim kommune: ikke signert av mottakende part");
        year2025.getByLabel("Kommentar (valgfri)").fill("Stemmer med kommunens tall");
        year2025.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Signer for Trondheim kommune"))
                .click();

        assertThat(year2025.locator("[role=status]")).containsText("Perioden er signert");
        assertThat(year2025).containsText("Trondheim kommune: signert av Lars Strand");
        browser.assertAccessible();
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(java.nio.file.Path.of("target/flows-journey.png"))
                .setFullPage(true));
    }
}
