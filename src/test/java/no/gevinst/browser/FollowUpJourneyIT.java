package no.gevinst.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** The coordinator opens her reminders from the start page, then follows a release from the programme to its enabler. */
class FollowUpJourneyIT extends BrowserTest {

    @Test
    void coordinatorSeesHerRemindersAndFollowsAReleaseToItsEnablerAndBack() {
        logIn("kari", "gevinst-demo");
        assertThat(page.locator("section[aria-labelledby=reminders-heading]")).containsText("påminnelse");
        browser.assertAccessible();
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hovedmeny"))
                .getByRole(
                        AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Påminnelser"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Påminnelser");
        assertThat(page.locator("main table")).containsText("Polikliniske kontroller per pasient per år");
        browser.assertAccessible();

        page.navigate(url("/programmes"));
        page.locator("tr", new Page.LocatorOptions().setHasText("Helseplattformen"))
                .getByRole(AriaRole.LINK)
                .first()
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Oppfølging per leveranse"))
                .click();
        browser.assertAccessible();
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("R2 2024").setExact(true))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Leveranse: R2 2024");
        assertThat(page.locator("section[aria-labelledby=benefits-heading]"))
                .containsText("Færre telefonhenvendelser ved digital timebestilling");
        browser.assertAccessible();

        // The enabler's record names its release, which leads back here.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Digital timebestilling på helsenorge"))
                .click();
        page.locator(".facts")
                .getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("R2 2024"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Leveranse: R2 2024");
    }
}
