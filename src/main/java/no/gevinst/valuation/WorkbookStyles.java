package no.gevinst.valuation;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The workbook's cell formats: kroner without decimals and with the minus sign (U+2212), percentages, factors and
 * years, so that every previewer shows the figures as the page does; and headings, labels and comments.
 */
final class WorkbookStyles {

    final CellStyle bold;
    final CellStyle kroner;
    final CellStyle percent;
    final CellStyle factor;
    final CellStyle ratio;
    final CellStyle year;
    final CellStyle number;
    final CellStyle wrapped;
    private final XSSFWorkbook workbook;

    WorkbookStyles(XSSFWorkbook workbook) {
        this.workbook = workbook;
        Font font = workbook.createFont();
        font.setBold(true);
        bold = workbook.createCellStyle();
        bold.setFont(font);
        bold.setWrapText(true);
        kroner = format("#,##0\" kr\";\u2212#,##0\" kr\"");
        percent = format("0.0##%");
        factor = format("0.000000");
        ratio = format("0.00;\u22120.00");
        year = format("0");
        number = format("#,##0.####;\u2212#,##0.####");
        wrapped = workbook.createCellStyle();
        wrapped.setWrapText(true);
    }

    private CellStyle format(String pattern) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(pattern));
        return style;
    }

    /** A row of bold headings from the first column. */
    Row heading(Sheet sheet, int rowIndex, String... titles) {
        Row row = row(sheet, rowIndex);
        for (int i = 0; i < titles.length; i++) {
            text(row, i, titles[i]).setCellStyle(bold);
        }
        return row;
    }

    static Row row(Sheet sheet, int index) {
        Row row = sheet.getRow(index);
        return row == null ? sheet.createRow(index) : row;
    }

    static Cell text(Row row, int column, String text) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        return cell;
    }

    Cell formula(Row row, int column, String formula, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellFormula(formula);
        cell.setCellStyle(style);
        return cell;
    }

    Cell value(Row row, int column, double value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
        return cell;
    }

    /** A note on a cell: how a figure is defined, for figures the rules leave to the workbook. */
    void comment(Cell cell, String text) {
        Sheet sheet = cell.getSheet();
        Drawing<?> drawing =
                sheet.getDrawingPatriarch() == null ? sheet.createDrawingPatriarch() : sheet.getDrawingPatriarch();
        CreationHelper factory = workbook.getCreationHelper();
        ClientAnchor anchor = factory.createClientAnchor();
        anchor.setCol1(cell.getColumnIndex() + 1);
        anchor.setCol2(cell.getColumnIndex() + 6);
        anchor.setRow1(cell.getRowIndex());
        anchor.setRow2(cell.getRowIndex() + 5);
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(factory.createRichTextString(text));
        comment.setAuthor("Gevinst");
        cell.setCellComment(comment);
    }
}
