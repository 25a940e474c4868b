package no.gevinst.ingest.domain;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
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

    private static void assertRefused(String csv, String key) {
        assertThatThrownBy(() -> MeasurementFile.csv(new StringReader(csv)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> Assertions.assertThat(e.violations().getFirst().messageKey())
                                .isEqualTo(key));
    }
}
