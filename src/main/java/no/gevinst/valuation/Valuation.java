package no.gevinst.valuation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import no.gevinst.benefit.BenefitClass;

/**
 * The valuation of a set of priced benefits and costs: each benefit's yearly values, the yearly totals and the
 * economic results. Every figure keeps what it was computed from.
 */
public record Valuation(List<BenefitLine> benefits, List<YearLine> years, EconomicResult result) {

    /** One benefit: its full-effect workings and its value in each year of the period. */
    public record BenefitLine(
            PricedBenefit benefit,
            ModelResult fullEffect,
            Map<Integer, BigDecimal> valueByYear,
            Map<Integer, BigDecimal> hoursByYear) {}

    /**
     * One year of the analysis.
     *
     * @param hoursFreed time freed by time savings; kept apart from money so that it is never added to cash
     * @param publicBudgetEffect costs borne by public actors less cash released in them
     * @param taxFinancingCost the tax financing rate × the public budget effect
     * @param taxFinancingCost the tax financing rate × the public budget effect: a cost when public budgets rise, a
     *     gain (negative) when released cash makes them fall; its own line, never part of the costs
     * @param net priced benefits − costs − tax financing cost
     * @param budgetCut the co-financing cut share × {@code budgetCutBasis}: zero for a programme without co-financing
     * @param budgetCutBasis the net internal gain the cut is taken from: the cash-releasing benefits of the actors
     *     that receive co-financing less their running costs, never below zero; zero without co-financing
     */
    public record YearLine(
            int year,
            BigDecimal discountFactor,
            Map<BenefitClass, BigDecimal> benefitsByClass,
            Map<Actor, BigDecimal> benefitsByActor,
            BigDecimal benefits,
            BigDecimal hoursFreed,
            BigDecimal investment,
            BigDecimal running,
            BigDecimal coFinancing,
            BigDecimal publicBudgetEffect,
            BigDecimal taxFinancingCost,
            BigDecimal net,
            BigDecimal presentValue,
            BigDecimal budgetCut,
            BigDecimal budgetCutBasis) {}

    /**
     * The results, each defined so that it can be recomputed from the yearly lines. Present values of benefits and of
     * costs are never negative: the tax financing effect, which may be either, is its own line.
     *
     * @param netPresentValue present benefits − present costs − present tax financing effect
     * @param presentBenefits Σ priced benefits × discount factor
     * @param presentCosts Σ (investment + running costs) × discount factor
     * @param benefitCostRatio (present benefits + the tax financing gain) ÷ (present costs + the tax financing cost),
     *     the effect counted as a gain when negative and as a cost when positive; null without costs of either kind
     * @param npvPerInvestedKrone net present value ÷ present investment; null without investment
     * @param paybackYear undiscounted: the first year the cumulative net turns non-negative after being negative;
     *     null if never
     * @param budgetCuts Σ budget cuts over the years, undiscounted (they are budget kroner of each year)
     * @param presentTaxFinancing Σ tax financing effect × discount factor: positive a cost, negative a gain
     * @param discountedPaybackYear the first year the cumulative present value turns non-negative after being
     *     negative; null if never
     */
    public record EconomicResult(
            BigDecimal netPresentValue,
            BigDecimal presentBenefits,
            BigDecimal presentCosts,
            BigDecimal benefitCostRatio,
            BigDecimal npvPerInvestedKrone,
            Integer paybackYear,
            BigDecimal budgetCuts,
            BigDecimal presentTaxFinancing,
            Integer discountedPaybackYear) {

        /** The tax financing effect counted as a cost: its present value when positive, else zero. */
        public BigDecimal presentTaxFinancingCost() {
            return presentTaxFinancing.max(BigDecimal.ZERO);
        }

        /** The tax financing effect counted as a gain: minus its present value when negative, else zero. */
        public BigDecimal presentTaxFinancingGain() {
            return presentTaxFinancing.negate().max(BigDecimal.ZERO);
        }
    }
}
