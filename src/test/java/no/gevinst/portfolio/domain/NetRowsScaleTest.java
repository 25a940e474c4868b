package no.gevinst.portfolio.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import no.gevinst.portfolio.Totals;
import org.junit.jupiter.api.Test;

/**
 * A year's figures print in plain decimal notation however they were summed: a value stored in exponent form
 * (3.432E+5) summed from one row, from several rows ({@link NetRows#sum}) or at once, prints as 343200, and the number
 * is the same.
 */
class NetRowsScaleTest {

    private static final BigDecimal EXPONENT = new BigDecimal("3.432E+5");

    @Test
    void aYearSummedFromRowsPrintsPlain() {
        Totals one = Totals.of(List.of(Totals.Year.of(2027, EXPONENT, BigDecimal.ZERO)), List.of());
        Totals other = Totals.of(List.of(Totals.Year.of(2027, EXPONENT, BigDecimal.ZERO)), List.of());

        Totals.Year summed = NetRows.sum(List.of(one, other)).years().getFirst();
        Totals.Year alone = NetRows.sum(List.of(one)).years().getFirst();

        assertThat(summed.gross().toString()).isEqualTo("686400");
        assertThat(summed.net().toString()).isEqualTo("686400");
        assertThat(summed.excluded().toString()).isEqualTo("0");
        assertThat(alone.gross().toString()).isEqualTo("343200");
        assertThat(alone.gross()).isEqualByComparingTo(EXPONENT);
        assertThat(one.years().getFirst().gross().toString()).isEqualTo("343200");
    }

    @Test
    void aPlainValueKeepsItsScale() {
        Totals.Year year = Totals.Year.of(2027, new BigDecimal("1250000.50"), new BigDecimal("100"));

        assertThat(year.gross().toString()).isEqualTo("1250000.50");
        assertThat(year.net().toString()).isEqualTo("1249900.50");
        assertThat(year.excluded().toString()).isEqualTo("100");
    }
}
