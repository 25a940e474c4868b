package no.gevinst.portfolio.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import no.gevinst.portfolio.Dashboard;
import org.junit.jupiter.api.Test;

/** Realised is a fourth series that differs from the others by its hatching and its legend, not by colour alone. */
class DashboardChartTest {

    private static final DashboardChart.Labels LABELS = new DashboardChart.Labels(
            "Tittel", "Beskrivelse", "Planlagt", "Prognose", "Netto", "Mål", "Realisert", "herav ikke signert");

    @Test
    void realisedIsHatchedWithItsUnsignedPartStackedOnTopAndNamedInTheLegend() {
        String svg = new DashboardChart(
                        List.of(year(2025, "1485000", "1485000"), year(2026, "4000000", "1000000")),
                        LABELS,
                        Locale.forLanguageTag("nb-NO"))
                .svg();

        assertThat(svg).contains("<pattern id=\"realised-hatch\"", "<pattern id=\"unsigned-hatch\"");
        // One signed bar and one unsigned bar per year, and one legend swatch each.
        assertThat(count(svg, "fill=\"url(#realised-hatch)\"")).isEqualTo(2 + 1);
        assertThat(count(svg, "fill=\"url(#unsigned-hatch)\"")).isEqualTo(2 + 1);
        assertThat(svg).contains(">Realisert</text>", ">herav ikke signert</text>");
    }

    @Test
    void aYearNotMeasuredHasNoRealisedBarRatherThanAZeroOne() {
        String svg = new DashboardChart(
                        List.of(year(2025, null, null), year(2026, "0", "0")), LABELS, Locale.forLanguageTag("nb-NO"))
                .svg();

        // Only 2026 draws a (flat) realised bar; 2025 draws none; the legend keeps its swatch.
        assertThat(count(svg, "fill=\"url(#realised-hatch)\"")).isEqualTo(1 + 1);
        assertThat(count(svg, "fill=\"url(#unsigned-hatch)\"")).isEqualTo(1);
    }

    private static Dashboard.Year year(int year, String realised, String unsigned) {
        BigDecimal five = new BigDecimal("5400000");
        return new Dashboard.Year(
                year,
                five,
                five,
                BigDecimal.ZERO,
                five,
                new BigDecimal("6000000"),
                true,
                realised == null ? null : new BigDecimal(realised),
                unsigned == null ? null : new BigDecimal(unsigned));
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
