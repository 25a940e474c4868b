package no.gevinst.portfolio;

import java.util.Locale;
import no.gevinst.shared.ProgrammeId;

/**
 * What the portfolio's printed reports are written from, collected once from the same services as the dashboard:
 * collect once, report many. The report module writes the steering group report and the board summary from it.
 */
public interface Reports {

    /** The measured indicators furthest behind their trajectory that a collection keeps, largest first. */
    int DEVIATIONS_COLLECTED = 10;

    /**
     * Everything the steering group report and the board summary print for a period, over every visible programme
     * or the one given (which must be visible). Read it within one read-only transaction: the programmes' own figures
     * are read when first asked for.
     *
     * @param from the period's first day as yyyy-mm-dd; blank for the first day of the last full quarter
     * @param to the period's last day as yyyy-mm-dd; blank for the last day of the last full quarter
     * @throws no.gevinst.shared.InvalidInputException naming {@code from} or {@code to} when a date cannot be read,
     *     or {@code from} when it lies after {@code to}; before anything is read
     */
    PortfolioReportData collect(String from, String to, ProgrammeId programme);

    /** The dashboard's chart as SVG with its labels in the reader's language; null when there are no years to draw. */
    String chart(Dashboard dashboard, Locale locale);
}
