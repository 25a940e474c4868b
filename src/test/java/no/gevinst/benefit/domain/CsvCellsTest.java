package no.gevinst.benefit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvCellsTest {

    @Test
    void aCellThatASpreadsheetWouldRunAsAFormulaGetsALeadingQuote() {
        assertThat(CsvCells.neutralised("=cmd|'/c calc'!A1")).isEqualTo("'=cmd|'/c calc'!A1");
        assertThat(CsvCells.neutralised("+SUM(A1:A9)")).isEqualTo("'+SUM(A1:A9)");
        assertThat(CsvCells.neutralised("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvCells.neutralised("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvCells.neutralised("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvCells.neutralised("\r=1")).isEqualTo("'\r=1");
    }

    @Test
    void ordinaryTextIsLeftAsItIs() {
        assertThat(CsvCells.neutralised("Færre liggedøgn = bedre flyt")).isEqualTo("Færre liggedøgn = bedre flyt");
        assertThat(CsvCells.neutralised("2026-01-31")).isEqualTo("2026-01-31");
        assertThat(CsvCells.neutralised("")).isEmpty();
    }
}
