package no.gevinst.shared;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cell formats of one workbook, made once (a workbook holds a limited number of styles), and the cells the
 * workbooks people download are written with: labels in bold, whole kroner grouped, Norwegian dates. A value that is
 * missing stays an empty cell, so that a filter on the column finds what is missing.
 */
public final class WorkbookCells {

    /** Whole kroner, grouped by the reader's spreadsheet. */
    public static final String MONEY_FORMAT = "#,##0";

    public static final String DATE_FORMAT = "dd.mm.yyyy";

    public final CellStyle bold;
    public final CellStyle money;
    public final CellStyle date;
    public final CellStyle wrapped;

    public WorkbookCells(XSSFWorkbook workbook) {
        Font font = workbook.createFont();
        font.setBold(true);
        bold = workbook.createCellStyle();
        bold.setFont(font);
        money = workbook.createCellStyle();
        money.setDataFormat(workbook.createDataFormat().getFormat(MONEY_FORMAT));
        date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat(DATE_FORMAT));
        wrapped = workbook.createCellStyle();
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);
    }

    public void label(Row row, int column, String text) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(bold);
    }

    public void money(Row row, int column, BigDecimal value) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(money);
        }
    }

    public void date(Row row, int column, LocalDate value) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(date);
        }
    }

    public static void text(Row row, int column, String value) {
        if (value != null && !value.isBlank()) {
            row.createCell(column).setCellValue(value);
        }
    }

    public static void number(Row row, int column, BigDecimal value) {
        if (value != null) {
            row.createCell(column).setCellValue(value.doubleValue());
        }
    }

    /** Column widths in characters, from the first column on. */
    public static void widths(Sheet sheet, int... characters) {
        for (int c = 0; c < characters.length; c++) {
            sheet.setColumnWidth(c, characters[c] * 256);
        }
    }
}
