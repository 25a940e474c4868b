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
     * @param net priced benefits − costs − tax financing cost
     * @param budgetCut the share of net internal cash gains to be taken out under co-financing
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
            BigDecimal budgetCut) {}

    /**
     * @param benefitCostRatio present benefits ÷ present costs (with the tax financing cost); null without costs
     * @param npvPerInvestedKrone net present value ÷ present investment; null without investment
     * @param paybackYear the first year the cumulative net turns non-negative after costs; null if never
     */
    public record EconomicResult(
            BigDecimal netPresentValue,
            BigDecimal presentBenefits,
            BigDecimal presentCosts,
            BigDecimal benefitCostRatio,
            BigDecimal npvPerInvestedKrone,
            Integer paybackYear,
            BigDecimal budgetCuts) {}
}
