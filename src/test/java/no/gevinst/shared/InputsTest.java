package no.gevinst.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class InputsTest {

    @Test
    void refusesNulAndOtherControlCharactersNamingTheFieldAndPlace() {
        assertThat(Inputs.refusal("title", "ab\u0000c")).contains(FieldViolation.of("title", "text.control", 3));
        assertThat(Inputs.refusal("comment", "bell\u0007"))
                .map(FieldViolation::messageKey)
                .contains("text.control");
    }

    @Test
    void keepsTabsAndLineBreaksOfProse() {
        assertThat(Inputs.refusal("description", "Linje 1\r\nLinje 2\tmed tab")).isEmpty();
    }

    @Test
    void refusesCharactersThatWereNotUtf8AndLoneSurrogates() {
        assertThat(Inputs.refusal("name", "a\ufffdb"))
                .map(FieldViolation::messageKey)
                .contains("text.encoding");
        assertThat(Inputs.refusal("name", "a\ud800b"))
                .map(FieldViolation::messageKey)
                .contains("text.encoding");
        assertThat(Inputs.refusal("name", "Smil 😀")).isEmpty();
    }

    @Test
    void boundsEachFieldByWhatItHolds() {
        assertThat(Inputs.refusal("title", "x".repeat(TextLimits.LINE))).isEmpty();
        assertThat(Inputs.refusal("title", "x".repeat(TextLimits.LINE + 1)))
                .contains(FieldViolation.of("title", "text.tooLong", TextLimits.LINE, TextLimits.LINE + 1));
        assertThat(Inputs.refusal("description", "x".repeat(TextLimits.PARAGRAPHS + 1)))
                .isPresent();
        assertThat(Inputs.refusal("sections.background", "x".repeat(TextLimits.PROSE)))
                .isEmpty();
        assertThat(Inputs.refusal("[3].comment", "x".repeat(TextLimits.PARAGRAPHS + 1)))
                .isPresent();
        assertThat(TextLimits.of("parameters.hourlyCost")).isEqualTo(TextLimits.FORMULA);
        assertThat(TextLimits.of("allocations[0].share")).isEqualTo(TextLimits.PARAGRAPHS);
    }

    @Test
    void refusesNumbersTooLargeForTheirColumnsAndYearsOutsideThePlausibleWindow() {
        Violations v = new Violations();
        assertThat(Inputs.bounded(new BigDecimal("99999999999999.9999"), "value", v))
                .isNotNull();
        assertThat(Inputs.bounded(new BigDecimal("1e14"), "value", v)).isNull();
        assertThat(Inputs.bounded(new BigDecimal("-1e20"), "low", v)).isNull();
        assertThat(Inputs.year(1066, "year", v)).isNull();
        assertThat(Inputs.year(2030, "year", v)).isEqualTo(2030);
        assertThat(Inputs.date("99999-01-01", "asOf", v)).isNull();
        assertThat(Inputs.date("2026-02-30", "deadline", v)).isNull();
        assertThat(Inputs.date("1850-01-01", "deadline", v)).isNull();
        assertThat(v.has("value") && v.has("low") && v.has("year") && v.has("asOf") && v.has("deadline"))
                .isTrue();
    }
}
