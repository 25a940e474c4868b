package no.gevinst.portfolio;

import no.gevinst.shared.ProgrammeId;

/** Printed reports over the portfolio, written from the same services as the dashboard: collect once, report many. */
public interface Reports {

    /**
     * The steering group report for a period, as a PDF in the request's language: summary, traffic lights, the
     * largest deviations with their causes, decisions needed, the double-counting position and the benefits flowing
     * between organisations; over every visible programme, or the one given (which must be visible).
     *
     * @param from the period's first day as yyyy-mm-dd; blank for the first day of the last full quarter
     * @param to the period's last day as yyyy-mm-dd; blank for the last day of the last full quarter
     * @throws no.gevinst.shared.InvalidInputException naming {@code from} or {@code to} when a date cannot be read,
     *     or {@code from} when it lies after {@code to}
     */
    byte[] steeringReport(String from, String to, ProgrammeId programme);

    /**
     * The RHF board summary ("Orientering om gevinstrealisering") for the same period and programmes, as a PDF in the
     * request's language, written from the same figures as the steering group report: the proposed resolution, the
     * headline figures of the year the period ends in against the economic target, one line per programme, the
     * largest deviations, the benefits realised in other organisations and the decisions the board should know of.
     * Its dates are read and refused exactly as {@link #steeringReport}'s.
     */
    byte[] boardSummary(String from, String to, ProgrammeId programme);
}
