package no.gevinst.maturity.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import no.gevinst.maturity.ResultCell;
import no.gevinst.maturity.ResultRow;
import no.gevinst.maturity.Results;

/**
 * The results as the page's heat map lays them out: units down, dimensions across, each cell with its mean written
 * out, its level as a word beside the colour, and the change since the previous round.
 */
record HeatMap(List<String> dimensions, List<Line> lines) {

    /** One row of the heat map. */
    record Line(ResultRow row, List<Cell> cells) {}

    /**
     * One cell.
     *
     * @param mean the mean to one decimal, as the reader writes numbers
     * @param change the signed change to one decimal, or empty without a previous round
     */
    record Cell(String dimension, String level, String mean, String change, boolean weak) {}

    static HeatMap of(Results results, Locale locale) {
        return new HeatMap(
                results.dimensions(),
                results.rows().stream()
                        .map(r -> new Line(
                                r, r.cells().stream().map(c -> cell(c, locale)).toList()))
                        .toList());
    }

    private static Cell cell(ResultCell c, Locale locale) {
        return new Cell(
                c.dimension(),
                c.level(),
                c.mean() == null ? "–" : decimal(c.mean(), locale),
                c.change() == null ? "" : signed(c.change(), locale),
                c.weak());
    }

    static String decimal(BigDecimal value, Locale locale) {
        String text = value.setScale(1, RoundingMode.HALF_UP).toPlainString();
        return "en".equals(locale.getLanguage()) ? text : text.replace('.', ',');
    }

    private static String signed(BigDecimal change, Locale locale) {
        String sign = change.signum() > 0 ? "+" : change.signum() < 0 ? "\u2212" : "±";
        return sign + decimal(change.abs(), locale);
    }
}
