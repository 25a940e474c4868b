package no.gevinst.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The fast reading of ISO dates says what {@link LocalDate#parse} says, for every text. */
class IsoDateTest {

    @Property(tries = 2000)
    void readsAsLocalDateParseDoes(@ForAll("dateLike") String text) {
        LocalDate expected;
        try {
            expected = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            assertThatThrownBy(() -> IsoDates.parse(text)).isInstanceOf(DateTimeParseException.class);
            return;
        }
        assertThat(IsoDates.parse(text)).isEqualTo(expected);
    }

    /** Dates written the Norwegian way are read by hand as the formatter reads them, refused where it refuses. */
    @Property(tries = 2000)
    void readsNorwegianDatesAsTheFormatterDoes(@ForAll("norwegianLike") String text) {
        java.time.format.DateTimeFormatter norwegian = java.time.format.DateTimeFormatter.ofPattern("d.M.uuuu")
                .withResolverStyle(java.time.format.ResolverStyle.STRICT);
        LocalDate expected;
        try {
            expected = LocalDate.parse(text, norwegian);
        } catch (DateTimeParseException e) {
            assertThatThrownBy(() -> NorwegianDates.parse(text)).isInstanceOf(DateTimeParseException.class);
            return;
        }
        assertThat(NorwegianDates.parse(text)).isEqualTo(expected);
    }

    @Provide
    Arbitrary<String> norwegianLike() {
        Arbitrary<String> dates = net.jqwik.api.Combinators.combine(
                        Arbitraries.integers().between(0, 32),
                        Arbitraries.integers().between(0, 13),
                        Arbitraries.integers().between(0, 99999),
                        Arbitraries.of("%d.%d.%d", "%02d.%02d.%04d", "%d.%02d.%d"))
                .as((d, m, y, format) -> format.formatted(d, m, y));
        Arbitrary<String> noise = Arbitraries.strings()
                .withChars("0123456789.")
                .ofMinLength(1)
                .ofMaxLength(12)
                .filter(s -> s.indexOf('.') >= 0);
        return Arbitraries.oneOf(dates, dates, noise);
    }

    /** Dates, impossible days (31 April, 29 February of a common year) and near misses. */
    @Provide
    Arbitrary<String> dateLike() {
        Arbitrary<String> dates = net.jqwik.api.Combinators.combine(
                        Arbitraries.integers().between(0, 9999),
                        Arbitraries.integers().between(0, 13),
                        Arbitraries.integers().between(0, 32))
                .as((y, m, d) -> "%04d-%02d-%02d".formatted(y, m, d));
        Arbitrary<String> noise = Arbitraries.strings()
                .withChars("0123456789-+/. x")
                .ofMinLength(0)
                .ofMaxLength(12);
        return Arbitraries.oneOf(dates, dates, noise);
    }
}
