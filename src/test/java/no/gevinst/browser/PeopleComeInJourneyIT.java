package no.gevinst.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static no.gevinst.access.TestIdentityProvider.GROUP_CLAIM;
import static no.gevinst.access.TestIdentityProvider.READER_GROUP;
import static no.gevinst.access.TestIdentityProvider.TEST_ID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.gevinst.TestBenefitInputs;
import no.gevinst.TestIndicators;
import no.gevinst.TestParties;
import no.gevinst.TestUsers;
import no.gevinst.access.Role;
import no.gevinst.access.TestIdentityProvider;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitInput;
import no.gevinst.benefit.Benefits;
import no.gevinst.indicator.Indicator;
import no.gevinst.indicator.Indicators;
import no.gevinst.indicator.MeasurementCommand;
import no.gevinst.indicator.MeasurementInput;
import no.gevinst.indicator.MeasurementSource;
import no.gevinst.organisation.Organisation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ContextConfiguration;

/**
 * People come in through an identity provider (a real OpenID Connect server in the test JVM): a new person signs in
 * and is told to wait for access; the administrator finds her among the pending users and grants her a role; her
 * start page then shows the indicator she must measure. A reader whose group grants leser is shown no edit action on
 * the register, a benefit profile or the people page. Every page passes axe-core.
 */
@ContextConfiguration(initializers = TestIdentityProvider.Registrations.class)
class PeopleComeInJourneyIT extends BrowserTest {

    @Autowired
    TestUsers users;

    @Autowired
    TestParties world;

    @Autowired
    Benefits benefits;

    @Autowired
    Indicators indicators;

    @Test
    void anAdministratorGrantsANewPersonARoleHerStartPageShowsHerWorkAndAReaderIsOfferedNoEdits() {
        Organisation hospital = world.owner();
        Benefit benefit = benefitWithAMeasurementDue(hospital);
        Indicator due = indicatorMeasuredLongAgo(benefit, hospital);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String measurer = "Marte Måler " + suffix;
        String subject = "marte-" + suffix;

        signInThroughTheProvider(
                subject, measurer, Map.of("orgnr", hospital.organisationNumber().value()));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Du venter på tilgang")))
                .isVisible();
        browser.assertAccessible();
        logOut();

        logIn(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        page.getByRole(AriaRole.NAVIGATION)
                .getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Brukere"))
                .click();
        page.getByLabel("Tilstand").selectOption("PENDING");
        page.getByLabel("Navn, brukernavn eller e-post").fill(measurer);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Søk"))
                .click();
        browser.assertAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(measurer))
                .click();
        page.locator("#role").selectOption("MAALEANSVARLIG");
        page.locator("#organisationId").selectOption(hospital.id().toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gi rolle"))
                .click();
        assertThat(page.locator("main")).containsText("Rollen er gitt.");
        browser.assertAccessible();
        // The same pages offer the administrator the actions the reader must not see.
        offered("/benefits", "Ny gevinst", 1);
        offered("/benefits/" + benefit.id(), "Endre", 1);
        offered("/people", "Ny person", 1);
        logOut();

        signInThroughTheProvider(
                subject, measurer, Map.of("orgnr", hospital.organisationNumber().value()));
        assertThat(page.getByRole(
                        AriaRole.HEADING, new Page.GetByRoleOptions().setName("Velkommen til Gevinst, " + measurer)))
                .isVisible();
        assertThat(page.locator("#mypage-measurer-section")).containsText(due.name());
        browser.assertAccessible();
        page.locator("#mypage-measurer-section")
                .getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName(due.name()))
                .first()
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText(due.name());
        logOut();

        String reader = "Lars Leser " + suffix;
        signInThroughTheProvider(
                "lars-" + suffix,
                reader,
                Map.of("orgnr", hospital.organisationNumber().value(), GROUP_CLAIM, List.of(READER_GROUP)));
        assertThat(page.locator("#mypage-programmes-section"))
                .containsText(world.programme().name());
        offered("/benefits", "Ny gevinst", 0);
        assertThat(page.locator("main")).containsText(benefit.title());
        offered("/benefits/" + benefit.id(), "Endre", 0);
        offered("/people", "Ny person", 0);
    }

    private void signInThroughTheProvider(String subject, String name, Map<String, Object> claims) {
        Map<String, Object> all = new java.util.HashMap<>(claims);
        all.put("name", name);
        TestIdentityProvider.nextSignIn(TEST_ID, subject, all);
        page.navigate(url("/login"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Logg inn med Test-ID"))
                .click();
        page.waitForURL(address -> address.startsWith(url("/")) && !address.contains("/login"));
    }

    private void logOut() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg ut"))
                .click();
        page.waitForURL(address -> address.contains("/login"));
    }

    /** The page offers the action (at least once) or not at all, and passes axe. */
    private void offered(String path, String action, int atLeast) {
        page.navigate(url(path));
        assertThat(page.locator("main")).isVisible();
        var actions = page.locator("main a, main button")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(action));
        if (atLeast == 0) {
            assertThat(actions).hasCount(0);
        } else {
            assertThat(actions.first()).isVisible();
        }
        browser.assertAccessible();
    }

    private Benefit benefitWithAMeasurementDue(Organisation hospital) {
        String coordinator = world.in(Role.GEVINSTKOORDINATOR);
        return users.callAs(
                coordinator,
                () -> benefits.create(TestBenefitInputs.bare(
                                world.programme().id().toString(),
                                "Kortere ventetid "
                                        + UUID.randomUUID().toString().substring(0, 6))
                        .expectedStart("2024-01-01")
                        .allocations(List.of(
                                new BenefitInput.AllocationInput(hospital.id().toString(), "100")))
                        .build()));
    }

    private Indicator indicatorMeasuredLongAgo(Benefit benefit, Organisation hospital) {
        String coordinator = world.in(Role.GEVINSTKOORDINATOR);
        Indicator indicator = users.callAs(
                coordinator,
                () -> indicators.create(
                        TestIndicators.monthly(benefit.id().toString(), "Ventetid " + benefit.code(), null)));
        users.runAs(
                coordinator,
                () -> indicators.record(
                        indicator.id(),
                        MeasurementCommand.readAll(List.of(new MeasurementInput(
                                "10", "2024-01-01", "2024-01-31", hospital.id().toString(), "", "", "", "", ""))),
                        MeasurementSource.FORM));
        return indicator;
    }
}
