package no.gevinst.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import no.gevinst.shared.FieldViolation;
import no.gevinst.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * A measurement and a trajectory are read once, at the edge (issue 21): Norwegian and machine numbers and dates,
 * Norwegian confidence words, every field of the wrong shape named; a blank date is asked for, not called no date.
 */
class MeasurementCommandTest {

    @Test
    void readsNorwegianNumbersDatesAndConfidenceWords() {
        MeasurementCommand command = MeasurementCommand.parse(new MeasurementInput(
                "1 234,5", "1.1.2026", "2026-01-31", " 883 974 832 ", " Post 3 ", "", " Uttrekk ", "Låg", ""));

        assertThat(command.value()).isEqualByComparingTo("1234.5");
        assertThat(command.periodStart()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(command.periodEnd()).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(command.organisation()).isEqualTo("883 974 832");
        assertThat(command.subUnit()).isEqualTo("Post 3");
        assertThat(command.method()).isEqualTo("Uttrekk");
        assertThat(command.confidence()).isEqualTo(Confidence.LOW);
        assertThat(command.readWhole()).isTrue();
        assertThat(MeasurementCommand.parse(
                                new MeasurementInput("1", "2026-01-01", "2026-01-31", "x", null, null, null, "", null))
                        .confidence())
                .isEqualTo(Confidence.MEDIUM);
    }

    @Test
    void aBlankValueIsAskedForNotCalledNoNumber() {
        MeasurementCommand row = MeasurementCommand.read(
                new MeasurementInput(" ", "2026-01-01", "2026-01-31", "x", "", "", "", "HIGH", ""));

        assertThat(row.faults())
                .extracting(FieldViolation::field, FieldViolation::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("value", "measurement.value.required"));
        assertThat(row.value()).isNull();
    }

    @Test
    void aRowThatDoesNotReadNamesEveryFieldAndLeavesThoseParts() {
        MeasurementCommand row = MeasurementCommand.read(
                new MeasurementInput("1,2,3", " ", "30.02.2026", "x", "", "", "", "kanskje", "a\u0000b"));

        assertThat(row.faults())
                .extracting(FieldViolation::field, FieldViolation::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("value", "measurement.value.number"),
                        org.assertj.core.groups.Tuple.tuple("periodStart", "measurement.date.required"),
                        org.assertj.core.groups.Tuple.tuple("periodEnd", "measurement.date.invalid"),
                        org.assertj.core.groups.Tuple.tuple("confidence", "measurement.confidence.invalid"),
                        org.assertj.core.groups.Tuple.tuple("comment", "text.control"));
        assertThat(row.value()).isNull();
        assertThat(row.periodStart()).isNull();
        assertThat(row.periodEnd()).isNull();

        InvalidInputException e = catchThrowableOfType(
                InvalidInputException.class,
                () -> MeasurementCommand.parse(
                        new MeasurementInput("1", "2026-02-01", "2026-01-31", "x", "", "", "", "", "")));
        assertThat(e.violations())
                .extracting(FieldViolation::field, FieldViolation::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("periodEnd", "measurement.period.endBeforeStart"));
    }

    @Test
    void aTrajectorySkipsBlankRowsAndNamesEachBadCell() {
        TrajectoryCommand command =
                TrajectoryCommand.parse(List.of("31.12.2027", "", "2028-12-31"), List.of("1 234,5", " ", "5"));
        assertThat(command.targets())
                .extracting(TargetPoint::date)
                .containsExactly(LocalDate.of(2027, 12, 31), LocalDate.of(2028, 12, 31));
        assertThat(command.targets().getFirst().value()).isEqualByComparingTo("1234.5");

        InvalidInputException e = catchThrowableOfType(
                InvalidInputException.class,
                () -> TrajectoryCommand.parse(
                        List.of("2027-12-31", "31.02.2026", "2027-12-31"), List.of("1,2,3", "5")));
        assertThat(e.violations())
                .extracting(FieldViolation::field)
                .containsExactly("targets[0].value", "targets[1].date", "targets[2].value", "targets[2].date");
        assertThat(catchThrowableOfType(
                                InvalidInputException.class, () -> TrajectoryCommand.parse(List.of(""), List.of("")))
                        .violations())
                .extracting(FieldViolation::messageKey)
                .containsExactly("target.required");
    }
}
