package no.gevinst.maturity.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import no.gevinst.maturity.ResultCell;
import no.gevinst.maturity.ResultRow;
import no.gevinst.maturity.Results;
import no.gevinst.programme.Programme;
import no.gevinst.shared.WorkbookCells;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The results as a workbook: one row per unit shown, the respondents and each dimension's mean as numbers a
 * spreadsheet counts with, and the change since the previous round where there is one. Withheld groups are not in it.
 */
@Component
class ResultsWorkbook {

    private final MessageSource messages;

    ResultsWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    byte[] write(Results results, Programme programme, Locale locale) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            WorkbookCells styles = new WorkbookCells(workbook);
            sheet(workbook, styles, results, locale, "maturity.xlsx.means", false);
            if (results.previous() != null) {
                sheet(workbook, styles, results, locale, "maturity.xlsx.changes", true);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void sheet(
            XSSFWorkbook workbook, WorkbookCells styles, Results results, Locale locale, String key, boolean change) {
        Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(word(key, locale)));
        Row heading = sheet.createRow(0);
        label(heading, 0, word("maturity.results.unit", locale), styles);
        label(heading, 1, word("maturity.results.pooledFrom", locale), styles);
        label(heading, 2, word("maturity.results.respondents", locale), styles);
        for (int i = 0; i < results.dimensions().size(); i++) {
            label(
                    heading,
                    3 + i,
                    word("maturity.dimension." + results.dimensions().get(i), locale),
                    styles);
        }
        int r = 1;
        for (ResultRow row : results.rows()) {
            Row line = sheet.createRow(r++);
            line.createCell(0).setCellValue(row.name());
            line.createCell(1).setCellValue(String.join(", ", row.pooledFrom()));
            line.createCell(2).setCellValue(row.respondents());
            for (int i = 0; i < row.cells().size(); i++) {
                ResultCell c = row.cells().get(i);
                java.math.BigDecimal value = change ? c.change() : c.mean();
                if (value != null) {
                    line.createCell(3 + i).setCellValue(value.doubleValue());
                }
            }
        }
        WorkbookCells.widths(sheet, 40, 40, 12, 18, 18, 18, 18, 18, 18);
    }

    private static void label(Row row, int column, String text, WorkbookCells styles) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(styles.bold);
    }

    private String word(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
