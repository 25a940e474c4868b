package no.gevinst.report;

import no.gevinst.network.NetworkView;
import no.gevinst.plan.PlanId;
import no.gevinst.shared.ProgrammeId;

/**
 * The documents Gevinst prints, each an accessible, archivable PDF in the request's language (bokmål, or English when
 * asked), written from the other modules' public APIs: what a page or the API serves for download.
 */
public interface Documents {

    /** A plan version in the structure of Digdir's Prosjektveiviseren, with the network drawing and the charts. */
    byte[] plan(PlanId plan, int number);

    /**
     * The annual status of a plan for a year from 2000 to 2100, addressed to the body that co-finances the programme
     * when the programme records one: each benefit as the approved version planned it against where it stands now,
     * the deviations since the approval with their reasons, the benefits owned outside the programme owner's
     * organisation, and the programme's priced benefits net of double counting in the year with its benefits
     * realised in other organisations, as the portfolio dashboard counts them.
     *
     * @throws no.gevinst.shared.InvalidInputException naming {@code year} when it lies outside 2000 to 2100
     */
    byte[] annualStatus(PlanId plan, int year);

    /**
     * The steering group report for a period: summary, traffic lights, the largest deviations with their causes,
     * decisions needed, the double-counting position and the benefits flowing between organisations; over every
     * visible programme, or the one given (which must be visible).
     *
     * @param from the period's first day as yyyy-mm-dd; blank for the first day of the last full quarter
     * @param to the period's last day as yyyy-mm-dd; blank for the last day of the last full quarter
     * @throws no.gevinst.shared.InvalidInputException naming {@code from} or {@code to} when a date cannot be read,
     *     or {@code from} when it lies after {@code to}
     */
    byte[] steeringReport(String from, String to, ProgrammeId programme);

    /**
     * The board summary ("Orientering om gevinstrealisering") for the same period and programmes, addressed to the
     * body that owns them, written from the same figures as the steering group report. Its dates are read and
     * refused exactly as {@link #steeringReport}'s.
     */
    byte[] boardSummary(String from, String to, ProgrammeId programme);

    /** The programme's benefit map, or one view of it, on a page of its own. */
    byte[] benefitMap(ProgrammeId programme, NetworkView view);
}
