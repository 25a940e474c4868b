package no.gevinst.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.Percent;
import no.gevinst.shared.ProgrammeId;

/**
 * The flows page and API: the matrix, and each cross-organisation benefit with its latest measured periods and who
 * has signed them off.
 *
 * @param programme the one programme reported on, or null for all visible programmes
 * @param shared the benefits shared between programmes (issue 18) as each programme reported on counts them: who
 *     invests and who gains across the programmes, with the home programme and each programme's share
 */
public record FlowReport(
        ProgrammeId programme, FlowMatrix matrix, List<CrossOrganisationBenefit> benefits, List<SharedFlow> shared) {

    public FlowReport {
        benefits = List.copyOf(benefits);
        shared = List.copyOf(shared);
    }

    /** A report without benefits shared between programmes. */
    public FlowReport(ProgrammeId programme, FlowMatrix matrix, List<CrossOrganisationBenefit> benefits) {
        this(programme, matrix, benefits, List.of());
    }

    /**
     * A benefit shared between programmes as one programme counts it: its flow from the investing organisations to the
     * benefiting ones, and the programme's share of it ("40 % av 72 000 kr = 28 800 kr").
     *
     * @param programme the programme counting it here
     * @param home the benefit's home programme, which holds its record, valuation and measurements
     * @param otherProgrammes the other programmes sharing it, by name
     * @param share the programme's share: its accepted share, or for the home programme what it keeps
     * @param nokPerYear the benefit's kroner per year at full effect (its largest year in the home valuation)
     * @param nokPerYearAtShare the programme's share of that
     * @param investors the organisations investing in it
     * @param benefiting the organisations it arises in, each with its allocated share
     */
    public record SharedFlow(
            BenefitId id,
            String code,
            String title,
            ProgrammeId programme,
            String programmeName,
            ProgrammeId home,
            String homeName,
            String otherProgrammes,
            Percent share,
            BigDecimal nokPerYear,
            BigDecimal nokPerYearAtShare,
            List<FlowMatrix.Party> investors,
            List<Beneficiary> benefiting) {

        public SharedFlow {
            investors = List.copyOf(investors);
            benefiting = List.copyOf(benefiting);
        }

        /** True in the benefit's home programme, which keeps what the other programmes' shares leave. */
        public boolean atHome() {
            return programme.equals(home);
        }
    }

    /** An organisation a shared benefit arises in, with its allocated share of the benefit. */
    public record Beneficiary(FlowMatrix.Party organisation, Percent share) {}

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
