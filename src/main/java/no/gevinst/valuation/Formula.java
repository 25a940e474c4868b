package no.gevinst.valuation;

import com.ezylang.evalex.EvaluationException;
import com.ezylang.evalex.Expression;
import com.ezylang.evalex.config.ExpressionConfiguration;
import com.ezylang.evalex.parser.ParseException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import no.gevinst.shared.InvalidInputException;

/**
 * A formula over named assumptions, such as {@code helsepersonell * 0.7 * 0.5 * 0.15}, evaluated with BigDecimal
 * by EvalEx (a maintained expression library; no script engine). Names are case-insensitive.
 */
public final class Formula {

    static final MathContext MATH = MathContext.DECIMAL64;
    private static final ExpressionConfiguration CONFIGURATION = ExpressionConfiguration.builder()
            .mathContext(MATH)
            .implicitMultiplicationAllowed(false)
            .build();
    private static final Set<String> CONSTANTS =
            Set.of("pi", "e", "true", "false", "null", "dt_format_local_date", "dt_format_iso_date_time");

    private final String text;
    private final String field;
    private final Set<String> names;
    /** Parsing is the costly part: each thread keeps its parsed expression and only rebinds the names. */
    private final ThreadLocal<Expression> parsed;

    private Formula(String text, String field, Set<String> names) {
        this.text = text;
        this.field = field;
        this.names = names;
        this.parsed = ThreadLocal.withInitial(() -> new Expression(text, CONFIGURATION));
    }

    /**
     * @param field the input field the formula came from, named in every refusal
     * @throws InvalidInputException when the text is no formula
     */
    public static Formula parse(String text, String field) {
        String source = text == null ? "" : text.strip();
        if (source.isEmpty()) {
            throw InvalidInputException.of(field, "valuation.formula.required");
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
            return new Formula(source, field, names);
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
        Expression expression = parsed.get();
        for (String name : names) {
            BigDecimal value = values.get(name);
            if (value == null) {
                throw InvalidInputException.of(field, "valuation.formula.unknownName", name);
            }
            expression.with(name, value);
        }
        try {
            return expression.evaluate().getNumberValue();
        } catch (EvaluationException e) {
            String message = String.valueOf(e.getMessage());
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

    @Override
    public String toString() {
        return text;
    }
}
