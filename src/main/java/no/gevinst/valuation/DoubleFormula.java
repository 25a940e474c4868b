package no.gevinst.valuation;

import com.ezylang.evalex.functions.FunctionIfc;
import com.ezylang.evalex.functions.basic.AbsFunction;
import com.ezylang.evalex.functions.basic.AverageFunction;
import com.ezylang.evalex.functions.basic.CeilingFunction;
import com.ezylang.evalex.functions.basic.FloorFunction;
import com.ezylang.evalex.functions.basic.IfFunction;
import com.ezylang.evalex.functions.basic.Log10Function;
import com.ezylang.evalex.functions.basic.LogFunction;
import com.ezylang.evalex.functions.basic.MaxFunction;
import com.ezylang.evalex.functions.basic.MinFunction;
import com.ezylang.evalex.functions.basic.RoundFunction;
import com.ezylang.evalex.functions.basic.SqrtFunction;
import com.ezylang.evalex.functions.basic.SumFunction;
import com.ezylang.evalex.operators.OperatorIfc;
import com.ezylang.evalex.operators.arithmetic.InfixDivisionOperator;
import com.ezylang.evalex.operators.arithmetic.InfixMinusOperator;
import com.ezylang.evalex.operators.arithmetic.InfixMultiplicationOperator;
import com.ezylang.evalex.operators.arithmetic.InfixPlusOperator;
import com.ezylang.evalex.operators.arithmetic.InfixPowerOfOperator;
import com.ezylang.evalex.operators.arithmetic.PrefixMinusOperator;
import com.ezylang.evalex.operators.arithmetic.PrefixPlusOperator;
import com.ezylang.evalex.operators.booleans.InfixAndOperator;
import com.ezylang.evalex.operators.booleans.InfixEqualsOperator;
import com.ezylang.evalex.operators.booleans.InfixGreaterEqualsOperator;
import com.ezylang.evalex.operators.booleans.InfixGreaterOperator;
import com.ezylang.evalex.operators.booleans.InfixLessEqualsOperator;
import com.ezylang.evalex.operators.booleans.InfixLessOperator;
import com.ezylang.evalex.operators.booleans.InfixNotEqualsOperator;
import com.ezylang.evalex.operators.booleans.InfixOrOperator;
import com.ezylang.evalex.operators.booleans.PrefixNotOperator;
import com.ezylang.evalex.parser.ASTNode;
import com.ezylang.evalex.parser.Token;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A {@link Formula} compiled to {@code double} arithmetic over an array of values, for the Monte Carlo simulation
 * alone: ten thousand draws over hundreds of formulas cannot afford EvalEx's BigDecimal evaluation. Only the
 * arithmetic a valuation uses is compiled; a formula with anything else is not compiled at all, and the simulation
 * then uses the exact engine. A result the exact engine would refuse (a division by zero, a negative root, a value
 * beyond the bounds) comes out as an {@link Anomaly}, so that the caller can ask the exact engine what it says.
 */
final class DoubleFormula {

    /** A value of a formula over the slots. */
    @FunctionalInterface
    interface Node {
        double at(double[] slots);
    }

    /** Thrown where the exact engine might refuse or differ; cheap, since it carries no stack. */
    static final class Anomaly extends RuntimeException {
        static final Anomaly INSTANCE = new Anomaly();

        private Anomaly() {
            super(null, null, false, false);
        }
    }

    private static final double MAX_EXPONENT = BoundedPower.MAX_EXPONENT;

    private DoubleFormula() {}

    /**
     * The formula as a node over the slots named, or null when it uses something this compiler leaves to the exact
     * engine (or a name that has no slot).
     */
    static Node compile(Formula formula, Map<String, Integer> slots) {
        try {
            Node node = number(formula.tree(), slots);
            return node == null ? null : bounded(node);
        } catch (RuntimeException | com.ezylang.evalex.parser.ParseException e) {
            return null;
        }
    }

    /** A formula's result outside the exact engine's bounds, or not a number, is left to the exact engine to judge. */
    private static Node bounded(Node node) {
        double limit = Formula.MAX_RESULT.doubleValue() * (1 - 1e-9);
        return slots -> {
            double value = node.at(slots);
            if (!(Math.abs(value) <= limit)) {
                throw Anomaly.INSTANCE;
            }
            return value;
        };
    }

    private static Node number(ASTNode ast, Map<String, Integer> slots) {
        Token token = ast.getToken();
        List<ASTNode> p = ast.getParameters();
        return switch (token.getType()) {
            case NUMBER_LITERAL -> literal(token.getValue());
            case VARIABLE_OR_CONSTANT -> variable(token.getValue(), slots);
            case PREFIX_OPERATOR -> prefix(token.getOperatorDefinition(), p, slots);
            case INFIX_OPERATOR -> infix(token.getOperatorDefinition(), p, slots);
            case FUNCTION -> function(token.getFunctionDefinition(), p, slots);
            default -> null;
        };
    }

    private static Node literal(String text) {
        double value = Double.parseDouble(text);
        return slots -> value;
    }

    private static Node variable(String name, Map<String, Integer> slots) {
        String lower = name.toLowerCase(Locale.ROOT);
        Integer slot = slots.get(lower);
        if (slot != null) {
            int i = slot;
            return values -> values[i];
        }
        return switch (lower) {
            case "pi" -> values -> Math.PI;
            case "e" -> values -> Math.E;
            default -> null;
        };
    }

    private static Node prefix(OperatorIfc op, List<ASTNode> p, Map<String, Integer> slots) {
        Node a = number(p.get(0), slots);
        if (a == null) {
            return null;
        }
        if (op instanceof PrefixMinusOperator) {
            return v -> -a.at(v);
        }
        return op instanceof PrefixPlusOperator ? a : null;
    }

    private static Node infix(OperatorIfc op, List<ASTNode> p, Map<String, Integer> slots) {
        Node a = number(p.get(0), slots);
        Node b = number(p.get(1), slots);
        if (a == null || b == null) {
            return null;
        }
        return switch (op) {
            case InfixPlusOperator x -> v -> a.at(v) + b.at(v);
            case InfixMinusOperator x -> v -> a.at(v) - b.at(v);
            case InfixMultiplicationOperator x -> v -> a.at(v) * b.at(v);
            case InfixDivisionOperator x -> v -> divide(a.at(v), b.at(v));
            case InfixPowerOfOperator x -> v -> power(a.at(v), b.at(v));
            default -> null;
        };
    }

    private static double divide(double a, double b) {
        if (b == 0) {
            throw Anomaly.INSTANCE;
        }
        return a / b;
    }

    private static double power(double base, double exponent) {
        if (Math.abs(exponent) > MAX_EXPONENT || (base == 0 && exponent < 0)) {
            throw Anomaly.INSTANCE;
        }
        double value = Math.pow(base, exponent);
        if (Double.isNaN(value)) {
            throw Anomaly.INSTANCE;
        }
        return value;
    }

    private static Node function(FunctionIfc f, List<ASTNode> p, Map<String, Integer> slots) {
        if (f instanceof IfFunction) {
            return p.size() == 3 ? ifThenElse(p, slots) : null;
        }
        Node[] args = new Node[p.size()];
        for (int i = 0; i < args.length; i++) {
            args[i] = number(p.get(i), slots);
            if (args[i] == null) {
                return null;
            }
        }
        return switch (f) {
            case AbsFunction x -> args.length == 1 ? v -> Math.abs(args[0].at(v)) : null;
            case CeilingFunction x -> args.length == 1 ? v -> Math.ceil(args[0].at(v)) : null;
            case FloorFunction x -> args.length == 1 ? v -> Math.floor(args[0].at(v)) : null;
            case SqrtFunction x -> args.length == 1 ? v -> root(args[0].at(v)) : null;
            case LogFunction x -> args.length == 1 ? v -> Math.log(positive(args[0].at(v))) : null;
            case Log10Function x -> args.length == 1 ? v -> Math.log10(positive(args[0].at(v))) : null;
            case RoundFunction x -> args.length == 2 ? v -> round(args[0].at(v), args[1].at(v)) : null;
            case SumFunction x -> v -> sum(args, v);
            case AverageFunction x -> args.length == 0 ? null : v -> sum(args, v) / args.length;
            case MaxFunction x -> args.length == 0 ? null : v -> extreme(args, v, true);
            case MinFunction x -> args.length == 0 ? null : v -> extreme(args, v, false);
            default -> null;
        };
    }

    private static double root(double value) {
        if (value < 0) {
            throw Anomaly.INSTANCE;
        }
        return Math.sqrt(value);
    }

    private static double positive(double value) {
        if (!(value > 0)) {
            throw Anomaly.INSTANCE;
        }
        return value;
    }

    /** ROUND(x, places) as EvalEx does it, half to even; a value exactly half-way in decimals is left to the exact. */
    private static double round(double value, double places) {
        double scale = Math.pow(10, (int) places);
        double scaled = value * scale;
        if (Math.abs(scaled - Math.floor(scaled) - 0.5) < 1e-9 * Math.max(1, Math.abs(scaled))) {
            throw Anomaly.INSTANCE;
        }
        return Math.rint(scaled) / scale;
    }

    private static double sum(Node[] args, double[] v) {
        double sum = 0;
        for (Node a : args) {
            sum += a.at(v);
        }
        return sum;
    }

    private static double extreme(Node[] args, double[] v, boolean max) {
        double best = args[0].at(v);
        for (int i = 1; i < args.length; i++) {
            double x = args[i].at(v);
            best = max ? Math.max(best, x) : Math.min(best, x);
        }
        return best;
    }

    private static Node ifThenElse(List<ASTNode> p, Map<String, Integer> slots) {
        Condition condition = condition(p.get(0), slots);
        Node then = number(p.get(1), slots);
        Node otherwise = number(p.get(2), slots);
        if (condition == null || then == null || otherwise == null) {
            return null;
        }
        return v -> condition.holds(v) ? then.at(v) : otherwise.at(v);
    }

    /** A comparison or a logical combination of comparisons, as IF's condition. */
    @FunctionalInterface
    private interface Condition {
        boolean holds(double[] slots);
    }

    private static Condition condition(ASTNode ast, Map<String, Integer> slots) {
        Token token = ast.getToken();
        List<ASTNode> p = ast.getParameters();
        if (token.getType() == Token.TokenType.PREFIX_OPERATOR
                && token.getOperatorDefinition() instanceof PrefixNotOperator) {
            Condition a = condition(p.get(0), slots);
            return a == null ? null : v -> !a.holds(v);
        }
        if (token.getType() == Token.TokenType.VARIABLE_OR_CONSTANT) {
            return switch (token.getValue().toLowerCase(Locale.ROOT)) {
                case "true" -> v -> true;
                case "false" -> v -> false;
                default -> null;
            };
        }
        if (token.getType() != Token.TokenType.INFIX_OPERATOR) {
            return null;
        }
        OperatorIfc op = token.getOperatorDefinition();
        if (op instanceof InfixAndOperator || op instanceof InfixOrOperator) {
            Condition a = condition(p.get(0), slots);
            Condition b = condition(p.get(1), slots);
            if (a == null || b == null) {
                return null;
            }
            return op instanceof InfixAndOperator ? v -> a.holds(v) && b.holds(v) : v -> a.holds(v) || b.holds(v);
        }
        return comparison(op, p, slots);
    }

    private static Condition comparison(OperatorIfc op, List<ASTNode> p, Map<String, Integer> slots) {
        Node a = number(p.get(0), slots);
        Node b = number(p.get(1), slots);
        if (a == null || b == null) {
            return null;
        }
        return switch (op) {
            case InfixEqualsOperator x -> v -> a.at(v) == b.at(v);
            case InfixNotEqualsOperator x -> v -> a.at(v) != b.at(v);
            case InfixGreaterOperator x -> v -> a.at(v) > b.at(v);
            case InfixGreaterEqualsOperator x -> v -> a.at(v) >= b.at(v);
            case InfixLessOperator x -> v -> a.at(v) < b.at(v);
            case InfixLessEqualsOperator x -> v -> a.at(v) <= b.at(v);
            default -> null;
        };
    }
}
