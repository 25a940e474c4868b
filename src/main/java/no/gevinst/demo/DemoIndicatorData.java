package no.gevinst.demo;

import java.util.List;

/**
 * One demo indicator as {@code demo/indicators.json} writes it: the benefit by its title, the measurer and the
 * measuring organisation by their demo keys, and its measurements as a monthly or quarterly series or as rows.
 */
record DemoIndicatorData(
        String benefit,
        String name,
        String definition,
        String unit,
        String direction,
        String frequency,
        String kind,
        String method,
        String dataSource,
        String costHours,
        String amberTolerance,
        String redTolerance,
        String scope,
        String measurer,
        String canonicalUrl,
        Baseline baseline,
        List<Point> trajectory,
        Series measurements) {

    /** The baseline, how and by whom it was measured; {@code atGoLive} marks one set at go-live, with the reason. */
    record Baseline(
            String value,
            String start,
            String end,
            String method,
            String source,
            String measuredBy,
            boolean atGoLive,
            String reason) {}

    /** A point of the planned trajectory. */
    record Point(String date, String value) {}

    /**
     * Measurements at one organisation, all by one method and with one confidence: {@code values} month by month from
     * {@code monthlyFrom} (yyyy-MM) or quarter by quarter from January of {@code quarterlyFrom}, or else the given
     * {@code rows}.
     */
    record Series(
            String organisation,
            String method,
            String confidence,
            String monthlyFrom,
            Integer quarterlyFrom,
            List<Double> values,
            List<Row> rows) {

        Series {
            values = values == null ? List.of() : values;
            rows = rows == null ? List.of() : rows;
        }
    }

    /** One measurement of a period. */
    record Row(String start, String end, String value) {}
}
