package no.gevinst.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import no.gevinst.portfolio.OrganisationDashboard.OrganisationIndicator;
import no.gevinst.shared.BenefitId;

/**
 * An organisation's status for a tertial or a year, for its own board and its reporting to the owner: each benefit it
 * has a share in, as a requirement, with target, actual, traffic light and met or not; its realised kroner signed and
 * unsigned; the deviations with their causes and the measures taken.
 *
 * @param programmes the codes of the programmes reported on
 * @param period the tertial or year reported on
 * @param asOf the day indicator states are read at: the period's end, or today if that lies ahead
 * @param measuredAgainst the decision the targets come from; null while none is recorded (the benefits' and
 *     indicators' own targets)
 * @param year the organisation's share of the period's year
 * @param economicTarget the economic target decided for it in that year; null when none is
 */
public record OrganisationStatus(
        FlowMatrix.Party organisation,
        List<String> programmes,
        StatusPeriod period,
        LocalDate asOf,
        String measuredAgainst,
        OrganisationFigures.Year year,
        BigDecimal economicTarget,
        List<Requirement> requirements,
        List<Deviation> deviations) {

    public OrganisationStatus {
        programmes = List.copyOf(programmes);
        requirements = List.copyOf(requirements);
        deviations = List.copyOf(deviations);
    }

    /**
     * A benefit the organisation has a share in, as a requirement on it.
     *
     * @param ownMeasurements the indicators are scoped to the organisation or its units; false when the benefit has
     *     none such, and its programme-wide indicators stand in
     * @param money its share of the benefit's kroner in the period's year; null when not priced that year
     */
    public record Requirement(
            BenefitId id,
            String code,
            String title,
            String programmeCode,
            BigDecimal percent,
            boolean ownMeasurements,
            List<OrganisationIndicator> indicators,
            OrganisationFigures.Part money) {

        public Requirement {
            indicators = List.copyOf(indicators);
        }
    }

    /**
     * An indicator behind its målbane, why, and what is being done.
     *
     * @param gap percentage points of the planned change behind
     * @param measures the measures (tiltak) that serve the benefit, with their status
     */
    public record Deviation(
            String benefit,
            String indicator,
            BigDecimal gap,
            PortfolioReportData.Cause cause,
            List<no.gevinst.plan.Measure> measures) {

        public Deviation {
            measures = List.copyOf(measures);
        }
    }
}
