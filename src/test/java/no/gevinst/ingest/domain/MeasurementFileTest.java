package no.gevinst.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import no.gevinst.indicator.Confidence;
import no.gevinst.indicator.MeasurementCommand;
import no.gevinst.indicator.MeasurementIntake.IntakeRow;
import no.gevinst.shared.InvalidInputException;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** A measurement file that is no file of ours is refused as a whole, saying why, before any row is read. */
class MeasurementFileTest {

    private static final String HEADING = "indicator;organisation;periodStart;periodEnd;value\n";

    @Test
    void refusesAFileThatStartsWithItsDataInsteadOfTheHeadingRow() {
        assertRefused("https://x.example.no/Measure/a;883974832;2025-01-01;2025-01-31;2\n", "ingest.file.heading");
    }

    @Test
    void refusesAnEmptyFileAndAFileWithTheHeadingRowAlone() {
        assertRefused("", "ingest.file.empty");
        assertRefused(HEADING, "ingest.file.noRows");
    }

    @Test
    void refusesALineLongerThan64KilobytesNamingIt() {
        String csv = HEADING + "a;b;c;d;1\n" + "x".repeat(BoundedLines.MAX_LINE + 1) + "\n";
        assertThatThrownBy(() -> {
                    var rows = MeasurementFile.csv(new StringReader(csv));
                    while (rows.hasNext()) {
                        rows.next();
                    }
                })
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> Assertions.assertThat(e.violations().getFirst().arguments())
                                .containsExactly(3L, 64));
    }

    @Test
    void refusesDuplicateColumnsAndAnUnterminatedQuote() {
        assertRefused(
                "indicator;indicator;organisation;periodStart;periodEnd;value\n1;2;3;4;5;6\n",
                "ingest.file.unreadable");
        assertThatThrownBy(() -> {
                    var rows = MeasurementFile.csv(new StringReader(HEADING + "a;b;c;d;\"1\n"));
                    while (rows.hasNext()) {
                        rows.next();
                    }
                })
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void readsTheNorwegianHeadingsAndValuesOfTheTemplateAndTheMachineNamesAlike() {
        String norwegian = MeasurementFile.csvTemplate("https://x.example.no/Measure/a", "883974832");
        assertThat(norwegian)
                .startsWith("Indikator;Virksomhet;Periode fra;Periode til;Verdi;")
                .contains(";Høy;");
        String machine = "indicator;organisation;periodStart;periodEnd;value;unitOfMeasure;subUnit;method;confidence;"
                + "comment\nhttps://x.example.no/Measure/a;883974832;2026-01-01;2026-01-31;2,4;;;Uttrekk;HIGH;\n";

        for (String csv : List.of(norwegian, machine)) {
            IntakeRow row = MeasurementFile.csv(new StringReader(csv)).next();
            assertThat(row.indicator()).isEqualTo("https://x.example.no/Measure/a");
            assertThat(row.measurement())
                    .extracting(
                            MeasurementCommand::organisation,
                            MeasurementCommand::periodStart,
                            MeasurementCommand::periodEnd,
                            MeasurementCommand::value,
                            MeasurementCommand::confidence,
                            MeasurementCommand::method,
                            MeasurementCommand::faults)
                    .containsExactly(
                            "883974832",
                            LocalDate.of(2026, 1, 1),
                            LocalDate.of(2026, 1, 31),
                            new BigDecimal("2.4"),
                            Confidence.HIGH,
                            "Uttrekk",
                            List.of());
        }
    }

    @Test
    void theXlsxTemplateReadsBackAsTheMeasurementItShows() {
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        MeasurementFile.template(xlsx, "https://x.example.no/Measure/a", "883974832");

        IntakeRow row = MeasurementFile.xlsx(new ByteArrayInputStream(xlsx.toByteArray()))
                .next();
        assertThat(row.measurement())
                .extracting(MeasurementCommand::periodEnd, MeasurementCommand::confidence)
                .containsExactly(LocalDate.of(2026, 1, 31), Confidence.HIGH);
    }

    @Test
    void aMissingColumnIsNamedAsTheTemplateNamesIt() {
        assertRefused("Indikator;Virksomhet;Periode fra;Periode til\na;b;c;d\n", "ingest.file.column");
        assertThatThrownBy(() -> MeasurementFile.csv(new StringReader("Indikator;Periode fra\na;b\n")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> Assertions.assertThat(e.violations().getFirst().arguments())
                                .containsExactly("Virksomhet"));
    }

    private static void assertRefused(String csv, String key) {
        assertThatThrownBy(() -> MeasurementFile.csv(new StringReader(csv)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> Assertions.assertThat(e.violations().getFirst().messageKey())
                                .isEqualTo(key));
    }
}
