package no.gevinst.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import no.gevinst.TestOrganisationNumbers;
import no.gevinst.TestUsers;
import no.gevinst.organisation.Organisation;
import no.gevinst.organisation.OrganisationInput;
import no.gevinst.organisation.Organisations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An administrator makes a service account for a data warehouse, gives it a token, copies the secret from the one
 * page that shows it, and revokes the token again; every page passes axe-core.
 */
class TokenJourneyIT extends BrowserTest {

    @Autowired
    TestUsers users;

    @Autowired
    Organisations organisations;

    @Test
    void anAdministratorMakesAServiceAccountAndATokenForItAndRevokesIt() {
        Organisation organisation = users.callAs(
                TestUsers.ADMIN,
                () -> organisations.create(new OrganisationInput(
                        "Nøkkelforetaket " + UUID.randomUUID().toString().substring(0, 6),
                        "HF",
                        TestOrganisationNumbers.unique(),
                        null)));
        String username = "dvh-" + UUID.randomUUID().toString().substring(0, 6);
        logIn(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);

        page.navigate(url("/tokens"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("API-nøkler")))
                .isVisible();
        browser.assertAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tjenestekontoer"))
                .click();
        browser.assertAccessible();

        // A role without its organisation first: the form names the field and keeps what was typed.
        page.getByLabel("Navn", new Page.GetByLabelOptions().setExact(true)).fill("Datavarehuset");
        page.getByLabel("Brukernavn").fill(username);
        page.getByLabel("Rolle").selectOption("MAALEANSVARLIG");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opprett tjenestekonto"))
                .click();
        assertThat(page.locator("#error-summary")).containsText("Velg virksomheten rollen gjelder i.");
        assertThat(page.getByLabel("Brukernavn")).hasValue(username);
        browser.assertAccessible();

        page.getByLabel("Virksomhet").selectOption(organisation.id().toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opprett tjenestekonto"))
                .click();
        assertThat(page.getByRole(
                        AriaRole.HEADING, new Page.GetByRoleOptions().setName("API-nøkler for Datavarehuset")))
                .isVisible();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Datavarehuset");
        browser.assertAccessible();

        page.getByLabel("Navn", new Page.GetByLabelOptions().setExact(true)).fill("Nattlig målingsimport");
        page.getByLabel("Gyldig i antall dager (1–365)").fill("30");
        page.getByLabel("Måleansvarlig i " + organisation.name()).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lag nøkkel"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("API-nøkkelen er laget")))
                .isVisible();
        String secret = page.locator("#secret").inputValue();
        org.assertj.core.api.Assertions.assertThat(secret).matches("gvt_[A-Za-z0-9_-]{43}");
        browser.assertAccessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tilbake til API-nøklene"))
                .click();
        assertThat(page.locator("#tokens")).containsText("Nattlig målingsimport");
        assertThat(page.locator("#tokens")).containsText(secret.substring(0, 10));
        assertThat(page.locator("#tokens")).not().containsText(secret);
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Trekk tilbake nøkkelen Nattlig målingsimport"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Nattlig målingsimport");
        assertThat(page.locator("#tokens")).containsText("Trukket tilbake");
        browser.assertAccessible();
    }
}
