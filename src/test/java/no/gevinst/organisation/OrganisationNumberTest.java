package no.gevinst.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import no.gevinst.TestOrganisationNumbers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrganisationNumberTest {

    /** Real numbers from Enhetsregisteret: Helse Midt-Norge RHF, St. Olavs hospital HF, Trondheim kommune, ... */
    @ParameterizedTest
    @ValueSource(strings = {"983658776", "883974832", "942110464", "983544622", "994598759"})
    void acceptsRealOrganisationNumbers(String number) {
        assertThat(OrganisationNumber.problemWith(number)).isEmpty();
        assertThat(OrganisationNumber.of(number).value()).isEqualTo(number);
    }

    @Test
    void acceptsTheNumberWrittenInGroupsOfThree() {
        assertThat(OrganisationNumber.of("983 658 776").value()).isEqualTo("983658776");
        assertThat(OrganisationNumber.of("983658776").formatted()).isEqualTo("983 658 776");
    }

    @Test
    void refusesAWrongCheckDigit() {
        assertThat(OrganisationNumber.problemWith("983658777")).contains("organisationNumber.checkDigit");
        assertThatThrownBy(() -> OrganisationNumber.of("983658777"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("checkDigit");
    }

    @Test
    void refusesEightDigitsForWhichNoCheckDigitExists() {
        // 1*3 + 5*4 = 23 leaves remainder 1: 11 - 1 = 10 is no digit, so the register never issues these.
        String base = "10000500";
        assertThat(weightedSum(base) % 11).isEqualTo(1);
        for (int digit = 0; digit <= 9; digit++) {
            assertThat(OrganisationNumber.problemWith(base + digit)).contains("organisationNumber.checkDigit");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"98365877", "9836587760", "1"})
    void refusesTheWrongLength(String number) {
        assertThat(OrganisationNumber.problemWith(number)).contains("organisationNumber.length");
    }

    @ParameterizedTest
    @ValueSource(strings = {"98365877A", "ABCDEFGHI", "983-658-776", "９８３６５８７７６"})
    void refusesLetters(String number) {
        assertThat(OrganisationNumber.problemWith(number)).contains("organisationNumber.digitsOnly");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void refusesNothing(String number) {
        assertThat(OrganisationNumber.problemWith(number)).contains("organisationNumber.required");
        assertThat(OrganisationNumber.problemWith(null)).contains("organisationNumber.required");
    }

    @Property
    void everyGeneratedNumberIsValid(@ForAll("validNumbers") String number) {
        assertThat(OrganisationNumber.problemWith(number)).isEmpty();
    }

    /** Weights 2..7 are all prime to 11, so modulus 11 catches every change of a single digit. */
    @Property
    void changingAnyOneDigitMakesAValidNumberInvalid(
            @ForAll("validNumbers") String number, @ForAll("positions") int position, @ForAll("shifts") int shift) {
        char changed = (char) ('0' + (number.charAt(position) - '0' + shift) % 10);
        String altered = number.substring(0, position) + changed + number.substring(position + 1);
        assertThat(OrganisationNumber.problemWith(altered)).contains("organisationNumber.checkDigit");
    }

    @Provide
    Arbitrary<String> validNumbers() {
        return Arbitraries.create(TestOrganisationNumbers::unique);
    }

    @Provide
    Arbitrary<Integer> positions() {
        return Arbitraries.integers().between(0, 8);
    }

    @Provide
    Arbitrary<Integer> shifts() {
        return Arbitraries.integers().between(1, 9);
    }

    private static int weightedSum(String eightDigits) {
        int[] weights = {3, 2, 7, 6, 5, 4, 3, 2};
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (eightDigits.charAt(i) - '0') * weights[i];
        }
        return sum;
    }
}
