package no.gevinst.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each demo user signs in to a start page of their own: the section of their role, accessible, and with content that
 * fits a phone. A screenshot of each is kept under target/ for the demo.
 */
class MyPageJourneyIT extends BrowserTest {

    @ParameterizedTest
    @CsvSource({
        "kari, Kari Nilsen, Som gevinstkoordinator",
        "ole, Ole Hansen, Som gevinsteier",
        "mia, Mia Lund, Som måleansvarlig",
        "sigrid, Sigrid Berg, Som medlem av styringsgruppen",
        "nina, Nina Dahl, Programmene du kan lese"
    })
    void eachDemoUserSeesTheSectionOfTheirRole(String user, String fullName, String section) {
        logIn(user, "gevinst-demo");

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Velkommen til Gevinst, " + fullName);
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setLevel(2).setName(section)))
                .isVisible();
        assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hovedmeny"))
                        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Min side")))
                .hasAttribute("aria-current", "page");
        browser.assertAccessible();
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/mypage-" + user + ".png"))
                .setFullPage(true));

        page.setViewportSize(375, 800);
        // The page's own content (a wide table scrolls in its own box); the layout's navigation is not this page's.
        Object beyond = page.evaluate("(m => m.scrollWidth > m.clientWidth)(document.querySelector('main'))");
        assertThat(beyond)
                .as("the start page of %s reaches beyond 375 px", user)
                .isEqualTo(false);
    }
}
