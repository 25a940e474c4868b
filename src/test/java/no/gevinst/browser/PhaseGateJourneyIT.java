package no.gevinst.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import no.gevinst.TestProgrammes;
import no.gevinst.TestUsers;
import no.gevinst.programme.Programme;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A coordinator takes a new programme through its first gate: sees what is missing, is stopped without a decision,
 * and moves on with one. The programme is the test's own, so the demo programmes keep their phases.
 */
class PhaseGateJourneyIT extends BrowserTest {

    private static final String COORDINATOR = TestProgrammes.COORDINATOR;

    @Autowired
    TestProgrammes testProgrammes;

    @Test
    void coordinatorSeesTheGapsIsStoppedWithoutADecisionAndMovesOnWithOne() {
        Programme programme = programmeWithABareBenefit();
        logIn(COORDINATOR, TestUsers.PASSWORD);
        page.navigate(url("/programmes/" + programme.id()));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gå videre til neste fase"))
                .click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Faseovergang");
        Locator owner = page.locator(".gate-checklist > li", new Page.LocatorOptions().setHasText("gevinsteier"));
        assertThat(owner).containsText("Ikke oppfylt");
        assertThat(owner.getByRole(AriaRole.LINK)).containsText("Færre innleggelser");
        browser.assertAccessible();

        Locator submit = page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gå videre til Planlegge og forberede"));
        submit.click();
        assertThat(page.locator("[role=alert]")).containsText("Skriv beslutningen om å gå videre");
        browser.assertAccessible();

        page.getByLabel("Beslutning").fill("Styringsgruppen vedtok å gå videre; eierne utpekes i planfasen.");
        submit.click();
        assertThat(page.locator(".ds-alert[role=status]"))
                .containsText("Programmet er nå i fasen Planlegge og forberede.");
        assertThat(page.locator(".facts")).containsText("Planlegge og forberede");
        browser.assertAccessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gå videre til neste fase"))
                .click();
        Locator history = page.locator("section[aria-labelledby=decisions-heading]");
        assertThat(history).containsText("Styringsgruppen vedtok å gå videre");
        assertThat(history).containsText(COORDINATOR);
        assertThat(page.locator(".gate-checklist")).containsText("gevinstrealiseringsplan er godkjent");
        browser.assertAccessible();
    }

    private Programme programmeWithABareBenefit() {
        Programme programme = testProgrammes.create();
        testProgrammes.bareBenefit(programme, "Færre innleggelser");
        return programme;
    }
}
