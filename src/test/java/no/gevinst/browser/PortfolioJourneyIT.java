package no.gevinst.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Helseplattformen's coordinator starts on the portfolio dashboard, follows a count to the register, finds the demo's
 * double count, accepts it with a justification, and sees the net
 * total rise by exactly the overlap: 1 260 000 kr a year over 2026–2033.
 */
class PortfolioJourneyIT extends BrowserTest {

    private static final BigDecimal OVERLAP = new BigDecimal("10080000");

    @Autowired
    JdbcClient jdbc;

    /** The demo conflict stays unresolved for the other tests. */
    @AfterEach
    void forgetDecisions() {
        jdbc.sql("DELETE FROM double_counting_decision WHERE justification = 'Timene er ulike i klinikkene'")
                .update();
    }

    @Test
    void coordinatorFollowsADashboardNumberToTheRegisterAndFindsTheSameCount() {
        logIn("kari", "gevinst-demo");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Portefølje"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Portefølje");
        assertThat(page.locator("svg.dashboard-chart")).isVisible();
        browser.assertAccessible();

        Locator planned = page.locator("#count-status-PLANNED");
        String count = planned.innerText().strip();
        org.assertj.core.api.Assertions.assertThat(Integer.parseInt(count)).isPositive();
        planned.click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Gevinstregister");
        assertThat(page.locator(".toolbar [role=status]")).hasText(count + " gevinster");
    }

    @Test
    void coordinatorFollowsTheRealisedFigureOfAYearToItsCalculation() {
        logIn("kari", "gevinst-demo");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Portefølje"))
                .click();
        Locator realised = page.locator("#realised-2025 a");
        BigDecimal onDashboard = kroner(realised);
        org.assertj.core.api.Assertions.assertThat(onDashboard).isPositive();

        realised.click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Realiserte gevinster 2025");
        assertThat(page.locator("#realised-benefits"))
                .containsText("Færre reinnleggelser for pasienter med kols og hjertesvikt");
        assertThat(page.locator("#realised-benefits")).containsText("Ikke signert av mottakende part");
        org.assertj.core.api.Assertions.assertThat(kroner(page.locator("#realised-total")))
                .isEqualByComparingTo(onDashboard);
        browser.assertAccessible();
    }

    @Test
    void coordinatorResolvesTheDemoDoubleCountAndSeesTheNetTotalChange() {
        logIn("kari", "gevinst-demo");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Portefølje"))
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gå til dobbeltelling"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Dobbeltelling");
        Locator conflict = page.locator("article", new Page.LocatorOptions().setHasText("Timer manuell rapportering"));
        assertThat(conflict).containsText("1 260 000 kr");
        assertThat(conflict.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("styringsinformasjon")))
                .isVisible();
        BigDecimal netBefore = kroner(page.locator("#total-net"));
        browser.assertAccessible();

        conflict.getByLabel("Beslutning").selectOption(new SelectOption().setLabel("Akseptert: telles fullt ut"));
        conflict.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lagre beslutning"))
                .click();
        assertThat(page.locator("[role=alert]")).containsText("Skriv en begrunnelse");
        browser.assertAccessible();

        conflict.getByLabel("Begrunnelse").fill("Timene er ulike i klinikkene");
        conflict.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lagre beslutning"))
                .click();
        assertThat(conflict.locator("[role=status]")).containsText("Beslutningen er lagret");
        assertThat(conflict.locator(".conflict-status")).containsText("Akseptert");
        org.assertj.core.api.Assertions.assertThat(
                        kroner(page.locator("#total-net")).subtract(netBefore))
                .isEqualByComparingTo(OVERLAP);
        browser.assertAccessible();
    }

    private static BigDecimal kroner(Locator amount) {
        return new BigDecimal(amount.innerText().replaceAll("[^0-9-]", ""));
    }
}
