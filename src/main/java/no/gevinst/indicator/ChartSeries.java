package no.gevinst.indicator;

/**
 * What the indicator chart draws, each with the one colour, opacity and dash it is drawn with, so that the legend's
 * key and the drawn series cannot differ; the word is a message key of the bundles.
 */
public enum ChartSeries {
    ACTUAL("#1e2b3c", "1", null, "indicator.chart.legend.actual"),
    BASELINE("#6b7280", "1", "2 4", "indicator.chart.legend.baseline"),
    TRAJECTORY("#0062ba", "1", "8 4", "indicator.chart.legend.trajectory"),
    /** The green zone: green, at a quarter's opacity (it was once drawn yellow though called green). */
    GREEN_ZONE("#1a7f37", "0.25", null, "indicator.chart.legend.greenZone"),
    FORECAST("#6a3d9a", "1", "3 3", "indicator.chart.legend.forecast");

    private final String colour;
    private final String opacity;
    private final String dash;
    private final String word;

    ChartSeries(String colour, String opacity, String dash, String word) {
        this.colour = colour;
        this.opacity = opacity;
        this.dash = dash;
        this.word = word;
    }

    public String colour() {
        return colour;
    }

    public String opacity() {
        return opacity;
    }

    /** The stroke's dash pattern; none for a solid line or an area (drawn as a filled swatch in the legend). */
    public String dash() {
        return dash;
    }

    public String word() {
        return word;
    }
}
