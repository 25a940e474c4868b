package no.gevinst.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.ProgrammeId;

/**
 * The flows page and API: the matrix, and each cross-organisation benefit with its latest measured periods and who
 * has signed them off.
 *
 * @param programme the one programme reported on, or null for all visible programmes
 */
public record FlowReport(ProgrammeId programme, FlowMatrix matrix, List<CrossOrganisationBenefit> benefits) {

    public FlowReport {
        benefits = List.copyOf(benefits);
    }

    /**
     * A benefit with at least one flow between two different organisations.
     *
     * @param nokPerYear its value at full effect; zero when not priced
     * @param signers the organisations that must sign off its actuals: every benefiting organisation in which some
     *     other organisation invests
     * @param periods its latest measured or signed-off periods, newest first
     */
    public record CrossOrganisationBenefit(
            BenefitId id,
            String code,
            String title,
            String programmeCode,
            BigDecimal nokPerYear,
            List<FlowMatrix.Party> investors,
            List<FlowMatrix.Party> signers,
            List<Period> periods) {

        public CrossOrganisationBenefit {
            investors = List.copyOf(investors);
            signers = List.copyOf(signers);
            periods = List.copyOf(periods);
        }
    }

    /** One period of actuals: what was measured in it, and each signer's sign-off or its absence. */
    public record Period(LocalDate start, LocalDate end, List<Actual> actuals, List<Receipt> receipts) {

        public Period {
            actuals = List.copyOf(actuals);
            receipts = List.copyOf(receipts);
        }

        public boolean fullySigned() {
            return receipts.stream().allMatch(Receipt::signed);
        }
    }

    /** A current measurement of one of the benefit's indicators in the period. */
    public record Actual(String indicator, BigDecimal value, String unit, String organisation) {}

    /**
     * @param signOff null while the organisation has not signed off the period
     * @param canSignOff true when the current user may sign off for the organisation
     */
    public record Receipt(FlowMatrix.Party organisation, SignOff signOff, boolean signed, boolean canSignOff) {}
}
