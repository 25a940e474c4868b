package no.gevinst.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import no.gevinst.indicator.Direction;
import no.gevinst.indicator.OrganisationActual;
import no.gevinst.indicator.Rag;
import no.gevinst.portfolio.OrganisationDashboard.OrganisationIndicator;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.IndicatorId;

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
 * @param kpiTargets the KPI targets decided for it, each against its own measurements of the indicator
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
        List<KpiRequirement> kpiTargets,
        List<Deviation> deviations) {

    public OrganisationStatus {
        programmes = List.copyOf(programmes);
        requirements = List.copyOf(requirements);
        kpiTargets = List.copyOf(kpiTargets);
        deviations = List.copyOf(deviations);
    }

    /**
     * A benefit the organisation has a share in, as a requirement on it.
     *
     * @param ownMeasurements the indicators are scoped to the organisation or its units; false when the benefit has
     *     none such, and its programme-wide indicators stand in
     * @param money its share of the benefit's kroner in the period's year; null when not priced that year
     * @param measuredBy the name of the home programme whose indicators measure a benefit it shares with the programme
     *     reported on (issue 18); null for the programme's own benefits
     */
    public record Requirement(
            BenefitId id,
            String code,
            String title,
            String programmeCode,
            BigDecimal percent,
            boolean ownMeasurements,
            List<OrganisationIndicator> indicators,
            OrganisationFigures.Part money,
            String measuredBy) {

        public Requirement {
            indicators = List.copyOf(indicators);
        }
    }

    /**
     * A KPI target a board decision sets for the organisation (an indicator's value by a date), against the
     * organisation's own measurements of the indicator: not the programme's, nor another organisation's.
     *
     * @param benefit the code and title of the benefit the indicator measures
     * @param decision the decision that sets it, as reports name it
     * @param window the days the actual was looked for in: the reported period up to its as-of day
     * @param actual the organisation's latest period ending in the window, with its value; null when it measured none
     * @param met the actual is at the target or beyond it in the indicator's direction; null when not measured
     * @param rag green when met; amber when not met with the due date still ahead; red when not met by the due date;
     *     none when not measured in the period
     */
    public record KpiRequirement(
            IndicatorId indicator,
            String benefit,
            String name,
            String unit,
            Direction direction,
            BigDecimal target,
            LocalDate due,
            String decision,
            ReportPeriod window,
            OrganisationActual actual,
            Boolean met,
            Rag rag) {}

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
