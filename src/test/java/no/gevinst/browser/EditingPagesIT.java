package no.gevinst.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import no.gevinst.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The forms behind the register, as an administrator meets them: each passes axe-core, with and without errors. */
class EditingPagesIT extends BrowserTest {

    @BeforeEach
    void logInAsAdministrator() {
        logIn(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    }

    @Test
    void programmeAndPeopleFormsAreAccessibleAndNameTheirErrors() {
        page.navigate(url("/programmes/new"));
        browser.assertAccessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre"))
                .click();
        assertThat(page.locator("#error-summary")).containsText("Koden må ha 2–10 store bokstaver");
        assertThat(page.locator("#error-summary")).containsText("Velg virksomheten som eier programmet.");
        browser.assertAccessible();

        page.navigate(url("/programmes"));
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Digital behandlings- og egenbehandlingsplan"))
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Endre programmet"))
                .click();
        browser.assertAccessible();

        page.navigate(url("/people"));
        browser.assertAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ny person"))
                .click();
        page.getByLabel("E-post").fill("ikke en adresse");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre"))
                .click();
        assertThat(page.locator("#error-summary")).containsText("E-postadressen er ikke gyldig.");
        browser.assertAccessible();
    }

    @Test
    void benefitFormAndImportAreAccessibleAndAnImportErrorNamesItsRow() throws Exception {
        page.navigate(url("/benefits/new"));
        browser.assertAccessible();

        page.navigate(url("/benefits/import"));
        browser.assertAccessible();
        Path notAWorkbook = Files.createTempFile("gevinst", ".xlsx");
        Files.writeString(notAWorkbook, "Dette er ikke Excel");
        page.getByLabel("Excel-fil (.xlsx)").setInputFiles(notAWorkbook);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importer"))
                .click();
        assertThat(page.locator("#import-errors")).containsText("kunne ikke leses som en Excel-arbeidsbok");
        browser.assertAccessible();

        page.navigate(url("/programmes"));
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Digital behandlings- og egenbehandlingsplan"))
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gevinstberegning"))
                .click();
        page.getByLabel("Antall trekk").fill("500");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kjør Monte Carlo-simulering"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Monte Carlo med 500 trekk");
        browser.assertAccessible();

        Locator assumptions = page.locator("#assumptions");
        assumptions
                .getByLabel("Forutsetning", new Locator.GetByLabelOptions().setExact(true))
                .fill("reisekost");
        assumptions.getByLabel("Mest sannsynlig").fill("300");
        assumptions
                .getByLabel("Lav", new Locator.GetByLabelOptions().setExact(true))
                .fill("400");
        assumptions
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lagre"))
                .click();
        assertThat(page.locator("#assumptions [role=alert]")).containsText("Lav må være mindre enn eller lik");
        browser.assertAccessible();

        page.getByLabel("Modelltype").selectOption("AVOIDED_TASKS");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Velg modell"))
                .click();
        assertThat(page.getByLabel("Kostnad per oppgave (kr)")).isVisible();
        browser.assertAccessible();

        page.navigate(url("/benefits?lang=en"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Benefit register")))
                .isVisible();
        browser.assertAccessible();
        page.navigate(url("/benefits?lang=nb"));
    }
}
