package no.gevinst.valuation;

import com.ezylang.evalex.EvaluationException;
import com.ezylang.evalex.Expression;
import com.ezylang.evalex.config.ExpressionConfiguration;
import com.ezylang.evalex.config.MapBasedFunctionDictionary;
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
import com.ezylang.evalex.parser.ParseException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReferenceArray;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.TextLimits;
import org.jspecify.annotations.Nullable;

/**
 * A formula over named assumptions, such as {@code helsepersonell * 0.7 * 0.5 * 0.15}, evaluated with BigDecimal
 * by EvalEx (a maintained expression library; no script engine). Names are case-insensitive.
 */
public final class Formula {

    static final MathContext MATH = MathContext.DECIMAL64;
    /** What evaluation says when a value or an exponent exceeds the bounds. */
    static final String TOO_LARGE = "too large";

    /** The largest value a formula may give: a thousand times the Norwegian state budget, in kroner. */
    static final BigDecimal MAX_RESULT = new BigDecimal("1e16");

    private static final int MAX_DEPTH = 30;

    // Only the arithmetic functions a valuation needs (and a spreadsheet has): FACT, RANDOM and the string and
    // date functions could run long, vary from run to run, or mean nothing in kroner.
    private static final ExpressionConfiguration CONFIGURATION = ExpressionConfiguration.builder()
            .mathContext(MATH)
            .implicitMultiplicationAllowed(false)
            .functionDictionary(MapBasedFunctionDictionary.ofFunctions(
                    Map.entry("ABS", new AbsFunction()),
                    Map.entry("AVERAGE", new AverageFunction()),
                    Map.entry("CEILING", new CeilingFunction()),
                    Map.entry("FLOOR", new FloorFunction()),
                    Map.entry("IF", new IfFunction()),
                    Map.entry("LOG", new LogFunction()),
                    Map.entry("LOG10", new Log10Function()),
                    Map.entry("MAX", new MaxFunction()),
                    Map.entry("MIN", new MinFunction()),
                    Map.entry("ROUND", new RoundFunction()),
                    Map.entry("SQRT", new SqrtFunction()),
                    Map.entry("SUM", new SumFunction())))
            .build()
            .withAdditionalOperators(Map.entry("^", new BoundedPower()));
    private static final Set<String> CONSTANTS =
            Set.of("pi", "e", "true", "false", "null", "dt_format_local_date", "dt_format_iso_date_time");

    private final String text;
    private final String field;
    private final Set<String> names;
    /**
     * Parsing is the costly part: parsed expressions are kept and only their names are bound again. An evaluation
     * takes one and gives it back after, so that none is used by two at once; one that finds none parses its own,
     * and up to {@link #SPARE} are kept, as many as evaluate it at once (the simulation's threads, say). (It was a
     * thread's own, but requests run on virtual threads, each new: every evaluation parsed again.)
     */
    private final AtomicReferenceArray<Expression> parsed = new AtomicReferenceArray<>(SPARE);

    private static final int SPARE = 4;

    /**
     * The value of a formula of numbers alone, worked out when it was parsed (its parsed expression then let go): a
     * region's stored models are mostly such amounts, each its own text.
     */
    private volatile @Nullable BigDecimal constant;

    private Formula(String text, String field, Set<String> names) {
        this.text = text;
        this.field = field;
        this.names = names;
    }

    /**
     * The formulas parsed, by text and field: a valuation read builds each benefit's model from its stored text again,
     * and at a region's size parsing them was most of what a programme's valuation cost (20 000: a region's priced
     * benefits, each amount its own text, a few hundred bytes each once worked out). A formula is immutable and
     * the same text in the same field parses to the same one; only those that parsed are kept. Bounded, least
     * recently used out first.
     */
    private static final Map<Parsed, Formula> PARSED =
            java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Parsed, Formula> eldest) {
                    return size() > PARSED_KEPT;
                }
            });

    private static final int PARSED_KEPT = 20_000;

    private record Parsed(String text, String field) {}

    /**
     * @param field the input field the formula came from, named in every refusal
     * @throws InvalidInputException when the text is no formula
     */
    public static Formula parse(String text, String field) {
        Parsed key = new Parsed(text, field);
        Formula kept = PARSED.get(key);
        if (kept != null) {
            return kept;
        }
        Formula formula = parsed(text, field);
        PARSED.put(key, formula);
        return formula;
    }

    private static Formula parsed(String text, String field) {
        String source = text == null ? "" : text.strip();
        if (source.isEmpty()) {
            throw InvalidInputException.of(field, "valuation.formula.required");
        }
        if (source.length() > TextLimits.FORMULA) {
            throw InvalidInputException.of(field, "valuation.formula.tooLong", TextLimits.FORMULA);
        }
        if (depth(source) > MAX_DEPTH) {
            throw InvalidInputException.of(field, "valuation.formula.tooDeep", MAX_DEPTH);
        }
        try {
            Expression expression = new Expression(source, CONFIGURATION);
            expression.validate();
            Set<String> names = new TreeSet<>();
            for (String name : expression.getUsedVariables()) {
                String lower = name.toLowerCase(Locale.ROOT);
                if (!CONSTANTS.contains(lower)) {
                    names.add(lower);
                }
            }
            // Kept formulas are shared: the names are read, never changed.
            Formula formula = new Formula(source, field, java.util.Collections.unmodifiableSet(names));
            if (names.isEmpty()) {
                // A formula of numbers alone is worked out now, so that one beyond the bounds is refused when
                // typed rather than each time a valuation is computed.
                formula.constant = formula.evaluate(Map.of());
                formula.parsed.set(0, null);
            }
            return formula;
        } catch (ParseException e) {
            throw InvalidInputException.of(field, "valuation.formula.syntax", source, e.getMessage());
        }
    }

    /** A formula that is just a number. */
    public static Formula number(BigDecimal value, String field) {
        return new Formula(value.toPlainString(), field, Set.of());
    }

    public String text() {
        return text;
    }

    /** The input field the formula came from. */
    public String field() {
        return field;
    }

    /** The assumption names the formula uses, in lower case. */
    public Set<String> names() {
        return names;
    }

    /**
     * @param values assumption values by lower-case name
     * @throws InvalidInputException naming the field: an unknown name, or a division by zero
     */
    public BigDecimal evaluate(Map<String, BigDecimal> values) {
        BigDecimal known = constant;
        if (known != null) {
            return known;
        }
        Expression expression = taken();
        try {
            return evaluate(expression, values);
        } finally {
            giveBack(expression);
        }
    }

    /** A parsed expression no other evaluation uses: a spare one, or one parsed now. */
    private Expression taken() {
        for (int i = 0; i < SPARE; i++) {
            Expression spare = parsed.getAndSet(i, null);
            if (spare != null) {
                return spare;
            }
        }
        return new Expression(text, CONFIGURATION);
    }

    private void giveBack(Expression expression) {
        for (int i = 0; i < SPARE; i++) {
            if (parsed.compareAndSet(i, null, expression)) {
                return;
            }
        }
    }

    private BigDecimal evaluate(Expression expression, Map<String, BigDecimal> values) {
        for (String name : names) {
            BigDecimal value = values.get(name);
            if (value == null) {
                throw InvalidInputException.of(field, "valuation.formula.unknownName", name);
            }
            expression.with(name, value);
        }
        try {
            BigDecimal result = expression.evaluate().getNumberValue();
            if (result == null || result.abs().compareTo(MAX_RESULT) > 0) {
                throw InvalidInputException.of(field, "valuation.formula.tooLarge", text);
            }
            return result;
        } catch (ArithmeticException e) {
            // BigDecimal's own division by zero, its overflow (an exponent beyond what it can hold) or a root of a
            // negative number.
            throw InvalidInputException.of(
                    field,
                    String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("division")
                            ? "valuation.formula.divisionByZero"
                            : "valuation.formula.tooLarge",
                    text);
        } catch (EvaluationException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains(TOO_LARGE)) {
                throw InvalidInputException.of(field, "valuation.formula.tooLarge", text);
            }
            throw InvalidInputException.of(
                    field,
                    message.toLowerCase(Locale.ROOT).contains("division by zero")
                            ? "valuation.formula.divisionByZero"
                            : "valuation.formula.evaluation",
                    text,
                    message);
        } catch (ParseException e) {
            throw InvalidInputException.of(field, "valuation.formula.syntax", text, e.getMessage());
        }
    }

    /** The parsed expression's tree, for the simulation's compiler ({@link DoubleFormula}). */
    com.ezylang.evalex.parser.ASTNode tree() throws ParseException {
        return new Expression(text, CONFIGURATION).getAbstractSyntaxTree();
    }

    /** How deeply the formula's parentheses nest: the parser recurses once per level. */
    private static int depth(String source) {
        int depth = 0;
        int deepest = 0;
        for (char c : source.toCharArray()) {
            if (c == '(') {
                deepest = Math.max(deepest, ++depth);
            } else if (c == ')') {
                depth--;
            }
        }
        return deepest;
    }

    @Override
    public String toString() {
        return text;
    }
}
