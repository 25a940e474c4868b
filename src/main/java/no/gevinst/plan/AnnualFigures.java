package no.gevinst.plan;

import java.math.BigDecimal;
import java.util.List;
import no.gevinst.shared.ProgrammeId;

/**
 * The portfolio's figures that the annual status prints: a programme's priced benefits net of double counting in the
 * year, and the benefits it realises in other organisations with their sign-off. The portfolio module owns these
 * figures and implements this interface, so that the annual status (written by the report module) prints the very
 * numbers the dashboard and the steering group report show.
 */
public interface AnnualFigures {

    /** The figures of a programme the current user may see, for a calendar year. */
    Figures of(ProgrammeId programme, int year);

    /**
     * @param gross the valuation's priced benefits in the year, as the dashboard's forecast
     * @param excluded the overlap of double counts left out in the year
     * @param net gross − excluded, as the dashboard's net
     * @param target the programme's economic target in force in the year; null when none is
     * @param planned the approved plan version's own value for the year, phase-in included, as the dashboard's
     * @param realised forecast × achievement in the year, as the dashboard's; null when not measured
     */
    record Figures(
            int year,
            BigDecimal gross,
            BigDecimal excluded,
            BigDecimal net,
            BigDecimal target,
            List<Flow> flows,
            BigDecimal planned,
            BigDecimal realised) {

        public Figures {
            flows = List.copyOf(flows);
        }
    }

    /**
     * A benefit realised in other organisations than those investing in it.
     *
     * @param nokPerYear its value at full effect
     * @param signedPeriods the periods in the year whose actuals every benefiting organisation has signed off
     * @param unsignedPeriods the periods in the year some benefiting organisation has not signed off
     */
    record Flow(
            String benefit,
            List<String> investors,
            List<String> beneficiaries,
            BigDecimal nokPerYear,
            long signedPeriods,
            long unsignedPeriods) {

        public Flow {
            investors = List.copyOf(investors);
            beneficiaries = List.copyOf(beneficiaries);
        }
    }
}
