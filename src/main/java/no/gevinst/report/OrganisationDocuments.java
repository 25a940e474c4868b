package no.gevinst.report;

import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;

/**
 * The documents scoped to one organisation: the steering group report and the board summary on its share, and its own status report for a
 * tertial or year (PDF and XLSX), for its board and its reporting to the owner.
 */
public interface OrganisationDocuments {

    /** The steering group report over the organisation's share; dates refused as {@link Documents#steeringReport}. */
    byte[] steeringReport(String from, String to, ProgrammeId programme, OrganisationId organisation);

    /** The board summary over the organisation's share, from the same figures as its steering group report. */
    byte[] boardSummary(String from, String to, ProgrammeId programme, OrganisationId organisation);

    /**
     * @param period T1, T2, T3 or YEAR; blank for the last tertial ended
     * @param year 2000–2100; blank for the year of the period
     * @throws no.gevinst.shared.InvalidInputException naming {@code period} or {@code year}
     */
    byte[] statusPdf(ProgrammeId programme, OrganisationId organisation, String period, String year);

    byte[] statusXlsx(ProgrammeId programme, OrganisationId organisation, String period, String year);
}
