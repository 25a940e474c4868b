package no.gevinst.valuation;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Map;
import no.gevinst.shared.InvalidInputException;

/**
 * How a benefit's money value per year at full effect is calculated: a closed set of kinds, each a formula over
 * the programme's assumptions. Every parameter is a {@link Formula}, so that a number can be typed in or derived.
 */
public sealed interface CalculationModel {

    ModelResult evaluate(Map<String, BigDecimal> values);

    /** Time saving: persons × minutes per period × periods per year ÷ 60 × hourly cost. */
    record TimeSaving(Formula persons, Formula minutesPerPeriod, Formula periodsPerYear, Formula hourlyCost)
            implements CalculationModel {
        @Override
        public ModelResult evaluate(Map<String, BigDecimal> values) {
            BigDecimal p = nonNegative(persons, values);
            BigDecimal m = nonNegative(minutesPerPeriod, values);
            BigDecimal n = nonNegative(periodsPerYear, values);
            BigDecimal c = nonNegative(hourlyCost, values);
            BigDecimal hours = p.multiply(m).multiply(n).divide(BigDecimal.valueOf(60), Formula.MATH);
            BigDecimal nok = hours.multiply(c, Formula.MATH);
            return new ModelResult(
                    nok,
                    hours,
                    Phrase.of("valuation.working.timeSaving", fmt(p), fmt(m), fmt(n), fmt(hours), fmt(c), fmt(nok)));
        }
    }

    /** Avoided tasks: count × cost per task. */
    record AvoidedTasks(Formula count, Formula costPerTask) implements CalculationModel {
        @Override
        public ModelResult evaluate(Map<String, BigDecimal> values) {
            return product(nonNegative(count, values), nonNegative(costPerTask, values), "valuation.working.tasks");
        }
    }

    /** Reduced consumption: quantity saved × unit price. */
    record ReducedConsumption(Formula quantity, Formula unitPrice) implements CalculationModel {
        @Override
        public ModelResult evaluate(Map<String, BigDecimal> values) {
            return product(
                    nonNegative(quantity, values), nonNegative(unitPrice, values), "valuation.working.consumption");
        }
    }

    /** Renegotiated contract: old price − new price per year. */
    record RenegotiatedContract(Formula oldPrice, Formula newPrice) implements CalculationModel {
        @Override
        public ModelResult evaluate(Map<String, BigDecimal> values) {
            BigDecimal before = nonNegative(oldPrice, values);
            BigDecimal after = nonNegative(newPrice, values);
            BigDecimal nok = before.subtract(after);
            return new ModelResult(
                    nok, null, Phrase.of("valuation.working.contract", fmt(before), fmt(after), fmt(nok)));
        }
    }

    /** A yearly cost that is no longer paid. */
    record AvoidedYearlyCost(Formula amount) implements CalculationModel {
        @Override
        public ModelResult evaluate(Map<String, BigDecimal> values) {
            BigDecimal nok = nonNegative(amount, values);
            return new ModelResult(nok, null, Phrase.of("valuation.working.formula", amount.text(), fmt(nok)));
        }
    }

    /** Any formula over named assumptions. */
    record FormulaModel(Formula formula) implements CalculationModel {
        @Override
        public ModelResult evaluate(Map<String, BigDecimal> values) {
            BigDecimal nok = formula.evaluate(values);
            return new ModelResult(nok, null, Phrase.of("valuation.working.formula", formula.text(), fmt(nok)));
        }
    }

    private static ModelResult product(BigDecimal a, BigDecimal b, String working) {
        BigDecimal nok = a.multiply(b, Formula.MATH);
        return new ModelResult(nok, null, Phrase.of(working, fmt(a), fmt(b), fmt(nok)));
    }

    private static BigDecimal nonNegative(Formula formula, Map<String, BigDecimal> values) {
        BigDecimal value = formula.evaluate(values);
        if (value.signum() < 0) {
            throw InvalidInputException.of(formula.field(), "valuation.model.negative", formula.text());
        }
        return value;
    }

    /** Norwegian number form for the workings: 1 234 567,5. */
    static String fmt(BigDecimal value) {
        // A copy of one format made once: looking the locale's format up for each number was a fifth of what a
        // programme's valuation cost. A format is not safe to share between threads, so each number has its copy.
        return ((NumberFormat) WorkingNumbers.NORWEGIAN.clone()).format(value);
    }
}
