package no.gevinst.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NorwegianNumbersTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "1 234,5|1234.5",
                "1\u00a0234,5|1234.5",
                "1\u202f234,5|1234.5",
                "1234.5|1234.5",
                "-1 234,50|-1234.50",
                "\u22123|-3",
                "+7|7",
                "12,5|12.5",
                "0,8|0.8",
                ",5|0.5",
                "50 000 000|50000000",
                "  42  |42",
                "1.234|1.234",
                "1E+7|1E+7",
                "2.5e-3|0.0025",
            })
    void readsNumbersAsWrittenInNorwayOrByAMachine(String text, String expected) {
        assertThat(NorwegianNumbers.parseDecimal(text)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "  ",
                "abc",
                "NaN",
                "Infinity",
                "1.234,5",
                "1,234.5",
                "1.2.3",
                "1,2,3",
                "1 23",
                "12 34,5",
                "1234 567",
                "1 234 56",
                "0,123 45",
                "12 %",
                "--5",
                "-",
                ",",
                "5kr",
                "1 234e5",
                "1e",
                "0x10"
            })
    void refusesAmbiguousAndGarbageText(String text) {
        assertThatThrownBy(() -> NorwegianNumbers.parseDecimal(text)).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void refusesNull() {
        assertThatThrownBy(() -> NorwegianNumbers.parseDecimal(null)).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void readsAPercentWithOrWithoutItsSign() {
        assertThat(NorwegianNumbers.parsePercent("12,5 %")).isEqualByComparingTo("12.5");
        assertThat(NorwegianNumbers.parsePercent("40%")).isEqualByComparingTo("40");
        assertThat(NorwegianNumbers.parsePercent("33.3\u00a0%")).isEqualByComparingTo("33.3");
        assertThat(NorwegianNumbers.parsePercent("60")).isEqualByComparingTo("60");
        assertThatThrownBy(() -> NorwegianNumbers.parsePercent("%")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> NorwegianNumbers.parsePercent("5%%")).isInstanceOf(NumberFormatException.class);
    }

    @Property
    void readsBackAnyNumberWrittenTheNorwegianWay(@ForAll("numbers") BigDecimal number, @ForAll("spaces") char space) {
        assertThat(NorwegianNumbers.parseDecimal(norwegian(number, space))).isEqualTo(number);
    }

    @Property
    void readsBackAnyNumberWrittenTheIsoWay(@ForAll("numbers") BigDecimal number) {
        assertThat(NorwegianNumbers.parseDecimal(number.toPlainString())).isEqualTo(number);
        assertThat(NorwegianNumbers.parseDecimal(number.toString())).isEqualTo(number);
    }

    @Property
    void readsBackWhatThePagesShow(@ForAll("numbers") BigDecimal number) {
        BigDecimal shown = number.setScale(Math.min(number.scale(), 4), java.math.RoundingMode.HALF_EVEN);
        assertThat(NorwegianNumbers.parseDecimal(ReaderFormats.number(shown, java.util.Locale.forLanguageTag("nb"))))
                .isEqualByComparingTo(shown);
    }

    @Test
    void readsDatesTheNorwegianAndTheIsoWay() {
        assertThat(NorwegianDates.parse("31.01.2026")).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(NorwegianDates.parse("1.2.2026")).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(NorwegianDates.parse(" 2026-01-31 ")).isEqualTo(LocalDate.of(2026, 1, 31));
        for (String bad : new String[] {"", "30.02.2026", "2026-02-30", "31/01/2026", "2026.01.31", "i går"}) {
            assertThatThrownBy(() -> NorwegianDates.parse(bad)).isInstanceOf(DateTimeParseException.class);
        }
    }

    @Property
    void readsBackAnyDateWrittenEitherWay(@ForAll("dates") LocalDate date) {
        assertThat(NorwegianDates.parse(ReaderFormats.date(date, java.util.Locale.forLanguageTag("nb"))))
                .isEqualTo(date);
        assertThat(NorwegianDates.parse(date.toString())).isEqualTo(date);
    }

    @Provide
    Arbitrary<BigDecimal> numbers() {
        return Arbitraries.integers()
                .between(0, 6)
                .flatMap(scale -> Arbitraries.bigDecimals()
                        .between(new BigDecimal("-1e15"), new BigDecimal("1e15"))
                        .ofScale(scale));
    }

    @Provide
    Arbitrary<Character> spaces() {
        return Arbitraries.of(' ', '\u00a0', '\u202f');
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.integers()
                .between(0, 200 * 366)
                .map(days -> LocalDate.of(1950, 1, 1).plusDays(days));
    }

    /** The number as Norwegian print writes it: thousands grouped by the space, a decimal comma, a minus sign. */
    private static String norwegian(BigDecimal number, char space) {
        String plain = number.abs().toPlainString();
        int point = plain.indexOf('.');
        String whole = point < 0 ? plain : plain.substring(0, point);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append(space);
            }
            grouped.append(whole.charAt(i));
        }
        String sign = number.signum() < 0 ? "\u2212" : "";
        return sign + grouped + (point < 0 ? "" : "," + plain.substring(point + 1));
    }
}
