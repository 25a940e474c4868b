package no.gevinst.benefit.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitQuery;
import no.gevinst.benefit.Benefits;
import no.gevinst.benefit.ImportError;
import no.gevinst.benefit.ImportRefusedException;
import no.gevinst.benefit.RegisterTransfer;
import no.gevinst.benefit.domain.RegisterRowParser.ParsedRow;
import no.gevinst.organisation.Organisations;
import no.gevinst.organisation.People;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.FieldViolation;
import no.gevinst.shared.InvalidInputException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class SpreadsheetRegisterTransfer implements RegisterTransfer {

    static final String SHEET = "Gevinstregister";
    private static final String GUIDE = "Veiledning";

    private final Benefits benefits;
    private final BenefitService service;
    private final Programmes programmes;
    private final Organisations organisations;
    private final People people;

    SpreadsheetRegisterTransfer(
            Benefits benefits,
            BenefitService service,
            Programmes programmes,
            Organisations organisations,
            People people) {
        this.benefits = benefits;
        this.service = service;
        this.programmes = programmes;
        this.organisations = organisations;
        this.people = people;
    }

    @Override
    @Transactional(readOnly = true)
    public void exportXlsx(BenefitQuery query, OutputStream out) {
        SpreadsheetNames names = names();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(SHEET);
            RegisterSheets.writeHeadings(workbook, sheet);
            CellStyle dates = RegisterSheets.dateStyle(workbook);
            int r = 1;
            for (Benefit benefit : benefits.list(query)) {
                writeRow(sheet.createRow(r++), RegisterRowValues.of(benefit, names), dates);
            }
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeRow(Row row, Map<RegisterColumn, Object> values, CellStyle dates) {
        for (RegisterColumn column : RegisterColumn.values()) {
            Cell cell = row.createCell(column.ordinal());
            Object value = values.get(column);
            if (value instanceof LocalDate date) {
                cell.setCellValue(date);
                cell.setCellStyle(dates);
            } else if (value != null) {
                // A string cell is shown as text even when it starts with "=": no formula is ever written.
                cell.setCellValue(value.toString());
            }
        }
    }

    @Override
    @Transactional(readOnly = true)
    public void exportCsv(BenefitQuery query, Writer out) {
        SpreadsheetNames names = names();
        CSVFormat format = CSVFormat.Builder.create(CSVFormat.EXCEL)
                .setDelimiter(';')
                .setQuoteMode(QuoteMode.ALL)
                .setHeader(RegisterSheets.headings())
                .get();
        try {
            out.write('\ufeff'); // lets Excel recognise UTF-8
            CSVPrinter csv = new CSVPrinter(out, format);
            for (Benefit benefit : benefits.list(query)) {
                csv.printRecord(csvRecord(RegisterRowValues.of(benefit, names)));
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> csvRecord(Map<RegisterColumn, Object> values) {
        List<String> record = new ArrayList<>();
        for (RegisterColumn column : RegisterColumn.values()) {
            Object value = values.get(column);
            // Every column of the register is text (dates in ISO form, shares inside "name=share" text),
            // so every cell is guarded: there is no numeric column where a leading minus would be data.
            record.add(CsvCells.neutralised(
                    value instanceof LocalDate date ? date.toString() : value == null ? "" : value.toString()));
        }
        return record;
    }

    @Override
    @Transactional(readOnly = true)
    public void template(OutputStream out) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(SHEET);
            RegisterSheets.writeHeadings(workbook, sheet);
            String programme = programmes.visible().stream()
                    .findFirst()
                    .map(Programme::code)
                    .orElse("HP");
            RegisterSheets.writeExample(sheet, programme);
            RegisterSheets.writeGuide(workbook.createSheet(GUIDE));
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    @Transactional
    public int importXlsx(InputStream in) {
        List<ImportError> errors = new ArrayList<>();
        List<ParsedRow> rows = parsed(RegisterWorkbookReader.read(in, errors), errors);
        if (rows.isEmpty() && errors.isEmpty()) {
            errors.add(new ImportError(1, RegisterColumn.TITLE.heading, "register.import.empty", List.of()));
        }
        duplicateCodes(rows, errors);
        int imported = 0;
        for (ParsedRow row : rows) {
            if (row.input() != null && saved(row, errors)) {
                imported++;
            }
        }
        if (!errors.isEmpty()) {
            // Throwing rolls back every row written above: the import is all or nothing.
            throw new ImportRefusedException(errors);
        }
        return imported;
    }

    private List<ParsedRow> parsed(List<RegisterWorkbookReader.RowCells> read, List<ImportError> errors) {
        if (read.isEmpty()) {
            return List.of();
        }
        RegisterRowParser parser = new RegisterRowParser(names(), programmes);
        List<ParsedRow> rows = new ArrayList<>();
        for (RegisterWorkbookReader.RowCells row : read) {
            rows.add(parser.parse(row.number(), row.cells(), errors));
        }
        return rows;
    }

    private boolean saved(ParsedRow row, List<ImportError> errors) {
        try {
            service.importRow(row.input());
            return true;
        } catch (InvalidInputException e) {
            for (FieldViolation v : e.violations()) {
                errors.add(new ImportError(
                        row.number(), RegisterColumn.ofField(v.field()).heading, v.messageKey(), v.arguments()));
            }
            return false;
        }
    }

    private static void duplicateCodes(List<ParsedRow> rows, List<ImportError> errors) {
        Map<String, Integer> firstRow = new HashMap<>();
        for (ParsedRow row : rows) {
            String code = row.code().toUpperCase(Locale.ROOT);
            if (code.isBlank()) {
                continue;
            }
            Integer first = firstRow.putIfAbsent(code, row.number());
            if (first != null) {
                errors.add(new ImportError(
                        row.number(),
                        RegisterColumn.CODE.heading,
                        "import.code.duplicateInFile",
                        List.of(code, first)));
            }
        }
    }

    private SpreadsheetNames names() {
        return SpreadsheetNames.read(programmes, organisations, people);
    }
}
