package no.gevinst.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Numbers as Norwegians type them: decimal comma or point, digit groups set apart by any kind of space. */
class NorwegianNumbersTest {

    @Test
    void readsCommaPointAndGroupedDigits() {
        assertThat(NorwegianNumbers.parseDecimal("1 234,5")).isEqualByComparingTo("1234.5");
        assertThat(NorwegianNumbers.parseDecimal("1\u00a0234,5")).isEqualByComparingTo("1234.5");
        assertThat(NorwegianNumbers.parseDecimal("1\u202f234,5")).isEqualByComparingTo("1234.5");
        assertThat(NorwegianNumbers.parseDecimal("1234.5")).isEqualByComparingTo("1234.5");
        assertThat(NorwegianNumbers.parseDecimal(" -0,25 ")).isEqualByComparingTo("-0.25");
        assertThat(NorwegianNumbers.parseDecimal("12")).isEqualTo(new BigDecimal("12"));
    }

    @Test
    void refusesWhatIsNoNumber() {
        assertThatThrownBy(() -> NorwegianNumbers.parseDecimal("")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> NorwegianNumbers.parseDecimal(null)).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> NorwegianNumbers.parseDecimal("1.234,5")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> NorwegianNumbers.parseDecimal("tolv")).isInstanceOf(NumberFormatException.class);
        assertThat(NorwegianNumbers.decimal("tolv")).isEmpty();
        assertThat(NorwegianNumbers.decimal("3,5")).contains(new BigDecimal("3.5"));
    }
}
