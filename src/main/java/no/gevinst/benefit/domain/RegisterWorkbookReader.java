package no.gevinst.benefit.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import no.gevinst.benefit.ImportError;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/** Reads an uploaded register workbook into rows of text by column, finding the columns by their headings. */
final class RegisterWorkbookReader {

    /** The text of one filled row, by column, with its number as the spreadsheet shows it. */
    record RowCells(int number, Map<RegisterColumn, String> cells) {}

    private RegisterWorkbookReader() {}

    /** The filled rows, or none when the file or its headings cannot be read (recorded in errors). */
    static List<RowCells> read(InputStream in, List<ImportError> errors) {
        Workbook workbook;
        try {
            workbook = WorkbookFactory.create(in);
        } catch (IOException | RuntimeException e) {
            errors.add(new ImportError(0, "", "register.import.unreadable", List.of()));
            return List.of();
        }
        try (workbook) {
            Sheet sheet = Optional.ofNullable(workbook.getSheet(SpreadsheetRegisterTransfer.SHEET))
                    .orElse(workbook.getSheetAt(0));
            Map<RegisterColumn, Integer> positions = positions(sheet.getRow(sheet.getFirstRowNum()), errors);
            if (!errors.isEmpty()) {
                return List.of();
            }
            List<RowCells> rows = new ArrayList<>();
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Map<RegisterColumn, String> cells = cells(sheet.getRow(r), positions);
                if (!cells.values().stream().allMatch(String::isBlank)) {
                    rows.add(new RowCells(r + 1, cells));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<RegisterColumn, Integer> positions(Row heading, List<ImportError> errors) {
        Map<RegisterColumn, Integer> positions = new EnumMap<>(RegisterColumn.class);
        if (heading != null) {
            DataFormatter formatter = new DataFormatter();
            for (Cell cell : heading) {
                RegisterColumn.ofHeading(formatter.formatCellValue(cell))
                        .ifPresent(c -> positions.put(c, cell.getColumnIndex()));
            }
        }
        for (RegisterColumn required : List.of(RegisterColumn.PROGRAMME, RegisterColumn.TITLE)) {
            if (!positions.containsKey(required)) {
                errors.add(new ImportError(1, required.heading, "register.import.header", List.of(required.heading)));
            }
        }
        return positions;
    }

    private static Map<RegisterColumn, String> cells(Row row, Map<RegisterColumn, Integer> positions) {
        Map<RegisterColumn, String> cells = new EnumMap<>(RegisterColumn.class);
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        for (var entry : positions.entrySet()) {
            Cell cell = row == null ? null : row.getCell(entry.getValue());
            String text;
            if (cell != null && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                text = cell.getLocalDateTimeCellValue().toLocalDate().toString();
            } else {
                text = cell == null ? "" : formatter.formatCellValue(cell).strip();
            }
            cells.put(entry.getKey(), text);
        }
        return cells;
    }
}
