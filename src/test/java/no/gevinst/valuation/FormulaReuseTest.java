package no.gevinst.valuation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.gevinst.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * A formula parsed once serves every valuation that reads the same text in the same field (issue 15: parsing each
 * benefit's formulas again was most of what valuing a programme cost after a register edit), and its parsed expression
 * is never used by two evaluations at once: many threads evaluating one formula with their own values each get their
 * own answer. A formula that does not parse is refused each time, and the workings' numbers read as they did.
 */
class FormulaReuseTest {

    @Test
    void theSameTextInTheSameFieldIsParsedOnce() {
        String text = "reuse_a * 2 + reuse_b";
        Formula first = Formula.parse(text, "model.persons");
        assertThat(Formula.parse(text, "model.persons")).isSameAs(first);
        // The field is named in refusals, so another field is another formula.
        Formula other = Formula.parse(text, "model.hourlyCost");
        assertThat(other).isNotSameAs(first);
        assertThat(other.field()).isEqualTo("model.hourlyCost");
    }

    @Test
    void aFormulaThatIsRefusedIsRefusedEachTime() {
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> Formula.parse("1 +", "model.persons")).isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> Formula.parse("1e17", "model.persons")).isInstanceOf(InvalidInputException.class);
        }
    }

    @Test
    void evaluationsAtOnceEachGetTheirOwnAnswer() throws Exception {
        Formula formula = Formula.parse("reuse_x * 3 + reuse_y / 4", "model.persons");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> answers = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int seed = t;
                answers.add(pool.submit((Callable<Boolean>) () -> {
                    for (int i = 0; i < 2_000; i++) {
                        BigDecimal x = BigDecimal.valueOf(seed * 10_000L + i);
                        BigDecimal y = BigDecimal.valueOf(i * 4L);
                        BigDecimal expected = x.multiply(BigDecimal.valueOf(3)).add(BigDecimal.valueOf(i));
                        if (formula.evaluate(Map.of("reuse_x", x, "reuse_y", y)).compareTo(expected) != 0) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> answer : answers) {
                assertThat(answer.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theWorkingsWriteNumbersAsTheNorwegianFormatDoes() {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.forLanguageTag("nb-NO"));
        format.setMaximumFractionDigits(2);
        for (String n : List.of("0", "1234567.5", "-9876.125", "0.005", "1E+3", "12.3456", "100000000000")) {
            BigDecimal value = new BigDecimal(n);
            assertThat(CalculationModel.fmt(value)).isEqualTo(format.format(value));
        }
    }
}
