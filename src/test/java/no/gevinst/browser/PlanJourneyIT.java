package no.gevinst.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The coordinator drafts Helseplattformen's plan, submits it, records the steering group's approval, moves a target
 * in a new draft and finds that change, and only that, in the comparison.
 */
class PlanJourneyIT extends BrowserTest {

    @Test
    void draftSubmitApproveChangeATargetAndCompare() {
        logIn("kari", "gevinst-demo");
        page.navigate(url("/programmes"));
        page.locator("tr", new Page.LocatorOptions().setHasText("Helseplattformen"))
                .getByRole(AriaRole.LINK)
                .first()
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gevinstrealiseringsplaner"))
                .click();
        browser.assertAccessible();
        // The programme's plan may have been made by an earlier test in this run; then it is opened, not made again.
        Locator existing = page.locator("main li", new Page.LocatorOptions().setHasText("Programmets plan"));
        if (existing.count() > 0) {
            existing.getByRole(AriaRole.LINK).click();
        } else {
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lag en plan"))
                    .click();
            assertThat(page.locator(".ds-alert[role=status]")).containsText("første utkast");
        }
        int first = Integer.parseInt(page.locator("#status tbody tr")
                .first()
                .locator("td")
                .first()
                .innerText()
                .replace("Versjon ", ""));
        browser.assertAccessible();

        page.getByLabel("Bakgrunn").fill("Helseplattformen gir én journal for sykehus, kommuner og fastleger.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre teksten"))
                .click();
        assertThat(page.locator(".ds-alert[role=status]")).containsText("Planteksten er lagret.");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Send versjon " + first + " til godkjenning"))
                .click();
        assertThat(page.locator(".ds-alert[role=status]")).containsText("sendt til godkjenning");

        // A decision in the future is refused and what was typed stays.
        page.getByLabel("Vedtaksdato").fill(LocalDate.now().plusDays(3).toString());
        page.getByLabel("Saksnummer eller vedtaksreferanse").fill("SG 14/26");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Godkjenn versjon " + first))
                .click();
        assertThat(page.locator("#status [role=alert]")).containsText("fram i tid");
        assertThat(page.getByLabel("Saksnummer eller vedtaksreferanse")).hasValue("SG 14/26");
        browser.assertAccessible();
        page.getByLabel("Vedtaksdato").fill(LocalDate.now().toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Godkjenn versjon " + first))
                .click();
        assertThat(page.locator(".ds-alert[role=status]")).containsText("vedtatt");
        assertThat(page.locator("#status tbody tr").first()).containsText("Vedtatt");

        page.getByLabel("Begrunnelse for endring").fill("Nytt mål for dokumentasjonstid etter første måling");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lag nytt utkast"))
                .click();
        assertThat(page.locator(".ds-alert[role=status]")).containsText("nytt utkast");
        String planUrl = page.url().replaceAll("#.*", "");

        // The target is moved where targets live: on the indicator's page.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Minutter dokumentasjon per pasientkontakt"))
                .click();
        page.locator("#trajectory summary").click();
        Locator lastValue = page.locator("#trajectory input[name=targetValue]").nth(1);
        String old = lastValue.inputValue();
        lastValue.fill("11");
        page.locator("#trajectory").getByRole(AriaRole.BUTTON).last().click();
        assertThat(page.locator("#trajectory table").first()).containsText("11");

        page.navigate(planUrl);
        page.getByLabel("Fra versjon").selectOption(String.valueOf(first));
        page.getByLabel("Til versjon").selectOption(String.valueOf(first + 1));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sammenlign"))
                .click();
        Locator changes = page.locator("table.plan-changes tbody tr");
        assertThat(changes).hasCount(1);
        assertThat(changes.first()).containsText("Minutter dokumentasjon per pasientkontakt");
        assertThat(changes.first().locator("del")).hasText(trimmed(old));
        assertThat(changes.first().locator("ins")).hasText("11");
        assertThat(page.locator(".facts")).containsText("Nytt mål for dokumentasjonstid");
        browser.assertAccessible();
    }

    private static String trimmed(String number) {
        return new java.math.BigDecimal(number).stripTrailingZeros().toPlainString();
    }
}
