package no.gevinst.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** The coordinator draws an enabler into the DBEP benefit map and sees it in the drawing and the outline. */
class NetworkJourneyIT extends BrowserTest {

    @Test
    void coordinatorAddsAnEnablerAndLinksItAndBadInputIsNamed() {
        logIn("dina", "gevinst-demo");
        page.navigate(url("/programmes"));
        page.locator("tr", new Page.LocatorOptions().setHasText("DBEP"))
                .getByRole(AriaRole.LINK)
                .first()
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gevinstkart"))
                .click();
        assertThat(page.locator(".network-pane svg")).isVisible();
        browser.assertAccessible();

        Locator element = page.locator("#add-element");
        element.getByLabel("Type").selectOption("ENABLER");
        element.getByLabel("Navn").fill("Planmodul i journalen");
        element.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Legg til element"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Elementet er lagt til.");
        assertThat(page.locator(".network-pane svg")).containsText("Planmodul i journalen");
        assertThat(page.locator(".network-outline")).containsText("Planmodul i journalen");
        // An enabler that leads nowhere breaks a rule until it is linked to a benefit.
        Locator rules = page.locator("section[aria-labelledby=rules-heading]");
        assertThat(rules).containsText("Fører ikke til noen gevinst: Planmodul i journalen");

        Locator link = page.locator("#add-link");
        link.getByLabel("Fra")
                .selectOption(
                        new com.microsoft.playwright.options.SelectOption().setLabel("Tiltak: Planmodul i journalen"));
        String benefit = link.getByLabel("Til")
                .locator("option", new Locator.LocatorOptions().setHasText("Gevinst: "))
                .first()
                .textContent();
        link.getByLabel("Til").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(benefit));
        link.getByLabel("Andel av målet (%)").fill("150");
        link.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Koble to elementer"))
                .click();
        assertThat(page.locator("#add-link [role=alert]")).containsText("høyst 100");
        browser.assertAccessible();

        link = page.locator("#add-link");
        link.getByLabel("Fra")
                .selectOption(
                        new com.microsoft.playwright.options.SelectOption().setLabel("Tiltak: Planmodul i journalen"));
        link.getByLabel("Til").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(benefit));
        link.getByLabel("Andel av målet (%)").fill("30");
        link.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Koble to elementer"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Koblingen er lagt til.");
        assertThat(page.locator("section[aria-labelledby=rules-heading]")).not().containsText("Planmodul i journalen");
        assertThat(page.locator(".network-outline li", new Page.LocatorOptions().setHasText("Planmodul i journalen")))
                .containsText("fører til " + benefit.substring("Gevinst: ".length()));
        browser.assertAccessible();

        // A benefit's box in the drawing opens the benefit's profile.
        page.locator(".network-pane svg a", new Page.LocatorOptions().setHasText("DBEP-002"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Bedre kvalitet");
    }
}
