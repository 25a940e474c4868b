package no.gevinst.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** The measurement lead records a value by form and sees the chart change; every page passes axe. */
class IndicatorJourneyIT extends BrowserTest {

    @Test
    void measurementLeadRecordsAMeasurementAndTheChartChanges() {
        logIn("kari", "gevinst-demo");
        page.navigate(url("/benefits?q=legemiddelfeil"));
        page.locator("#results tbody a").first().click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Måleindikatorer")))
                .isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Legemiddelavvik per 1 000 liggedøgn"))
                .click();
        assertThat(page.locator("svg.indicator-chart")).isVisible();
        browser.assertAccessible();
        // The chart as a phone and a desktop show it, for a person to look at after the run.
        for (int width : new int[] {375, 1366}) {
            page.setViewportSize(width, 900);
            page.locator("svg.indicator-chart")
                    .screenshot(new Locator.ScreenshotOptions()
                            .setPath(java.nio.file.Path.of("target/indicator-chart-" + width + ".png")));
        }
        int pointsBefore = page.locator("svg.indicator-chart circle").count();

        // A ward reports a month from before the series began: a new point, so the chart gains a circle.
        record("1,4", "2022-06-01", "2022-06-30", "Medisinsk sengepost 3");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Målingen er registrert.");
        assertThat(page.locator("svg.indicator-chart circle")).hasCount(pointsBefore + 1);
        assertThat(page.locator("#measurements")).containsText("1,40");
        browser.assertAccessible();

        record("mange", "2025-01-01", "2025-01-31", "");
        assertThat(page.locator("#record [role=alert]")).containsText("«mange» er ikke et tall.");
        assertThat(page.locator("#record").getByLabel("Verdi (per 1 000 liggedøgn)"))
                .hasValue("mange");
        browser.assertAccessible();

        // A target that is no number: the trajectory opens again on the page, the cell named and kept (issue 21).
        page.locator("#trajectory summary").click();
        page.locator("#trajectory input[name=targetValue]").first().fill("1,2,3");
        page.locator("#trajectory").getByRole(AriaRole.BUTTON).last().click();
        assertThat(page.locator("#t-error-summary")).isVisible();
        assertThat(page.locator("#t-targetValue0")).hasValue("1,2,3");
        assertThat(page.locator("#t-targetValue0")).hasAttribute("aria-invalid", "true");
        browser.assertAccessible();

        page.navigate(url("/measurements/import"));
        browser.assertAccessible();
    }

    private void record(String value, String from, String to, String unit) {
        Locator form = page.locator("#record");
        form.getByLabel("Verdi (per 1 000 liggedøgn)").fill(value);
        form.getByLabel("Periode fra").fill(from);
        form.getByLabel("Periode til").fill(to);
        form.getByLabel("Enhet (valgfri)").fill(unit);
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Registrer måling"))
                .click();
    }
}
