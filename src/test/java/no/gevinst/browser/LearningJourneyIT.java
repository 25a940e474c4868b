package no.gevinst.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * (issue 19) Lessons, stories and evidence in one journey. The HP coordinator searches the lessons for "timebestilling"
 * and opens the demo lesson, writes a lesson of her own and deletes it again behind the confirmation, and reads the
 * gallery and the approved story with its frozen chart; then DBEP's coordinator opens the programme's evaluations and
 * its randomised trial. Axe checks each page, the lists at phone, tablet and laptop widths; screenshots are kept
 * under target/.
 */
class LearningJourneyIT extends BrowserTest {

    private static final String MINE = "Reiseerfaring som slettes igjen";

    @Test
    void lessonsStoriesAndEvidenceReadWellAndALessonIsDeletedAfterAConfirmation() {
        logIn("kari", "gevinst-demo");
        page.navigate(url("/lessons"));
        page.getByLabel("Søkeord").fill("timebestilling");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Søk").setExact(true))
                .click();
        assertThat(page.locator("main")).containsText("Digital timebestilling må kommuniseres til pasientene (demo)");
        atThreeWidths("lessons");
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName("Digital timebestilling må kommuniseres til pasientene (demo)"))
                .click();
        assertThat(page.locator("main")).containsText("SMS med lenke til timebestilling");
        browser.assertAccessible();

        page.navigate(url("/lessons"));
        page.locator("#new-lesson-HP").click();
        page.getByLabel("Tittel", new Page.GetByLabelOptions().setExact(true)).fill(MINE);
        page.getByLabel("Hva skjedde").fill("Vi prøvde å slette fra siden.");
        page.getByLabel("Anbefaling").fill("Spør før noe slettes.");
        page.getByLabel("Fase").selectOption("PLAN");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Lagre").setExact(true))
                .click();
        assertThat(page.locator("h1")).hasText(MINE);
        page.locator("details.confirm-delete summary").click();
        browser.assertAccessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, slett «" + MINE + "»"))
                .click();
        assertThat(page.locator("body")).containsText("«" + MINE + "» er slettet.");
        assertThat(page.locator("main")).not().containsText(MINE);
        browser.assertAccessible();

        page.navigate(url("/stories"));
        atThreeWidths("stories");
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName("Lukket legemiddelsløyfe: færre legemiddelavvik på St. Olavs hospital"))
                .click();
        assertThat(page.locator("figure.chart svg").first()).isVisible();
        atThreeWidths("story");

        page.setViewportSize(1366, 900);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg ut"))
                .click();
        logIn("dina", "gevinst-demo");
        page.navigate(url("/programmes"));
        page.locator("tr", new Page.LocatorOptions().setHasText("DBEP"))
                .getByRole(AriaRole.LINK)
                .first()
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Evalueringer og studier"))
                .click();
        atThreeWidths("evidence");
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName("Randomisert kontrollert studie av digital hjemmeoppfølging (DHO)"))
                .click();
        assertThat(page.locator("#evidence-facts")).containsText("Oslo universitetssykehus og Oslo Economics");
        browser.assertAccessible();
    }

    private void atThreeWidths(String name) {
        for (int width : new int[] {375, 768, 1366}) {
            page.setViewportSize(width, 900);
            browser.assertAccessible();
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target/learning-" + name + "-" + width + ".png"))
                    .setFullPage(true));
        }
    }
}
