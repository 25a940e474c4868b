package no.gevinst.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import no.gevinst.shared.FieldViolation;
import no.gevinst.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Every portfolio report reads its period here, so that each refuses the same input alike. */
class ReportPeriodTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void blankDatesMeanTheLastFullQuarter() {
        assertThat(ReportPeriod.of("", null, TODAY))
                .isEqualTo(new ReportPeriod(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)));
        assertThat(ReportPeriod.of(" ", "", LocalDate.of(2026, 2, 10)))
                .isEqualTo(new ReportPeriod(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31)));
    }

    @Test
    void unreadableDatesAndAStartAfterTheEndAreRefusedNamingTheField() {
        assertRefused("2026-13-01", "2026-09-30", "from");
        assertRefused("2026-01-01", "2026-02-30", "to");
        assertRefused("x", "y", "from", "to");
        assertRefused("2026-10-01", "2026-09-30", "from");
    }

    @Test
    void indicatorsAreReadAtThePeriodsEndOrTodayIfThatLiesAhead() {
        assertThat(ReportPeriod.year(2026).asOf(TODAY)).isEqualTo(TODAY);
        assertThat(ReportPeriod.year(2025).asOf(TODAY)).isEqualTo(LocalDate.of(2025, 12, 31));
    }

    @Test
    void aPeriodOfActualsCountsWhenItOverlapsTheReportedPeriod() {
        ReportPeriod year = ReportPeriod.year(2025);
        assertThat(year.overlaps(LocalDate.of(2024, 7, 1), LocalDate.of(2025, 6, 30)))
                .isTrue();
        assertThat(year.overlaps(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)))
                .isFalse();
        assertThat(year.contains(LocalDate.of(2025, 12, 31))).isTrue();
        assertThat(year.contains(LocalDate.of(2026, 1, 1))).isFalse();
    }

    private static void assertRefused(String from, String to, String... fields) {
        assertThatThrownBy(() -> ReportPeriod.of(from, to, TODAY))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(FieldViolation::field)
                                .containsExactlyInAnyOrder(fields));
    }
}
