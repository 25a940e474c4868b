package no.gevinst.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import no.gevinst.TestOrganisationNumbers;
import no.gevinst.TestUsers;
import org.junit.jupiter.api.Test;

/** An administrator logs in, registers an organisation, finds it and corrects it; every page passes axe-core. */
class OrganisationJourneyIT extends BrowserTest {

    @Test
    void administratorCreatesFindsAndEditsAnOrganisation() {
        page.navigate(url("/organisations"));
        assertThat(page).hasURL(url("/login"));
        browser.assertAccessible();

        page.getByLabel("Brukernavn").fill(TestUsers.ADMIN);
        page.getByLabel("Passord").fill(TestUsers.ADMIN_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg inn"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Virksomheter")))
                .isVisible();
        browser.assertAccessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ny virksomhet"))
                .click();
        browser.assertAccessible();

        // A bad number first: the form names the field and keeps what was typed.
        page.getByLabel("Navn").fill("Helse Nord-Trøndelag HF");
        page.getByLabel("Type").selectOption("HF");
        page.getByLabel("Organisasjonsnummer").fill("123456789");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre"))
                .click();
        assertThat(page.locator("#organisationNumber-error")).hasText("Organisasjonsnummeret har feil kontrollsiffer.");
        assertThat(page.getByLabel("Navn")).hasValue("Helse Nord-Trøndelag HF");
        browser.assertAccessible();

        String number = TestOrganisationNumbers.unique();
        page.getByLabel("Organisasjonsnummer").fill(number);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Lagret: Helse Nord-Trøndelag HF");

        page.getByLabel("Søk på navn eller organisasjonsnummer").fill(number);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Søk"))
                .click();
        assertThat(page.locator("#results tbody tr")).hasCount(1);
        assertThat(page.locator("#results tbody tr")).containsText("Helse Nord-Trøndelag HF");
        browser.assertAccessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Endre Helse Nord-Trøndelag HF"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Endre virksomhet")))
                .isVisible();
        browser.assertAccessible();
        page.getByLabel("Navn").fill("Helse Nord-Trøndelag HF (endret)");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre"))
                .click();

        assertThat(page.locator("#results")).containsText("Helse Nord-Trøndelag HF (endret)");
        page.navigate(url("/"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Velkommen til Gevinst")))
                .isVisible();
        browser.assertAccessible();

        page.navigate(url("/?lang=en"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Welcome to Gevinst")))
                .isVisible();
        browser.assertAccessible();
        page.navigate(url("/?lang=nb"));

        page.navigate(url("/finnes-ikke"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Fant ikke siden")))
                .isVisible();
        browser.assertAccessible();
    }

    @Test
    void searchNarrowsTheListAsOneTypesWithHtmx() {
        login();
        page.navigate(url("/organisations"));
        page.getByLabel("Søk på navn eller organisasjonsnummer").pressSequentially("ingen slik virksomhet");
        assertThat(page.locator("#results")).containsText("Ingen virksomheter passer søket.");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*q=ingen.*"));
    }

    private void login() {
        logIn(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Velkommen til Gevinst")))
                .isVisible();
    }
}
