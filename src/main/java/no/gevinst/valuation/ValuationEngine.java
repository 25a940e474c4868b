package no.gevinst.valuation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.gevinst.benefit.BenefitClass;

/**
 * Computes a valuation by the state's rules: each benefit's value per year is its full-effect value × the
 * phase-in share (× the real price growth of time values, when enabled); costs and the tax financing cost on the
 * net effect on public budgets are subtracted; the yearly net is discounted with R-109's rates. A pure function of
 * its inputs, so that every figure can be recomputed by hand or in a spreadsheet.
 *
 * <p>Budget cuts follow Digdir's co-financing: only a programme that receives co-financing (a cost of kind
 * {@link Cost.Kind#CO_FINANCING}) has them, and they are taken from the actors that receive it, per year: the cut
 * share × (their cash-releasing benefits − their running costs), never below zero.
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
        Set<Actor> receivers = coFinanced(costs);
        List<Valuation.YearLine> years = new ArrayList<>();
        for (int year = settings.firstYear(); year <= settings.lastYear(); year++) {
            years.add(year(settings, year, lines, costs, receivers));
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

    /** The actors that receive co-financing: the only ones whose budgets are cut. */
    static Set<Actor> coFinanced(List<Cost> costs) {
        Set<Actor> receivers = EnumSet.noneOf(Actor.class);
        costs.stream()
                .filter(c -> c.kind() == Cost.Kind.CO_FINANCING && c.amount().signum() > 0)
                .forEach(c -> receivers.add(c.actor()));
        return receivers;
    }

    private static Valuation.YearLine year(
            EconomicSettings settings,
            int year,
            List<Valuation.BenefitLine> lines,
            List<Cost> costs,
            Set<Actor> receivers) {
        YearBenefits b = new YearBenefits();
        lines.forEach(line -> b.add(line, year, receivers));
        BigDecimal investment = sum(costs, year, Cost.Kind.INVESTMENT);
        BigDecimal running = sum(costs, year, Cost.Kind.RUNNING);
        BigDecimal coFinancing = sum(costs, year, Cost.Kind.CO_FINANCING);
        BigDecimal publicBudgetEffect = publicCosts(costs, year).subtract(b.publicCash);
        BigDecimal taxCost = publicBudgetEffect.multiply(settings.taxFinancingRate(), Formula.MATH);
        BigDecimal net = b.total.subtract(investment).subtract(running).subtract(taxCost);
        BigDecimal factor = settings.discountFactor(year);
        BigDecimal cutBasis = b.receivedCash
                .subtract(receiversRunning(costs, year, receivers))
                .max(BigDecimal.ZERO);
        return new Valuation.YearLine(
                year,
                factor,
                b.byClass,
                b.byActor,
                b.total,
                b.hours,
                investment,
                running,
                coFinancing,
                publicBudgetEffect,
                taxCost,
                net,
                net.multiply(factor, Formula.MATH),
                cutBasis.multiply(settings.coFinancingCutShare(), Formula.MATH),
                cutBasis);
    }

    /** The benefits of one year, summed by class and by actor, with the cash they release where it matters. */
    private static final class YearBenefits {
        private final Map<BenefitClass, BigDecimal> byClass = new EnumMap<>(BenefitClass.class);
        private final Map<Actor, BigDecimal> byActor = new EnumMap<>(Actor.class);
        private BigDecimal total = BigDecimal.ZERO;
        private BigDecimal hours = BigDecimal.ZERO;
        /** Cash released in public bodies: it lowers the effect on public budgets. */
        private BigDecimal publicCash = BigDecimal.ZERO;
        /** Cash released in the actors that receive co-financing: what budget cuts are taken from. */
        private BigDecimal receivedCash = BigDecimal.ZERO;

        void add(Valuation.BenefitLine line, int year, Set<Actor> receivers) {
            BigDecimal value = line.valueByYear().get(year);
            PricedBenefit b = line.benefit();
            byClass.merge(b.benefitClass(), value, BigDecimal::add);
            byActor.merge(b.actor(), value, BigDecimal::add);
            total = total.add(value);
            hours = hours.add(line.hoursByYear().get(year));
            if (b.benefitClass() == BenefitClass.CASH_RELEASING && b.actor().publicSector()) {
                publicCash = publicCash.add(value);
            }
            if (b.benefitClass() == BenefitClass.CASH_RELEASING && receivers.contains(b.actor())) {
                receivedCash = receivedCash.add(value);
            }
        }
    }

    /** The year's costs borne by public actors; co-financing moves money between them and is not counted. */
    private static BigDecimal publicCosts(List<Cost> costs, int year) {
        return costs.stream()
                .filter(c -> c.year() == year
                        && c.kind() != Cost.Kind.CO_FINANCING
                        && c.actor().publicSector())
                .map(Cost::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The year's running costs of the actors that receive co-financing. */
    private static BigDecimal receiversRunning(List<Cost> costs, int year, Set<Actor> receivers) {
        return costs.stream()
                .filter(c -> c.year() == year && c.kind() == Cost.Kind.RUNNING && receivers.contains(c.actor()))
                .map(Cost::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Valuation.EconomicResult result(List<Valuation.YearLine> years) {
        BigDecimal npv = BigDecimal.ZERO;
        BigDecimal presentBenefits = BigDecimal.ZERO;
        BigDecimal presentCosts = BigDecimal.ZERO;
        BigDecimal presentTax = BigDecimal.ZERO;
        BigDecimal presentInvestment = BigDecimal.ZERO;
        BigDecimal budgetCuts = BigDecimal.ZERO;
        Payback undiscounted = new Payback();
        Payback discounted = new Payback();
        for (Valuation.YearLine y : years) {
            npv = npv.add(y.presentValue());
            presentBenefits = presentBenefits.add(y.benefits().multiply(y.discountFactor(), Formula.MATH));
            BigDecimal costs = y.investment().add(y.running());
            presentCosts = presentCosts.add(costs.multiply(y.discountFactor(), Formula.MATH));
            presentTax = presentTax.add(y.taxFinancingCost().multiply(y.discountFactor(), Formula.MATH));
            presentInvestment = presentInvestment.add(y.investment().multiply(y.discountFactor(), Formula.MATH));
            budgetCuts = budgetCuts.add(y.budgetCut());
            undiscounted.add(y.year(), y.net());
            discounted.add(y.year(), y.presentValue());
        }
        // The tax financing effect goes above the line as a gain or below it as a cost, so that neither side of the
        // ratio is ever negative and the ratio exists whenever there are costs.
        BigDecimal gains = presentBenefits.add(presentTax.negate().max(BigDecimal.ZERO));
        BigDecimal allCosts = presentCosts.add(presentTax.max(BigDecimal.ZERO));
        return new Valuation.EconomicResult(
                npv,
                presentBenefits,
                presentCosts,
                allCosts.signum() > 0 ? gains.divide(allCosts, Formula.MATH) : null,
                presentInvestment.signum() > 0 ? npv.divide(presentInvestment, Formula.MATH) : null,
                undiscounted.year,
                budgetCuts,
                presentTax,
                discounted.year);
    }

    /** The first year a running sum turns non-negative after having been negative; null while it is negative. */
    private static final class Payback {
        private BigDecimal cumulative = BigDecimal.ZERO;
        private boolean behind;
        private Integer year;

        void add(int y, BigDecimal amount) {
            cumulative = cumulative.add(amount);
            if (cumulative.signum() < 0) {
                behind = true;
                year = null;
            } else if (behind && year == null) {
                year = y;
            }
        }
    }

    private static BigDecimal sum(List<Cost> costs, int year, Cost.Kind kind) {
        return costs.stream()
                .filter(c -> c.year() == year && c.kind() == kind)
                .map(Cost::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
