package no.gevinst.portfolio;

/**
 * The one place each figure the portfolio's documents share is computed, so that the steering group report, the board
 * summary, Digdir's annual status and the dashboard cannot give two answers for the same thing (issue 16: DBEP 2025
 * once read one unsigned period in one report and four in the other).
 *
 * <p>A benefit's <em>periods</em> in a report period are its measured or signed-off periods that overlap it; a period
 * is <em>signed</em> when every benefiting organisation has signed it off, else <em>unsigned</em>. Planned, forecast,
 * net and realised kroner are the dashboard's year the report period ends in.
 */
public final class ReportFigures {

    private ReportFigures() {}

    /** The benefit's periods in the report period that every benefiting organisation has signed off. */
    public static long signedPeriods(FlowReport.CrossOrganisationBenefit benefit, ReportPeriod period) {
        return benefit.periods().stream()
                .filter(p -> period.overlaps(p.start(), p.end()))
                .filter(FlowReport.Period::fullySigned)
                .count();
    }

    /** The benefit's periods in the report period that some benefiting organisation has not signed off. */
    public static long unsignedPeriods(FlowReport.CrossOrganisationBenefit benefit, ReportPeriod period) {
        return benefit.periods().stream()
                .filter(p -> period.overlaps(p.start(), p.end()))
                .filter(p -> !p.fullySigned())
                .count();
    }

    /** The dashboard's figures (planned, forecast, excluded, net, target, realised) for the year the period ends in. */
    public static Dashboard.Year year(Dashboard dashboard, ReportPeriod period) {
        return PortfolioReportData.year(dashboard, period.to().getYear());
    }
}
