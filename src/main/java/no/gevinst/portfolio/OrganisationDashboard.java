package no.gevinst.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import no.gevinst.indicator.Rag;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.IndicatorId;

/**
 * The dashboard scoped to one organisation: its share of each figure, each with its formula, and its measurements.
 *
 * @param dashboard the dashboard's figures as the organisation's: the register counts the benefits that arise in or
 *     are invested in by it, money is its allocated share, the flows and double counts are those it takes part in, the
 *     target is the one decided for it (none until a decision sets one)
 * @param figures its share of each year, benefit by benefit: share × whole = part
 * @param reconciliation the programme's figures over every organisation and the unallocated remainder
 * @param indicators the indicators of its benefits that measure it (scoped to it or one of its units)
 */
public record OrganisationDashboard(
        FlowMatrix.Party organisation,
        Dashboard dashboard,
        OrganisationFigures figures,
        Reconciliation reconciliation,
        List<OrganisationIndicator> indicators) {

    public OrganisationDashboard {
        indicators = List.copyOf(indicators);
    }

    /**
     * An indicator that measures the organisation, with where it stands.
     *
     * @param target the final target of its målbane; null without one
     * @param met the latest value is where the målbane expects it by then, or further; null when not measured
     */
    public record OrganisationIndicator(
            IndicatorId id,
            String name,
            String unit,
            BenefitId benefit,
            String benefitName,
            String scopeUnit,
            BigDecimal baseline,
            BigDecimal target,
            LocalDate targetDate,
            BigDecimal latest,
            LocalDate latestPeriodEnd,
            Rag rag,
            Boolean met) {}
}
