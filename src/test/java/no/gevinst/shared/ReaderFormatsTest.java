package no.gevinst.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Kroner, numbers and dates the way a reader of the page's language writes them, with no-break spaces that keep an
 * amount on one line; years never grouped.
 */
class ReaderFormatsTest {

    private static final Locale BOKMAL = Locale.forLanguageTag("nb-NO");
    private static final Locale NYNORSK = Locale.forLanguageTag("nn-NO");

    @Test
    void kronerAreGroupedWholeAndCarryKr() {
        assertThat(ReaderFormats.kroner(new BigDecimal("25036425.40"), BOKMAL))
                .isEqualTo("25\u00A0036\u00A0425\u00A0kr");
        assertThat(ReaderFormats.kroner(new BigDecimal("25036425"), NYNORSK)).isEqualTo("25\u00A0036\u00A0425\u00A0kr");
        assertThat(ReaderFormats.kroner(new BigDecimal("25036425"), Locale.ENGLISH))
                .isEqualTo("25,036,425\u00A0kr");
    }

    @Test
    void numbersKeepTheirDecimalsWithTheLanguagesComma() {
        assertThat(ReaderFormats.number(new BigDecimal("1234.5"), BOKMAL)).isEqualTo("1\u00A0234,5");
        assertThat(ReaderFormats.number(new BigDecimal("1234.5"), Locale.ENGLISH))
                .isEqualTo("1,234.5");
    }

    @Test
    void datesAreNorwegianInNorwegianAndEnglishInEnglish() {
        LocalDate date = LocalDate.of(2027, 12, 31);
        assertThat(ReaderFormats.date(date, BOKMAL)).isEqualTo("31.12.2027");
        assertThat(ReaderFormats.date(date, NYNORSK)).isEqualTo("31.12.2027");
        assertThat(ReaderFormats.date(date, Locale.ENGLISH)).isEqualTo("31 Dec 2027");
    }

    @Test
    void aYearIsNeverGrouped() {
        assertThat(ReaderFormats.year(2026)).isEqualTo("2026");
    }
}
