package no.gevinst.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The valuation page with its defined results and workings, accessible, at a desktop's 1 366 px and a phone's 375 px;
 * screenshots of both are kept under target/ to look at.
 */
class ValuationPageJourneyIT extends BrowserTest {

    @Test
    void theValuationPageReadsAtDesktopAndPhoneWidths() {
        logIn("dina", "gevinst-demo");
        page.navigate(url("/programmes"));
        page.locator("a:has-text('Digital behandlings')").first().click();
        page.navigate(page.url().replaceAll("/$", "") + "/valuation");
        assertThat(page.locator("h1").textContent()).contains("Digital behandlings");
        page.locator("details.year-workings").first().locator("summary").click();
        browser.assertAccessible();

        page.setViewportSize(1366, 900);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/valuation-1366.png"))
                .setFullPage(true));
        page.setViewportSize(375, 800);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/valuation-375.png"))
                .setFullPage(true));
        Object beyond = page.evaluate("(m => m.scrollWidth > m.clientWidth)(document.querySelector('main'))");
        Object wide = page.evaluate("(m => [...m.querySelectorAll('*')].filter(e => e.getBoundingClientRect().right"
                + " > m.getBoundingClientRect().right + 1 && !e.closest('.table-scroll')).slice(0, 5)"
                + ".map(e => e.tagName + '.' + e.className + ' ' + (e.textContent || '').slice(0, 40)))"
                + "(document.querySelector('main'))");
        assertThat(beyond)
                .as("the valuation page reaches beyond 375 px: %s", wide)
                .isEqualTo(false);
    }
}
