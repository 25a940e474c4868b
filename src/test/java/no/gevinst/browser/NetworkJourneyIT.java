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
        assertThat(page.locator(".ds-alert[role=status]")).containsText("Elementet er lagt til.");
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
        assertThat(page.locator(".ds-alert[role=status]")).containsText("Koblingen er lagt til.");
        assertThat(page.locator("section[aria-labelledby=rules-heading]")).not().containsText("Planmodul i journalen");
        assertThat(page.locator(".network-outline li", new Page.LocatorOptions().setHasText("Planmodul i journalen")))
                .containsText("Fører til " + benefit.substring("Gevinst: ".length()));
        // The result stands beside the form that made it, and has the focus once htmx has swapped the page in.
        assertThat(page.locator("#link-form .ds-alert[role=status]"))
                .containsText("Den går fra Planmodul i journalen til " + benefit.substring("Gevinst: ".length()));
        assertThat(page.locator("[data-link-result]")).isFocused();
        browser.assertAccessible();

        linkInTheDrawingByKeyboard(page.locator("#link-to option", new Page.LocatorOptions().setHasText("Gevinst: "))
                .nth(1)
                .textContent()
                .substring("Gevinst: ".length()));

        // The enabler's box opens its record, where its release and status are kept.
        page.locator(".network-pane svg a", new Page.LocatorOptions().setHasText("Planmodul i journalen"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Planmodul i journalen");
        page.getByLabel("Leveranse eller sprint").fill("Sprint 14");
        page.getByLabel("Status").selectOption("IN_PROGRESS");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre"))
                .click();
        assertThat(page.locator(".ds-alert[role=status]")).containsText("Elementet er lagret.");
        assertThat(page.locator(".facts")).containsText("Sprint 14");
        browser.assertAccessible();

        // Seen from the benefit, the map holds only what leads to it.
        page.locator(".ds-breadcrumbs")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Gevinstkart"))
                .click();
        String mapUrl = page.url();
        page.getByLabel("Vis", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new com.microsoft.playwright.options.SelectOption()
                        .setLabel("Alt som fører til: " + benefit.substring("Gevinst: ".length())));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vis kartet"))
                .click();
        assertThat(page.locator(".network-pane svg")).containsText("Planmodul i journalen");
        assertThat(page.locator(".network-pane svg .node--objective")).hasCount(0);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zoom ut"))
                .click();
        assertThat(page.locator("#zoom-status")).hasText("80 %");

        // A benefit's box in the drawing opens the benefit's profile.
        String code = benefit.substring("Gevinst: ".length()).split(" ")[0];
        String title = benefit.substring("Gevinst: ".length() + code.length() + 1);
        page.locator(".network-pane svg a", new Page.LocatorOptions().setHasText(code))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText(title);

        // Removing the link from the outline (the form is sent by htmx) brings the rule back.
        page.navigate(mapUrl);
        page.evaluate("window.stayed = true");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions()
                                .setName("Fjern koblingen fra Planmodul i journalen til "
                                        + benefit.substring("Gevinst: ".length())))
                .click();
        assertThat(page.locator(".ds-alert[role=status]")).containsText("Koblingen er fjernet.");
        assertThat(page.locator("section[aria-labelledby=rules-heading]"))
                .containsText("Fører ikke til noen gevinst: Planmodul i journalen");
        org.assertj.core.api.Assertions.assertThat(page.evaluate("window.stayed === true"))
                .as("the page was updated in place, not reloaded")
                .isEqualTo(true);
        // The swapped-in map is set up again: its zoom works.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zoom inn"))
                .click();
        assertThat(page.locator("#zoom-status")).hasText("125 %");
        browser.assertAccessible();
    }

    /**
     * Links the new enabler to a second benefit in the drawing with the keyboard alone: the button starts linking, Enter
     * or Space on a focused box chooses it, Escape cancels; the link form is sent and the result (a link made or a
     * rule's refusal) is told beside the drawing.
     */
    private void linkInTheDrawingByKeyboard(String second) {
        Locator status = page.locator("#link-status");
        Locator start = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Koble i kartet"));
        start.focus();
        page.keyboard().press("Enter");
        assertThat(start).hasAttribute("aria-pressed", "true");
        assertThat(status).containsText("Velg boksen koblingen skal gå fra");
        Locator enabler = box("Planmodul i journalen");
        enabler.focus();
        page.keyboard().press("Enter");
        assertThat(status).containsText("Fra «Planmodul i journalen»");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/network$"));
        page.keyboard().press("Escape");
        assertThat(status).hasText("Koblingen er avbrutt.");
        assertThat(page.locator(".node--chosen")).hasCount(0);

        // Backwards, from the benefit to the enabler: refused, and the refusal is told beside the drawing.
        start.focus();
        page.keyboard().press("Enter");
        Locator benefitBox = box(second);
        benefitBox.focus();
        page.keyboard().press("Space");
        enabler.focus();
        page.keyboard().press("Enter");
        Locator result = page.locator("section[aria-labelledby=drawing-heading] [data-link-result]");
        assertThat(result.locator("[role=alert]")).containsText("Koblinger går fra tiltak mot mål");
        assertThat(result).isFocused();
        assertThat(page.locator("#link-form [data-link-result]")).hasCount(0);
        browser.assertAccessible();

        // Forwards: made, and the map and its outline show the new link.
        start = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Koble i kartet"));
        start.focus();
        page.keyboard().press("Enter");
        box("Planmodul i journalen").focus();
        page.keyboard().press("Space");
        box(second).focus();
        page.keyboard().press("Enter");
        result = page.locator("section[aria-labelledby=drawing-heading] [data-link-result]");
        assertThat(result.locator("[role=status]")).containsText("Den går fra Planmodul i journalen til " + second);
        assertThat(result).isFocused();
        assertThat(page.locator(".network-outline li", new Page.LocatorOptions().setHasText("Planmodul i journalen")))
                .containsText("Fører til " + second);
        browser.assertAccessible();
        // Taken away again, so that the enabler leads to the first benefit only, as the journey goes on to expect.
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Fjern koblingen fra Planmodul i journalen til " + second))
                .click();
        assertThat(page.locator(".ds-alert[role=status]").first()).containsText("Koblingen er fjernet.");
    }

    /** A box of the drawing by its node's full label. */
    private Locator box(String label) {
        return page.locator(".network-pane svg a:has([data-label=\"" + label.replace("\"", "\\\"") + "\"])");
    }
}
