package no.gevinst.valuation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import no.gevinst.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Formulas are typed by users: their evaluation is bounded in size, depth, exponent and result. */
class FormulaBoundsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "10^10^10^10",
                "9^9^9",
                "2^1001",
                "1e999999999 * 1e999999999",
                "1e17",
                "FACT(100000)",
                "RANDOM()",
                "SQRT(-1)",
            })
    void refusesFormulasOfNumbersBeyondTheBoundsWhenTyped(String bomb) {
        assertThatThrownBy(() -> Formula.parse(bomb, "formula"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations().getFirst().field()).isEqualTo("formula"));
    }

    @Test
    void refusesAFormulaThatIsTooLongOrTooDeep() {
        assertThatThrownBy(() -> Formula.parse("1" + "+1".repeat(600), "formula"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations().getFirst().messageKey()).isEqualTo("valuation.formula.tooLong"));
        assertThatThrownBy(() -> Formula.parse("(".repeat(31) + "1" + ")".repeat(31), "formula"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations().getFirst().messageKey()).isEqualTo("valuation.formula.tooDeep"));
    }

    @Test
    void refusesAnExponentBeyondTheBoundWhenTheNamesAreKnown() {
        Formula formula = Formula.parse("growth ^ years", "formula");
        assertThat(formula.evaluate(Map.of("growth", new BigDecimal("1.02"), "years", BigDecimal.TEN)))
                .isGreaterThan(BigDecimal.ONE);
        assertThatThrownBy(() ->
                        formula.evaluate(Map.of("growth", new BigDecimal("1.02"), "years", new BigDecimal("1e10"))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations().getFirst().messageKey())
                                .isEqualTo("valuation.formula.tooLarge"));
    }

    @Test
    void keepsTheArithmeticAValuationNeeds() {
        assertThat(Formula.parse("MAX(2000 * 150, 100000) / 2", "formula").evaluate(Map.of()))
                .isEqualByComparingTo("150000");
        assertThat(Formula.parse("ROUND(1.0409 ^ 40, 2)", "formula").evaluate(Map.of()))
                .isEqualByComparingTo(
                        BigDecimal.valueOf(Math.pow(1.0409, 40)).setScale(2, java.math.RoundingMode.HALF_UP));
    }
}
