package no.gevinst.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.FieldViolation;
import no.gevinst.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** An indicator form or API body is read once, at the edge, into a typed command naming every bad field. */
class IndicatorCommandTest {

    private static final BenefitId BENEFIT = BenefitId.newId();

    @Test
    void readsNorwegianNumbersAndDefaults() {
        IndicatorCommand command = IndicatorCommand.parse(BENEFIT, input("Ventetid", "min", "1 234,5", "", "", ""));

        assertThat(command.benefit()).isEqualTo(BENEFIT);
        assertThat(command.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(command.frequency()).isEqualTo(Frequency.MONTH);
        assertThat(command.costHours()).isEqualByComparingTo("1234.5");
        assertThat(command.amberTolerance()).isEqualTo(BigDecimal.valueOf(5));
        assertThat(command.redTolerance()).isEqualTo(BigDecimal.valueOf(15));
        assertThat(command.scope()).isEqualTo(Scope.PROGRAMME);
        assertThat(command.canonicalUrl()).isNull();
    }

    @Test
    void namesEveryFieldOfTheWrongShape() {
        InvalidInputException e = catchThrowableOfType(
                InvalidInputException.class,
                () -> IndicatorCommand.parse(BENEFIT, input("", "min", "-1", "20", "10", "ftp://x")));

        assertThat(e.violations())
                .extracting(FieldViolation::field)
                .containsExactly("name", "redTolerance", "costHours", "canonicalUrl");
    }

    private static IndicatorInput input(String name, String unit, String cost, String amber, String red, String url) {
        return IndicatorInputBuilder.indicator()
                .name(name)
                .unit(unit)
                .direction("LOWER_IS_BETTER")
                .kind("QUANTITATIVE")
                .frequency("MONTH")
                .costHours(cost)
                .amberTolerance(amber)
                .redTolerance(red)
                .canonicalUrl(url)
                .build();
    }
}
