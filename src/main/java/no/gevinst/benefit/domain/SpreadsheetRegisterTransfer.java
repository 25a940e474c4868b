package no.gevinst.benefit.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import no.gevinst.benefit.Allocation;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitClass;
import no.gevinst.benefit.BenefitInput;
import no.gevinst.benefit.BenefitKind;
import no.gevinst.benefit.BenefitQuery;
import no.gevinst.benefit.BenefitStatus;
import no.gevinst.benefit.Benefits;
import no.gevinst.benefit.ImportError;
import no.gevinst.benefit.ImportRefusedException;
import no.gevinst.benefit.Priority;
import no.gevinst.benefit.RegisterTransfer;
import no.gevinst.organisation.Organisation;
import no.gevinst.organisation.Organisations;
import no.gevinst.organisation.People;
import no.gevinst.organisation.Person;
import no.gevinst.programme.FrameworkItem;
import no.gevinst.programme.Objective;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.FieldViolation;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.PersonId;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class SpreadsheetRegisterTransfer implements RegisterTransfer {

    static final String SHEET = "Gevinstregister";
    private static final String GUIDE = "Veiledning";
    private static final String LIST_SEPARATOR = ";";
    private static final DateTimeFormatter NORWEGIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

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
        Names names = names();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(SHEET);
            writeHeadings(workbook, sheet);
            CellStyle dates = dateStyle(workbook);
            int r = 1;
            for (Benefit benefit : benefits.list(query)) {
                Row row = sheet.createRow(r++);
                Map<RegisterColumn, Object> values = values(benefit, names);
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
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    @Transactional(readOnly = true)
    public void exportCsv(BenefitQuery query, Writer out) {
        Names names = names();
        CSVFormat format = CSVFormat.Builder.create(CSVFormat.EXCEL)
                .setDelimiter(';')
                .setQuoteMode(QuoteMode.ALL)
                .setHeader(headings())
                .get();
        try {
            out.write('\ufeff'); // lets Excel recognise UTF-8
            CSVPrinter csv = new CSVPrinter(out, format);
            for (Benefit benefit : benefits.list(query)) {
                Map<RegisterColumn, Object> values = values(benefit, names);
                List<String> record = new ArrayList<>();
                for (RegisterColumn column : RegisterColumn.values()) {
                    Object value = values.get(column);
                    // Every column of the register is text (dates in ISO form, shares inside "name=share" text),
                    // so every cell is guarded: there is no numeric column where a leading minus would be data.
                    record.add(CsvCells.neutralised(
                            value instanceof LocalDate date ? date.toString() : value == null ? "" : value.toString()));
                }
                csv.printRecord(record);
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    @Transactional(readOnly = true)
    public void template(OutputStream out) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(SHEET);
            writeHeadings(workbook, sheet);
            Row example = sheet.createRow(1);
            String programme = programmes.visible().stream()
                    .findFirst()
                    .map(Programme::code)
                    .orElse("HP");
            example.createCell(RegisterColumn.PROGRAMME.ordinal()).setCellValue(programme);
            example.createCell(RegisterColumn.TITLE.ordinal()).setCellValue("Redusert tid brukt på dokumentasjon");
            example.createCell(RegisterColumn.KIND.ordinal())
                    .setCellValue(RegisterValues.written(RegisterColumn.KIND, BenefitKind.BENEFIT));
            example.createCell(RegisterColumn.BENEFIT_CLASS.ordinal())
                    .setCellValue(RegisterValues.written(RegisterColumn.BENEFIT_CLASS, BenefitClass.CAPACITY));
            example.createCell(RegisterColumn.PRIORITY.ordinal())
                    .setCellValue(RegisterValues.written(RegisterColumn.PRIORITY, Priority.MEDIUM));
            example.createCell(RegisterColumn.STATUS.ordinal())
                    .setCellValue(RegisterValues.written(RegisterColumn.STATUS, BenefitStatus.IDENTIFIED));
            writeGuide(workbook.createSheet(GUIDE));
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    @Transactional
    public int importXlsx(InputStream in) {
        List<ImportError> errors = new ArrayList<>();
        List<ParsedRow> rows = read(in, errors);
        if (rows.isEmpty() && errors.isEmpty()) {
            errors.add(new ImportError(1, RegisterColumn.TITLE.heading, "register.import.empty", List.of()));
        }
        duplicateCodes(rows, errors);
        int imported = 0;
        for (ParsedRow row : rows) {
            if (row.input == null) {
                continue;
            }
            try {
                service.importRow(row.input);
                imported++;
            } catch (InvalidInputException e) {
                for (FieldViolation v : e.violations()) {
                    errors.add(new ImportError(
                            row.number, RegisterColumn.ofField(v.field()).heading, v.messageKey(), v.arguments()));
                }
            }
        }
        if (!errors.isEmpty()) {
            // Throwing rolls back every row written above: the import is all or nothing.
            throw new ImportRefusedException(errors);
        }
        return imported;
    }

    private List<ParsedRow> read(InputStream in, List<ImportError> errors) {
        Workbook workbook;
        try {
            workbook = WorkbookFactory.create(in);
        } catch (IOException | RuntimeException e) {
            errors.add(new ImportError(0, "", "register.import.unreadable", List.of()));
            return List.of();
        }
        try (workbook) {
            Sheet sheet = Optional.ofNullable(workbook.getSheet(SHEET)).orElse(workbook.getSheetAt(0));
            Map<RegisterColumn, Integer> positions = positions(sheet.getRow(sheet.getFirstRowNum()), errors);
            if (!errors.isEmpty()) {
                return List.of();
            }
            Names names = names();
            List<ParsedRow> rows = new ArrayList<>();
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                Map<RegisterColumn, String> cells = cells(row, positions);
                if (cells.values().stream().allMatch(String::isBlank)) {
                    continue;
                }
                rows.add(parse(r + 1, cells, names, errors));
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

    /** Turns the names and codes of one row into ids, naming each value that matches nothing. */
    private ParsedRow parse(int number, Map<RegisterColumn, String> cells, Names names, List<ImportError> errors) {
        int before = errors.size();
        RowReader row = new RowReader(number, cells, errors);
        Programme programme =
                names.programmesByCode.get(row.text(RegisterColumn.PROGRAMME).toUpperCase(Locale.ROOT));
        if (programme == null) {
            row.error(RegisterColumn.PROGRAMME, "import.programme.unknown", row.text(RegisterColumn.PROGRAMME));
            return new ParsedRow(number, row.text(RegisterColumn.CODE), null);
        }
        String area = row.lookup(RegisterColumn.AREA, row.text(RegisterColumn.AREA), n -> item(programme.areas(), n));
        List<String> priorityAreas =
                row.lookupAll(RegisterColumn.PRIORITY_AREAS, n -> item(programme.priorityAreas(), n));
        Map<Integer, Objective> objectives =
                programmes.objectives(programme.id()).stream().collect(Collectors.toMap(Objective::number, o -> o));
        List<String> objectiveIds = row.lookupAll(RegisterColumn.OBJECTIVES, n -> objective(objectives, n));
        List<BenefitInput.AllocationInput> allocations = new ArrayList<>();
        for (String part : row.list(RegisterColumn.ALLOCATIONS)) {
            int equals = part.lastIndexOf('=');
            if (equals < 0) {
                row.error(RegisterColumn.ALLOCATIONS, "import.allocation.format", part);
                continue;
            }
            String organisation = row.lookup(
                    RegisterColumn.ALLOCATIONS, part.substring(0, equals).strip(), names::organisation);
            allocations.add(new BenefitInput.AllocationInput(
                    organisation, part.substring(equals + 1).strip()));
        }
        List<String> investors = row.lookupAll(RegisterColumn.INVESTORS, names::organisation);
        String owner = row.lookup(RegisterColumn.OWNER, row.text(RegisterColumn.OWNER), names::person);
        String responsible =
                row.lookup(RegisterColumn.RESPONSIBLE, row.text(RegisterColumn.RESPONSIBLE), names::person);
        String start = row.date(RegisterColumn.EXPECTED_START);
        String fullEffect = row.date(RegisterColumn.FULL_EFFECT);
        if (errors.size() > before) {
            return new ParsedRow(number, row.text(RegisterColumn.CODE), null);
        }
        BenefitInput input = new BenefitInput(
                programme.id().toString(),
                row.text(RegisterColumn.CODE),
                row.text(RegisterColumn.TITLE),
                row.text(RegisterColumn.DESCRIPTION),
                row.text(RegisterColumn.OBSERVABLE_OUTCOME),
                row.text(RegisterColumn.ATTRIBUTION),
                row.choice(RegisterColumn.KIND),
                area,
                priorityAreas,
                row.choice(RegisterColumn.BENEFIT_CLASS),
                objectiveIds,
                allocations,
                investors,
                owner,
                responsible,
                row.text(RegisterColumn.UNITS),
                start,
                fullEffect,
                row.choice(RegisterColumn.PRIORITY),
                row.text(RegisterColumn.PRIORITY_RATIONALE),
                row.text(RegisterColumn.PREREQUISITES).lines().toList(),
                row.text(RegisterColumn.EVIDENCE_LINKS).lines().toList(),
                row.choice(RegisterColumn.STATUS));
        return new ParsedRow(number, row.text(RegisterColumn.CODE), input);
    }

    private static void duplicateCodes(List<ParsedRow> rows, List<ImportError> errors) {
        Map<String, Integer> firstRow = new HashMap<>();
        for (ParsedRow row : rows) {
            String code = row.code.toUpperCase(Locale.ROOT);
            if (code.isBlank()) {
                continue;
            }
            Integer first = firstRow.putIfAbsent(code, row.number);
            if (first != null) {
                errors.add(new ImportError(
                        row.number, RegisterColumn.CODE.heading, "import.code.duplicateInFile", List.of(code, first)));
            }
        }
    }

    private Map<RegisterColumn, Object> values(Benefit b, Names names) {
        Programme programme = names.programmes.get(b.programme().toString());
        Map<RegisterColumn, Object> v = new EnumMap<>(RegisterColumn.class);
        v.put(RegisterColumn.PROGRAMME, programme.code());
        v.put(RegisterColumn.CODE, b.code());
        v.put(RegisterColumn.TITLE, b.title());
        v.put(RegisterColumn.DESCRIPTION, b.description());
        v.put(RegisterColumn.OBSERVABLE_OUTCOME, b.observableOutcome());
        v.put(RegisterColumn.ATTRIBUTION, b.attribution());
        v.put(RegisterColumn.KIND, RegisterValues.written(RegisterColumn.KIND, b.kind()));
        v.put(
                RegisterColumn.AREA,
                b.area() == null
                        ? ""
                        : programme
                                .frameworkItem(b.area())
                                .map(FrameworkItem::name)
                                .orElse(""));
        v.put(
                RegisterColumn.PRIORITY_AREAS,
                b.priorityAreas().stream()
                        .map(id -> programme
                                .frameworkItem(id)
                                .map(FrameworkItem::name)
                                .orElse(""))
                        .collect(Collectors.joining(LIST_SEPARATOR + " ")));
        v.put(RegisterColumn.BENEFIT_CLASS, RegisterValues.written(RegisterColumn.BENEFIT_CLASS, b.benefitClass()));
        v.put(
                RegisterColumn.OBJECTIVES,
                b.objectives().stream()
                        .map(id -> String.valueOf(names.objectiveNumbers.get(id.toString())))
                        .collect(Collectors.joining(LIST_SEPARATOR + " ")));
        v.put(
                RegisterColumn.ALLOCATIONS,
                b.allocations().stream()
                        .map(a -> names.organisationLabel(a.organisation()) + "=" + share(a))
                        .collect(Collectors.joining(LIST_SEPARATOR + " ")));
        v.put(
                RegisterColumn.INVESTORS,
                b.investors().stream().map(names::organisationLabel).collect(Collectors.joining(LIST_SEPARATOR + " ")));
        v.put(RegisterColumn.OWNER, names.personLabel(b.owner()));
        v.put(RegisterColumn.RESPONSIBLE, names.personLabel(b.responsible()));
        v.put(RegisterColumn.UNITS, b.units());
        v.put(RegisterColumn.EXPECTED_START, b.expectedStart());
        v.put(RegisterColumn.FULL_EFFECT, b.fullEffect());
        v.put(RegisterColumn.PRIORITY, RegisterValues.written(RegisterColumn.PRIORITY, b.priority()));
        v.put(RegisterColumn.PRIORITY_RATIONALE, b.priorityRationale());
        v.put(RegisterColumn.PREREQUISITES, String.join("\n", b.prerequisites()));
        v.put(RegisterColumn.EVIDENCE_LINKS, String.join("\n", b.evidenceLinks()));
        v.put(RegisterColumn.STATUS, RegisterValues.written(RegisterColumn.STATUS, b.status()));
        return v;
    }

    private static String share(Allocation a) {
        return a.share().value().stripTrailingZeros().toPlainString();
    }

    private static void writeHeadings(Workbook workbook, Sheet sheet) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        Row heading = sheet.createRow(0);
        for (RegisterColumn column : RegisterColumn.values()) {
            Cell cell = heading.createCell(column.ordinal());
            cell.setCellValue(column.heading);
            cell.setCellStyle(style);
            sheet.setColumnWidth(column.ordinal(), 20 * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    private static CellStyle dateStyle(Workbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
        return style;
    }

    private void writeGuide(Sheet guide) {
        String[][] lines = {
            {"Kolonne", "Hva den skal inneholde"},
            {"Programkode", "Koden til et program du koordinerer, for eksempel HP."},
            {"Kode", "Tom for ny gevinst (neste nummer velges), eller en eksisterende kode som da oppdateres."},
            {"Tittel", "Påkrevd. Formulert som en endring."},
            {"Type", "Gevinst eller Ulempe (BENEFIT eller DISBENEFIT leses også)."},
            {"Gevinstområde", "Navnet på et gevinstområde i programmets rammeverk."},
            {"Prioriterte områder", "Navn på prioriterte områder, skilt med semikolon."},
            {
                "Gevinstklasse",
                "Budsjettmessig virkning i egen virksomhet, Alternativ anvendelse i virksomheten, Prissatt "
                        + "nyttevirkning i øvrig offentlig sektor eller Ikke-prissatt virkning."
            },
            {"Effektmål", "Numrene på programmets effektmål, skilt med semikolon, for eksempel 6; 8."},
            {"Fordeling", "Virksomhet=andel, skilt med semikolon, for eksempel St. Olavs hospital HF=60; 997005562=40."
            },
            {"Investerende virksomheter", "Navn eller organisasjonsnummer, skilt med semikolon."},
            {"Gevinsteier / Gevinstansvarlig", "E-postadressen eller navnet til en person i registeret."},
            {"Forventet start / Full effekt", "Dato (dd.mm.åååå eller åååå-mm-dd)."},
            {"Prioritet", "Høy, Middels eller Lav (HIGH, MEDIUM eller LOW leses også)."},
            {"Forutsetninger / Dokumentasjon", "Én per linje; dokumentasjon er lenker som begynner med https://."},
            {
                "Status",
                "Identifisert, Prioritert, Planlagt, Under realisering, Realisert eller Avsluttet. Statusen må oppfylle "
                        + "livsløpets krav (planlagt krever eier, ansvarlig og effektmål)."
            }
        };
        for (int i = 0; i < lines.length; i++) {
            Row row = guide.createRow(i);
            row.createCell(0).setCellValue(lines[i][0]);
            row.createCell(1).setCellValue(lines[i][1]);
        }
        guide.setColumnWidth(0, 32 * 256);
        guide.setColumnWidth(1, 110 * 256);
    }

    private static String[] headings() {
        return java.util.Arrays.stream(RegisterColumn.values())
                .map(c -> c.heading)
                .toArray(String[]::new);
    }

    private static Optional<String> item(List<FrameworkItem> items, String name) {
        return items.stream()
                .filter(i -> i.name().equalsIgnoreCase(name))
                .findFirst()
                .map(i -> i.id().toString());
    }

    private static Optional<String> objective(Map<Integer, Objective> objectives, String number) {
        try {
            return Optional.ofNullable(objectives.get(
                            Integer.valueOf(number.replace(".", "").strip())))
                    .map(o -> o.id().toString());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private Names names() {
        List<Programme> visible = programmes.visible();
        Map<String, Integer> objectiveNumbers = new HashMap<>();
        programmes
                .objectives(visible.stream().map(Programme::id).collect(Collectors.toSet()))
                .forEach(o -> objectiveNumbers.put(o.id().toString(), o.number()));
        return new Names(
                visible.stream().collect(Collectors.toMap(p -> p.id().toString(), p -> p)),
                visible.stream().collect(Collectors.toMap(Programme::code, p -> p)),
                objectiveNumbers,
                organisations.all(),
                people.all());
    }

    /** The register's names and codes in both directions, read once per export or import. */
    private record Names(
            Map<String, Programme> programmes,
            Map<String, Programme> programmesByCode,
            Map<String, Integer> objectiveNumbers,
            List<Organisation> organisations,
            List<Person> people) {

        String organisationLabel(OrganisationId id) {
            return organisations.stream()
                    .filter(o -> o.id().equals(id))
                    .findFirst()
                    .map(o -> o.name() + " (" + o.organisationNumber().value() + ")")
                    .orElse(id.toString());
        }

        /** Accepts "Name (123456789)", the number alone or the exact name. */
        Optional<String> organisation(String text) {
            java.util.regex.Matcher number =
                    java.util.regex.Pattern.compile("(\\d{9})").matcher(text.replace(" ", ""));
            Optional<Organisation> found = number.find()
                    ? organisations.stream()
                            .filter(o -> o.organisationNumber().value().equals(number.group(1)))
                            .findFirst()
                    : organisations.stream()
                            .filter(o -> o.name().equalsIgnoreCase(text))
                            .findFirst();
            return found.map(o -> o.id().toString());
        }

        String personLabel(PersonId id) {
            if (id == null) {
                return "";
            }
            return people.stream()
                    .filter(p -> p.id().equals(id))
                    .findFirst()
                    .map(p -> p.email() != null ? p.email() : p.name())
                    .orElse("");
        }

        /** Accepts the e-mail address or a name that only one person has. */
        Optional<String> person(String text) {
            List<Person> matches = people.stream()
                    .filter(p -> text.equalsIgnoreCase(p.email()) || text.equalsIgnoreCase(p.name()))
                    .toList();
            return matches.size() == 1 ? Optional.of(matches.getFirst().id().toString()) : Optional.empty();
        }
    }

    private record ParsedRow(int number, String code, BenefitInput input) {}

    /** Reads the cells of one row and records what does not match, by column. */
    private record RowReader(int number, Map<RegisterColumn, String> cells, List<ImportError> errors) {

        String text(RegisterColumn column) {
            return cells.getOrDefault(column, "");
        }

        /** A choice column's value by its machine name, written in Norwegian or as the machine name. */
        String choice(RegisterColumn column) {
            return RegisterValues.read(column, text(column));
        }

        List<String> list(RegisterColumn column) {
            return java.util.Arrays.stream(text(column).split(LIST_SEPARATOR))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toList();
        }

        String lookup(RegisterColumn column, String value, java.util.function.Function<String, Optional<String>> find) {
            if (value.isBlank()) {
                return "";
            }
            Optional<String> id = find.apply(value);
            if (id.isEmpty()) {
                error(column, "import.unknown", value);
            }
            return id.orElse("");
        }

        List<String> lookupAll(RegisterColumn column, java.util.function.Function<String, Optional<String>> find) {
            return list(column).stream()
                    .map(v -> lookup(column, v, find))
                    .filter(s -> !s.isEmpty())
                    .toList();
        }

        String date(RegisterColumn column) {
            String value = text(column);
            if (value.isBlank()) {
                return "";
            }
            try {
                return LocalDate.parse(value).toString();
            } catch (DateTimeParseException e) {
                try {
                    return LocalDate.parse(value, NORWEGIAN_DATE).toString();
                } catch (DateTimeParseException e2) {
                    error(column, "import.date.invalid", value);
                    return "";
                }
            }
        }

        void error(RegisterColumn column, String key, Object... arguments) {
            errors.add(new ImportError(number, column.heading, key, List.of(arguments)));
        }
    }
}
