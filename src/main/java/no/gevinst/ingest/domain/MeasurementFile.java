package no.gevinst.ingest.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import no.gevinst.indicator.MeasurementCommand;
import no.gevinst.indicator.MeasurementInput;
import no.gevinst.indicator.MeasurementIntake.IntakeRow;
import no.gevinst.shared.FieldViolation;
import no.gevinst.shared.InvalidInputException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The measurement file format, the same in CSV and XLSX: a heading row naming the columns (in Norwegian as the
 * template writes them, or by their machine names, see {@link MeasurementColumns}), then one measurement a row. CSV is read record by record as the intake asks for the next row, so a large file is never held whole.
 */
public final class MeasurementFile {

    /** The columns; indicator, organisation, periodStart, periodEnd and value are required. */
    public static final List<String> COLUMNS = List.of(
            "indicator",
            "organisation",
            "periodStart",
            "periodEnd",
            "value",
            "unitOfMeasure",
            "subUnit",
            "method",
            "confidence",
            "comment");

    static final List<String> REQUIRED = COLUMNS.subList(0, 5);

    /** The largest XLSX file read, in bytes. */
    static final long MAX_XLSX_BYTES = 20L * 1024 * 1024;

    private MeasurementFile() {}

    /**
     * The rows of a CSV file, separated by semicolons or commas (whichever the heading uses). A file without the
     * heading row, with a line longer than {@value BoundedLines#MAX_LINE} characters or that is no CSV at all is
     * refused as a whole, saying why.
     */
    public static Iterator<IntakeRow> csv(Reader source) {
        try {
            BufferedReader reader = new BufferedReader(new BoundedLines(source), BoundedLines.MAX_LINE + 2);
            reader.mark(BoundedLines.MAX_LINE + 2);
            String heading = reader.readLine();
            reader.reset();
            if (heading == null || heading.isBlank()) {
                throw new FileFormatException("ingest.file.empty");
            }
            char delimiter = heading.indexOf(';') >= 0 ? ';' : ',';
            requireHeading(heading, delimiter);
            CSVParser parser = CSVFormat.Builder.create(CSVFormat.DEFAULT)
                    .setDelimiter(delimiter)
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .setIgnoreEmptyLines(true)
                    .setAllowMissingColumnNames(true)
                    .setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.DISALLOW)
                    .setTrim(true)
                    .get()
                    .parse(reader);
            Map<String, Integer> columns = columns(parser.getHeaderNames());
            requireColumns(columns);
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw new FileFormatException("ingest.file.noRows");
            }
            return map(
                    records,
                    record -> new IntakeRow(
                            record.getRecordNumber() + 1,
                            value(record, columns.get("indicator")),
                            input(c -> value(record, columns.get(c)))));
        } catch (IOException | IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            // Commons CSV says "duplicate header" or "unterminated quote" in these; the file is no CSV of ours.
            throw new FileFormatException("ingest.file.unreadable");
        }
    }

    /** The heading must name at least one of our columns; a file that starts with its data has none. */
    private static void requireHeading(String heading, char delimiter) {
        for (String name : heading.split(String.valueOf(delimiter))) {
            if (MeasurementColumns.column(name).isPresent()) {
                return;
            }
        }
        throw new FileFormatException(
                "ingest.file.heading",
                String.join(
                        ", ", REQUIRED.stream().map(MeasurementColumns::heading).toList()));
    }

    /** Our columns by machine name, at the index of the heading that names them in either language. */
    private static Map<String, Integer> columns(List<String> headings) {
        Map<String, Integer> columns = new java.util.HashMap<>();
        for (int i = 0; i < headings.size(); i++) {
            int index = i;
            MeasurementColumns.column(headings.get(i)).ifPresent(c -> {
                if (columns.putIfAbsent(c, index) != null) {
                    // "indicator" beside "Indikator": which one holds the value is anyone's guess.
                    throw new FileFormatException("ingest.file.unreadable");
                }
            });
        }
        return columns;
    }

    /** The rows of the first sheet of an XLSX workbook. */
    public static Iterator<IntakeRow> xlsx(InputStream source) {
        try {
            // POI holds a workbook whole in memory: larger files must come as CSV, which is streamed.
            Workbook workbook =
                    WorkbookFactory.create(new BoundedStream(source, MAX_XLSX_BYTES, "ingest.file.xlsxTooLarge"));
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            Map<String, Integer> columns = new java.util.HashMap<>();
            Row heading = sheet.getRow(sheet.getFirstRowNum());
            if (heading != null) {
                heading.forEach(cell -> MeasurementColumns.column(formatter.formatCellValue(cell))
                        .ifPresent(c -> columns.putIfAbsent(c, cell.getColumnIndex())));
            }
            requireColumns(columns);
            List<Row> rows = new java.util.ArrayList<>();
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row != null && !blank(row, formatter)) {
                    rows.add(row);
                }
            }
            workbook.close();
            if (rows.isEmpty()) {
                throw new FileFormatException("ingest.file.noRows");
            }
            return map(
                    rows.iterator(),
                    row -> new IntakeRow(
                            row.getRowNum() + 1,
                            cell(row, columns.get("indicator"), formatter),
                            input(c -> cell(row, columns.get(c), formatter))));
        } catch (IOException | RuntimeException e) {
            if (e instanceof FileFormatException f) {
                throw f;
            }
            throw new FileFormatException("ingest.file.unreadable");
        }
    }

    /** A workbook with the Norwegian headings and one example row, written as people write it. */
    public static void template(OutputStream out, String exampleIndicator, String exampleOrganisation) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Målinger");
            Row heading = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.size(); c++) {
                heading.createCell(c).setCellValue(MeasurementColumns.HEADINGS.get(c));
                sheet.setColumnWidth(c, 22 * 256);
            }
            String[] example = {
                exampleIndicator, exampleOrganisation, "01.01.2026", "31.01.2026", "2,4", "", "", "Uttrekk", "Høy", ""
            };
            Row row = sheet.createRow(1);
            for (int c = 0; c < example.length; c++) {
                row.createCell(c).setCellValue(example[c]);
            }
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same template as CSV text. */
    public static String csvTemplate(String exampleIndicator, String exampleOrganisation) {
        return String.join(";", MeasurementColumns.HEADINGS) + "\n" + exampleIndicator + ";" + exampleOrganisation
                + ";01.01.2026;31.01.2026;2,4;;;Uttrekk;Høy;\n";
    }

    /** The row read once, here at the file's edge: the intake gets typed values and what did not read. */
    private static MeasurementCommand input(Function<String, String> column) {
        return MeasurementCommand.read(new MeasurementInput(
                column.apply("value"),
                column.apply("periodStart"),
                column.apply("periodEnd"),
                column.apply("organisation"),
                column.apply("subUnit"),
                column.apply("unitOfMeasure"),
                column.apply("method"),
                column.apply("confidence"),
                column.apply("comment")));
    }

    private static void requireColumns(Map<String, Integer> header) {
        for (String column : REQUIRED) {
            if (header == null || !header.containsKey(column)) {
                throw new FileFormatException("ingest.file.column", MeasurementColumns.heading(column));
            }
        }
    }

    private static String value(CSVRecord record, Integer column) {
        return column != null && record.isSet(column) ? record.get(column) : "";
    }

    private static String cell(Row row, Integer column, DataFormatter formatter) {
        if (column == null) {
            return "";
        }
        Cell cell = row.getCell(column);
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return formatter.formatCellValue(cell).strip();
    }

    private static boolean blank(Row row, DataFormatter formatter) {
        for (Cell cell : row) {
            if (!formatter.formatCellValue(cell).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static <T> Iterator<IntakeRow> map(Iterator<T> source, Function<T, IntakeRow> row) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                try {
                    return source.hasNext();
                } catch (FileFormatException e) {
                    throw e;
                } catch (UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
                    throw new FileFormatException("ingest.file.unreadable");
                }
            }

            @Override
            public IntakeRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return row.apply(source.next());
            }
        };
    }

    /** The file as a whole cannot be read: nothing was stored. */
    public static class FileFormatException extends InvalidInputException {

        public FileFormatException(String messageKey, Object... arguments) {
            super(List.of(FieldViolation.of("file", messageKey, arguments)));
        }
    }
}
