package no.gevinst.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The header as Designsystemet draws it (issue 17: layout): on a phone the menu folds behind a "Meny" button that
 * opens by mouse, by keyboard and without scripts; on a laptop it stands in the header; its items never break inside;
 * the language chooser names Bokmål, Nynorsk and English, each in its own language.
 */
class HeaderJourneyIT extends BrowserTest {

    private static final String BROKEN_ITEMS = "() => [...document.querySelectorAll('.site-nav a, .site-languages a')]"
            + ".filter(a => a.getClientRects().length > 1).map(a => a.textContent)";

    @Test
    void onAPhoneTheMenuOpensBehindItsButtonByMouseAndKeyboard() {
        logIn("kari", "gevinst-demo");
        page.setViewportSize(375, VisitedPages.HEIGHT);
        page.navigate(url("/programmes"));
        Locator button = page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Meny").setExact(true));
        Locator menu = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hovedmeny"));
        assertThat(button).isVisible();
        assertThat(menu).isHidden();
        assertThat(button).hasAttribute("aria-expanded", "false");

        button.focus();
        page.keyboard().press("Enter");
        assertThat(menu).isVisible();
        assertThat(button).hasAttribute("aria-expanded", "true");
        assertThat(menu.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Programmer")))
                .hasAttribute("aria-current", "page");
        assertThat(page.locator(".site-menu")).containsText("Innlogget som Kari Nilsen");
        org.assertj.core.api.Assertions.assertThat((List<?>) page.evaluate(BROKEN_ITEMS))
                .as("menu items broken across lines at 375 px")
                .isEmpty();
        browser.assertAccessible();

        page.keyboard().press("Tab");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lukk menyen")))
                .isFocused();
        page.keyboard().press("Escape");
        assertThat(menu).isHidden();

        button.click();
        menu.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Last opp målinger"))
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/measurements/import$"));
        assertThat(menu).isHidden();

        page.setViewportSize(1366, VisitedPages.HEIGHT);
        assertThat(button).isHidden();
        assertThat(menu).isVisible();
    }

    @Test
    void onALaptopNoMenuItemBreaksInside() {
        logIn("kari", "gevinst-demo");
        for (int width : new int[] {1024, 1100, 1200, 1280, 1366}) {
            page.setViewportSize(width, VisitedPages.HEIGHT);
            assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hovedmeny")))
                    .isVisible();
            org.assertj.core.api.Assertions.assertThat((List<?>) page.evaluate(BROKEN_ITEMS))
                    .as("menu items broken across lines at %d px", width)
                    .isEmpty();
        }
    }

    @Test
    void theLanguageChooserNamesEachLanguageInItself() {
        logIn("kari", "gevinst-demo");
        page.navigate(url("/programmes"));
        Locator languages = page.locator(".site-languages");
        assertThat(languages.locator("a")).hasCount(3);
        assertThat(languages.locator("a[lang=nb][hreflang=nb]")).hasText("Bokmål");
        assertThat(languages.locator("a[lang=nn][hreflang=nn]")).hasText("Nynorsk");
        assertThat(languages.locator("a[lang=en][hreflang=en]")).hasText("English");
        assertThat(languages.locator("[aria-current=true]")).hasText("Bokmål");

        languages.getByText("English").click();
        assertThat(page).hasURL(Pattern.compile(".*/programmes\\?lang=en$"));
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main menu")))
                .isVisible();
        assertThat(languages.locator("[aria-current=true]")).hasText("English");

        languages.getByText("Nynorsk").click();
        assertThat(page.locator("html")).hasAttribute("lang", "nn");
        assertThat(languages.locator("[aria-current=true]")).hasText("Nynorsk");

        languages.getByText("Bokmål").click();
        assertThat(page.locator("html")).hasAttribute("lang", "nb");
        assertThat(languages.locator("[aria-current=true]")).hasText("Bokmål");
    }

    @Test
    void withoutScriptsTheMenuStillOpensOnAPhone() {
        Page plain = browser.pageWithoutScripts(375);
        plain.navigate(url("/login"));
        plain.getByLabel("Brukernavn", new Page.GetByLabelOptions().setExact(true))
                .fill("kari");
        plain.getByLabel("Passord", new Page.GetByLabelOptions().setExact(true)).fill("gevinst-demo");
        plain.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg inn"))
                .click();
        Locator menu = plain.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hovedmeny"));
        assertThat(menu).isHidden();

        plain.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Meny").setExact(true))
                .click();
        menu.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Gevinstregister"))
                .click();
        assertThat(plain).hasURL(Pattern.compile(".*/benefits$"));
    }
}
