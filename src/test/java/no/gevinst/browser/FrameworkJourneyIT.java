package no.gevinst.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import no.gevinst.TestProgrammes;
import no.gevinst.TestUsers;
import no.gevinst.programme.FrameworkItem;
import no.gevinst.programme.Programme;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A coordinator renames an area of the programme's framework on its page, is told beside the field when the name is
 * taken, and removes a priority area no benefit uses (issue 21); the page passes axe at each step. The programme is
 * the test's own, so the demo's framework stays as it is.
 */
class FrameworkJourneyIT extends BrowserTest {

    private static final String COORDINATOR = TestProgrammes.COORDINATOR;

    @Autowired
    TestProgrammes testProgrammes;

    @Test
    void coordinatorRenamesAnAreaIsToldWhenTheNameIsTakenAndRemovesAnUnusedPriorityArea() {
        Programme programme = testProgrammes.create();
        FrameworkItem area = programme.areas().getFirst();
        FrameworkItem unused = programme.priorityAreas().getLast();
        logIn(COORDINATOR, TestUsers.PASSWORD);
        page.navigate(url("/programmes/" + programme.id()));
        browser.assertAccessible();

        Locator item = page.locator("#framework-item-" + area.id());
        Locator name = item.getByLabel("Navn på «" + area.name() + "»");
        name.fill(programme.areas().get(1).name());
        item.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Endre navnet på «" + area.name() + "»"))
                .click();
        assertThat(page.locator("#framework-" + area.id() + "-name-error")).containsText("allerede");
        assertThat(page.locator("#framework-" + area.id() + "-name"))
                .hasValue(programme.areas().get(1).name());
        browser.assertAccessible();

        page.locator("#framework-" + area.id() + "-name").fill("Tilfredshet hos ansatte");
        page.locator("#framework-item-" + area.id())
                .getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Endre navnet på «" + area.name() + "»"))
                .click();
        assertThat(page.locator(".ds-alert[role=status]"))
                .containsText("«" + area.name() + "» heter nå «Tilfredshet hos ansatte».");
        browser.assertAccessible();

        Locator removed = page.locator("#framework-item-" + unused.id());
        removed.locator("summary").click();
        removed.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Ja, slett «" + unused.name() + "»"))
                .click();
        assertThat(page.locator(".ds-alert[role=status]"))
                .containsText("«" + unused.name() + "» er fjernet fra rammeverket.");
        assertThat(page.locator("#framework-item-" + unused.id())).hasCount(0);
        browser.assertAccessible();
    }
}
