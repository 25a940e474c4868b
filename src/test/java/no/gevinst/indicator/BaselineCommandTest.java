package no.gevinst.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import no.gevinst.shared.FieldViolation;
import no.gevinst.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** A baseline and a correction are read once, at the edge, naming every field of the wrong shape. */
class BaselineCommandTest {

    @Test
    void readsNorwegianNumbersAndIsoDates() {
        BaselineCommand command = BaselineCommand.parse(new BaselineInput(
                "1 234,5", "2025-01-01", "2025-01-31", " Tidsstudie ", "", "", "", "on", "Ingen data"));

        assertThat(command.value()).isEqualByComparingTo("1234.5");
        assertThat(command.periodStart()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(command.periodEnd()).isEqualTo(LocalDate.of(2025, 1, 31));
        assertThat(command.method()).isEqualTo("Tidsstudie");
        assertThat(command.atGoLive()).isTrue();
        assertThat(command.goLiveReason()).isEqualTo("Ingen data");
    }

    @Test
    void namesEveryFieldOfTheWrongShape() {
        InvalidInputException e = catchThrowableOfType(
                InvalidInputException.class,
                () -> BaselineCommand.parse(new BaselineInput("mye", "", "2025-01-31", "", "", "", "", "true", " ")));

        assertThat(e.violations())
                .extracting(FieldViolation::field)
                .containsExactly("value", "periodStart", "goLiveReason");
        assertThat(e.violations())
                .filteredOn(v -> v.field().equals("periodStart"))
                .extracting(FieldViolation::messageKey)
                .as("a blank date is asked for")
                .containsExactly("measurement.date.required");
    }

    @Test
    void aCorrectionNamesItsValueAndAMissingReasonTogether() {
        assertThat(IndicatorFields.correctedValue("1 234,5", "Feil i uttrekket"))
                .isEqualByComparingTo("1234.5");
        InvalidInputException e =
                catchThrowableOfType(InvalidInputException.class, () -> IndicatorFields.correctedValue("x", ""));

        assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("value", "reason");
    }
}
