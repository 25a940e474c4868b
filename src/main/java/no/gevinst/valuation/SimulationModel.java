package no.gevinst.valuation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.gevinst.benefit.BenefitClass;

/**
 * A programme's valuation compiled once to {@code double} arrays for the Monte Carlo simulation: every assumption a
 * slot, each derived value and each benefit's model a compiled formula, each benefit's phase-in share × real price
 * factor per year a number, and the costs, the tax financing rate and the discount factors per year numbers. One
 * draw is then a few plain loops. It does the exact engine's arithmetic ({@link ValuationEngine}) in the same order,
 * in {@code double}; money in the valuation itself stays exact, only the spread of outcomes is estimated with it.
 */
final class SimulationModel {

    /** The full-effect kroner a year of one benefit, from the slots. */
    @FunctionalInterface
    private interface FullEffect {
        double at(double[] slots);
    }

    private final double[] likely;
    private final int[] drawnSlots;
    private final int[] derivedSlots;
    private final DoubleFormula.Node[] derived;
    private final FullEffect[] benefits;
    /** [year][benefit]: the phase-in share × the real price factor. */
    private final double[][] share;

    private final boolean[] publicCash;
    private final double[] costs;
    private final double[] publicCosts;
    private final double[] discount;
    private final double taxRate;

    private SimulationModel(Builder b) {
        this.likely = b.likely;
        this.drawnSlots = b.drawnSlots;
        this.derivedSlots = b.derivedSlots.stream().mapToInt(Integer::intValue).toArray();
        this.derived = b.derived.toArray(DoubleFormula.Node[]::new);
        this.benefits = b.benefits.toArray(FullEffect[]::new);
        this.share = b.share;
        this.publicCash = b.publicCash;
        this.costs = b.costs;
        this.publicCosts = b.publicCosts;
        this.discount = b.discount;
        this.taxRate = b.taxRate;
    }

    /**
     * The valuation compiled, or null when some formula uses what only the exact engine evaluates (or the
     * assumption chain has a name it does not define, or a cycle: the exact engine names those).
     *
     * @param uncertain the assumptions drawn, in the order they are drawn
     */
    static SimulationModel compile(
            AssumptionBook book,
            EconomicSettings settings,
            List<PricedBenefit> pricedBenefits,
            List<Cost> costList,
            List<Assumption> uncertain) {
        Builder b = new Builder();
        Map<String, Integer> slots = new HashMap<>();
        List<Double> values = new ArrayList<>();
        book.assumptions().forEach((name, a) -> {
            slots.put(name, values.size());
            values.add(a.likely().doubleValue());
        });
        if (!b.derived(book, slots, values)) {
            return null;
        }
        b.likely = values.stream().mapToDouble(Double::doubleValue).toArray();
        b.drawnSlots = uncertain.stream().mapToInt(a -> slots.get(a.name())).toArray();
        for (PricedBenefit benefit : pricedBenefits) {
            FullEffect full = model(benefit.model(), slots);
            if (full == null) {
                return null;
            }
            b.benefits.add(full);
        }
        b.years(settings, pricedBenefits, costList);
        return new SimulationModel(b);
    }

    /** The slots at the likely values, to be overwritten by one draw's values. */
    double[] slots() {
        return likely.clone();
    }

    /** Puts one draw's values of the uncertain assumptions (in the order they are drawn) into their slots. */
    void place(double[] drawn, double[] slots) {
        for (int i = 0; i < drawn.length; i++) {
            slots[drawnSlots[i]] = drawn[i];
        }
    }

    /**
     * Values one draw: the derived values, each benefit's full effect, and each year's benefits and net.
     *
     * @param slots the assumptions' values of the draw (see {@link #slots()}), with room for the derived ones
     * @param full room for each benefit's full effect
     * @param yearly receives each year's benefits
     * @return the net present value
     * @throws DoubleFormula.Anomaly where the exact engine might refuse the draw or differ from it
     */
    double value(double[] slots, double[] full, double[] yearly) {
        for (int i = 0; i < derived.length; i++) {
            slots[derivedSlots[i]] = derived[i].at(slots);
        }
        for (int i = 0; i < benefits.length; i++) {
            full[i] = benefits[i].at(slots);
        }
        double npv = 0;
        for (int y = 0; y < yearly.length; y++) {
            double[] s = share[y];
            double benefitsOfYear = 0;
            double cash = 0;
            for (int i = 0; i < full.length; i++) {
                double value = full[i] * s[i];
                benefitsOfYear += value;
                if (publicCash[i]) {
                    cash += value;
                }
            }
            yearly[y] = benefitsOfYear;
            double net = benefitsOfYear - costs[y] - (publicCosts[y] - cash) * taxRate;
            npv += net * discount[y];
        }
        return npv;
    }

    int benefitCount() {
        return benefits.length;
    }

    /** The derived names in the order the exact engine resolves them; null on a cycle or an unknown name. */
    private static List<String> derivedOrder(AssumptionBook book) {
        Set<String> done = new LinkedHashSet<>();
        for (String name : book.derived().keySet()) {
            if (!visit(book, name, done, new LinkedHashSet<>())) {
                return null;
            }
        }
        return List.copyOf(done);
    }

    private static boolean visit(AssumptionBook book, String name, Set<String> done, Set<String> path) {
        if (book.assumptions().containsKey(name) || done.contains(name)) {
            return true;
        }
        Formula formula = book.derived().get(name);
        if (formula == null || !path.add(name)) {
            return false;
        }
        for (String used : formula.names()) {
            if (!visit(book, used, done, path)) {
                return false;
            }
        }
        path.remove(name);
        done.add(name);
        return true;
    }

    /** A model's full effect in kroner, with the exact engine's refusal of a negative input left to it. */
    private static FullEffect model(CalculationModel model, Map<String, Integer> slots) {
        return switch (model) {
            case CalculationModel.TimeSaving t -> {
                DoubleFormula.Node p = nonNegative(t.persons(), slots);
                DoubleFormula.Node m = nonNegative(t.minutesPerPeriod(), slots);
                DoubleFormula.Node n = nonNegative(t.periodsPerYear(), slots);
                DoubleFormula.Node c = nonNegative(t.hourlyCost(), slots);
                yield p == null || m == null || n == null || c == null
                        ? null
                        : v -> p.at(v) * m.at(v) * n.at(v) / 60 * c.at(v);
            }
            case CalculationModel.AvoidedTasks a -> product(a.count(), a.costPerTask(), slots);
            case CalculationModel.ReducedConsumption r -> product(r.quantity(), r.unitPrice(), slots);
            case CalculationModel.RenegotiatedContract r -> {
                DoubleFormula.Node before = nonNegative(r.oldPrice(), slots);
                DoubleFormula.Node after = nonNegative(r.newPrice(), slots);
                yield before == null || after == null ? null : v -> before.at(v) - after.at(v);
            }
            case CalculationModel.AvoidedYearlyCost c -> {
                DoubleFormula.Node amount = nonNegative(c.amount(), slots);
                yield amount == null ? null : amount::at;
            }
            case CalculationModel.FormulaModel f -> {
                DoubleFormula.Node formula = DoubleFormula.compile(f.formula(), slots);
                yield formula == null ? null : formula::at;
            }
        };
    }

    private static FullEffect product(Formula a, Formula b, Map<String, Integer> slots) {
        DoubleFormula.Node x = nonNegative(a, slots);
        DoubleFormula.Node y = nonNegative(b, slots);
        return x == null || y == null ? null : v -> x.at(v) * y.at(v);
    }

    private static DoubleFormula.Node nonNegative(Formula formula, Map<String, Integer> slots) {
        DoubleFormula.Node node = DoubleFormula.compile(formula, slots);
        if (node == null) {
            return null;
        }
        return v -> {
            double value = node.at(v);
            if (value < 0) {
                throw DoubleFormula.Anomaly.INSTANCE;
            }
            return value;
        };
    }

    private static final class Builder {
        double[] likely;
        int[] drawnSlots;
        final List<Integer> derivedSlots = new ArrayList<>();
        final List<DoubleFormula.Node> derived = new ArrayList<>();
        final List<FullEffect> benefits = new ArrayList<>();
        double[][] share;
        boolean[] publicCash;
        double[] costs;
        double[] publicCosts;
        double[] discount;
        double taxRate;

        /**
         * Gives each derived value a slot after the assumptions' and compiles its formula, in the order they are
         * worked out; false when there is no such order or a formula is one the compiler leaves alone.
         */
        boolean derived(AssumptionBook book, Map<String, Integer> slots, List<Double> values) {
            List<String> order = derivedOrder(book);
            if (order == null) {
                return false;
            }
            for (String name : order) {
                slots.put(name, values.size());
                values.add(0.0);
            }
            for (String name : order) {
                DoubleFormula.Node node = DoubleFormula.compile(book.derived().get(name), slots);
                if (node == null) {
                    return false;
                }
                derivedSlots.add(slots.get(name));
                derived.add(node);
            }
            return true;
        }

        /** What the exact engine works out per year and benefit, or per year, that no draw changes. */
        void years(EconomicSettings settings, List<PricedBenefit> pricedBenefits, List<Cost> costList) {
            int years = settings.lastYear() - settings.firstYear() + 1;
            share = new double[years][pricedBenefits.size()];
            publicCash = new boolean[pricedBenefits.size()];
            costs = new double[years];
            publicCosts = new double[years];
            discount = new double[years];
            taxRate = settings.taxFinancingRate().doubleValue();
            for (int i = 0; i < pricedBenefits.size(); i++) {
                PricedBenefit b = pricedBenefits.get(i);
                publicCash[i] = b.benefitClass() == BenefitClass.CASH_RELEASING
                        && b.actor().publicSector();
                boolean timeValue = b.model() instanceof CalculationModel.TimeSaving;
                for (int y = 0; y < years; y++) {
                    int year = settings.firstYear() + y;
                    BigDecimal price = timeValue ? settings.realPriceFactor(year) : BigDecimal.ONE;
                    share[y][i] = b.phaseIn().fraction(year).doubleValue() * price.doubleValue();
                }
            }
            for (int y = 0; y < years; y++) {
                int year = settings.firstYear() + y;
                discount[y] = settings.discountFactor(year).doubleValue();
                for (Cost c : costList) {
                    if (c.year() != year) {
                        continue;
                    }
                    if (c.kind() != Cost.Kind.CO_FINANCING) {
                        costs[y] += c.amount().doubleValue();
                        if (c.actor().publicSector()) {
                            publicCosts[y] += c.amount().doubleValue();
                        }
                    }
                }
            }
        }
    }
}
