package no.gevinst.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The coordinator follows the programme page to Helseplattformen's booking process, reads both diagrams (the server's
 * SVG, with the steps as a list) at phone, tablet and laptop widths, opens the to-be diagram in the editor, where
 * bpmn-js (served from our own files, under the Content-Security-Policy) draws it in place of the XML text field, and
 * saves it. Axe checks the pages; nothing the policy refuses may be asked for.
 */
class ProcessJourneyIT extends BrowserTest {

    @Test
    void coordinatorReadsTheDiagramsAndSavesOneFromTheEditor() {
        logIn("kari", "gevinst-demo");
        page.navigate(url("/programmes"));
        page.locator("tr", new Page.LocatorOptions().setHasText("Helseplattformen"))
                .getByRole(AriaRole.LINK)
                .first()
                .click();
        page.locator("#programme-processes").click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Timebestilling i poliklinikken (demo)"))
                .click();
        assertThat(page.locator("#as-is")).containsText("Pasienten ringer poliklinikken");
        assertThat(page.locator("#to-be img")).isVisible();
        assertThat(page.locator("#changes")).containsText("Pasienten bestiller og endrer time selv");
        for (int width : new int[] {375, 768, 1366}) {
            page.setViewportSize(width, 900);
            browser.assertAccessible();
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target/process-" + width + ".png"))
                    .setFullPage(true));
        }

        page.locator("#edit-to-be").click();
        assertThat(page.locator("#bpmn-canvas[data-ready=true]")).isVisible();
        assertThat(page.locator("#bpmn-canvas .djs-element").first()).isAttached();
        assertThat(page.locator("#bpmn-field")).isHidden();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/process-editor.png")));
        browser.assertAccessible();
        page.locator("#save-diagram").click();
        assertThat(page.locator(".ds-alert")).containsText("Diagrammet «Slik det skal bli» er lagret.");
        assertThat(page.locator("#to-be")).containsText("Timen bookes og bekreftes straks");
    }
}
