package no.gevinst.valuation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.gevinst.benefit.BenefitClass;

/**
 * Computes a valuation by the state's rules: each benefit's value per year is its full-effect value × the
 * phase-in share (× the real price growth of time values, when enabled); costs and the tax financing cost on the
 * net effect on public budgets are subtracted; the yearly net is discounted with R-109's rates. A pure function of
 * its inputs, so that every figure can be recomputed by hand or in a spreadsheet.
 */
public final class ValuationEngine {

    private ValuationEngine() {}

    /**
     * @param values every assumption name at the value to use (see {@link AssumptionBook#resolve})
     */
    public static Valuation value(
            EconomicSettings settings, List<PricedBenefit> benefits, List<Cost> costs, Map<String, BigDecimal> values) {
        List<Valuation.BenefitLine> lines = new ArrayList<>();
        for (PricedBenefit benefit : benefits) {
            lines.add(line(settings, benefit, benefit.model().evaluate(values)));
        }
        List<Valuation.YearLine> years = new ArrayList<>();
        for (int year = settings.firstYear(); year <= settings.lastYear(); year++) {
            years.add(year(settings, year, lines, costs));
        }
        return new Valuation(lines, years, result(years));
    }

    private static Valuation.BenefitLine line(EconomicSettings settings, PricedBenefit benefit, ModelResult full) {
        Map<Integer, BigDecimal> values = new LinkedHashMap<>();
        Map<Integer, BigDecimal> hours = new LinkedHashMap<>();
        boolean timeValue = benefit.model() instanceof CalculationModel.TimeSaving;
        for (int year = settings.firstYear(); year <= settings.lastYear(); year++) {
            BigDecimal share = benefit.phaseIn().fraction(year);
            BigDecimal price = timeValue ? settings.realPriceFactor(year) : BigDecimal.ONE;
            values.put(year, full.nokPerYear().multiply(share, Formula.MATH).multiply(price, Formula.MATH));
            hours.put(
                    year,
                    full.hoursPerYear() == null
                            ? BigDecimal.ZERO
                            : full.hoursPerYear().multiply(share, Formula.MATH));
        }
        return new Valuation.BenefitLine(benefit, full, values, hours);
    }

    private static Valuation.YearLine year(
            EconomicSettings settings, int year, List<Valuation.BenefitLine> lines, List<Cost> costs) {
        Map<BenefitClass, BigDecimal> byClass = new EnumMap<>(BenefitClass.class);
        Map<Actor, BigDecimal> byActor = new EnumMap<>(Actor.class);
        BigDecimal benefits = BigDecimal.ZERO;
        BigDecimal hours = BigDecimal.ZERO;
        BigDecimal publicCash = BigDecimal.ZERO;
        BigDecimal ownCash = BigDecimal.ZERO;
        for (Valuation.BenefitLine line : lines) {
            BigDecimal value = line.valueByYear().get(year);
            PricedBenefit b = line.benefit();
            byClass.merge(b.benefitClass(), value, BigDecimal::add);
            byActor.merge(b.actor(), value, BigDecimal::add);
            benefits = benefits.add(value);
            hours = hours.add(line.hoursByYear().get(year));
            if (b.benefitClass() == BenefitClass.CASH_RELEASING && b.actor().publicSector()) {
                publicCash = publicCash.add(value);
            }
            if (b.benefitClass() == BenefitClass.CASH_RELEASING && b.actor() == Actor.OWN_ORGANISATION) {
                ownCash = ownCash.add(value);
            }
        }
        BigDecimal investment = sum(costs, year, Cost.Kind.INVESTMENT, null);
        BigDecimal running = sum(costs, year, Cost.Kind.RUNNING, null);
        BigDecimal coFinancing = sum(costs, year, Cost.Kind.CO_FINANCING, null);
        BigDecimal publicCosts = costs.stream()
                .filter(c -> c.year() == year
                        && c.kind() != Cost.Kind.CO_FINANCING
                        && c.actor().publicSector())
                .map(Cost::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal publicBudgetEffect = publicCosts.subtract(publicCash);
        BigDecimal taxCost = publicBudgetEffect.multiply(settings.taxFinancingRate(), Formula.MATH);
        BigDecimal net = benefits.subtract(investment).subtract(running).subtract(taxCost);
        BigDecimal factor = settings.discountFactor(year);
        BigDecimal ownRunning = sum(costs, year, Cost.Kind.RUNNING, Actor.OWN_ORGANISATION);
        BigDecimal internalGain = ownCash.subtract(ownRunning).max(BigDecimal.ZERO);
        return new Valuation.YearLine(
                year,
                factor,
                byClass,
                byActor,
                benefits,
                hours,
                investment,
                running,
                coFinancing,
                publicBudgetEffect,
                taxCost,
                net,
                net.multiply(factor, Formula.MATH),
                internalGain.multiply(settings.coFinancingCutShare(), Formula.MATH));
    }

    private static Valuation.EconomicResult result(List<Valuation.YearLine> years) {
        BigDecimal npv = BigDecimal.ZERO;
        BigDecimal presentBenefits = BigDecimal.ZERO;
        BigDecimal presentCosts = BigDecimal.ZERO;
        BigDecimal presentInvestment = BigDecimal.ZERO;
        BigDecimal budgetCuts = BigDecimal.ZERO;
        BigDecimal cumulative = BigDecimal.ZERO;
        Integer payback = null;
        boolean behind = false;
        for (Valuation.YearLine y : years) {
            npv = npv.add(y.presentValue());
            presentBenefits = presentBenefits.add(y.benefits().multiply(y.discountFactor(), Formula.MATH));
            BigDecimal costs = y.investment().add(y.running()).add(y.taxFinancingCost());
            presentCosts = presentCosts.add(costs.multiply(y.discountFactor(), Formula.MATH));
            presentInvestment = presentInvestment.add(y.investment().multiply(y.discountFactor(), Formula.MATH));
            budgetCuts = budgetCuts.add(y.budgetCut());
            cumulative = cumulative.add(y.net());
            if (cumulative.signum() < 0) {
                behind = true;
                payback = null;
            } else if (behind && payback == null) {
                payback = y.year();
            }
        }
        return new Valuation.EconomicResult(
                npv,
                presentBenefits,
                presentCosts,
                presentCosts.signum() > 0 ? presentBenefits.divide(presentCosts, Formula.MATH) : null,
                presentInvestment.signum() > 0 ? npv.divide(presentInvestment, Formula.MATH) : null,
                payback,
                budgetCuts);
    }

    private static BigDecimal sum(List<Cost> costs, int year, Cost.Kind kind, Actor actor) {
        return costs.stream()
                .filter(c -> c.year() == year && c.kind() == kind && (actor == null || c.actor() == actor))
                .map(Cost::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
