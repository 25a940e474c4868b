package no.gevinst.benefit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestUsers;
import no.gevinst.benefit.domain.BenefitInputs;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Import and export of the register with real XLSX files made and read by Apache POI. */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class RegisterImportIT {

    private static final List<String> HEADINGS = List.of(
            "Programkode",
            "Kode",
            "Tittel",
            "Type",
            "Gevinstområde",
            "Prioriterte områder",
            "Gevinstklasse",
            "Effektmål",
            "Fordeling",
            "Gevinsteier",
            "Forventet start",
            "Prioritet",
            "Begrunnelse for prioritet",
            "Status");

    @Autowired
    RegisterTransfer transfer;

    @Autowired
    Benefits benefits;

    @Autowired
    Programmes programmes;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void aWorkbookWithTwoBadRowsIsRefusedWholeAndTheCorrectedOneImportsAllFifty() throws IOException {
        long before = count();
        byte[] bad = workbook(50, 10, 30);

        assertThatThrownBy(() -> importAs("kari", bad))
                .isInstanceOfSatisfying(
                        ImportRefusedException.class,
                        e -> assertThat(e.errors())
                                .extracting(ImportError::row, ImportError::column, ImportError::messageKey)
                                .containsExactly(
                                        org.assertj.core.groups.Tuple.tuple(12, "Gevinstområde", "import.unknown"),
                                        org.assertj.core.groups.Tuple.tuple(
                                                32, "Fordeling", "benefit.allocation.over100")));
        assertThat(count()).isEqualTo(before);

        int imported = importAs("kari", workbook(50));
        assertThat(imported).isEqualTo(50);
        assertThat(count()).isEqualTo(before + 50);
        RegisterPage page = titled("Importert gevinst nr. 17 ");
        assertThat(page.benefits()).singleElement().satisfies(b -> {
            assertThat(b.status()).isEqualTo(BenefitStatus.PRIORITISED);
            assertThat(b.allocations()).hasSize(2);
            assertThat(b.objectives()).hasSize(2);
            assertThat(b.priorityAreas()).hasSize(1);
        });
    }

    @Test
    void anExportedRegisterImportsBackAsTheSameBenefits() throws IOException {
        BenefitQuery hp = BenefitQuery.builder().programme(hp().id()).build();
        Map<String, Benefit> exported = users.callAs("kari", () -> benefits.list(hp)).stream()
                .collect(Collectors.toMap(Benefit::code, Function.identity()));
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        users.runAs("kari", () -> transfer.exportXlsx(hp, xlsx));
        long before = count();

        int imported = importAs("kari", xlsx.toByteArray());

        assertThat(imported).isEqualTo(exported.size());
        assertThat(count()).isEqualTo(before);
        for (Benefit after : users.callAs("kari", () -> benefits.list(hp))) {
            Benefit original = exported.get(after.code());
            assertThat(BenefitInputs.of(after)).as(after.code()).isEqualTo(BenefitInputs.of(original));
            assertThat(after.version()).as("unchanged rows are not rewritten").isEqualTo(original.version());
        }
    }

    @Test
    void theCsvExportHasAHeadingAndOneRowPerBenefit() throws IOException {
        BenefitQuery query =
                BenefitQuery.builder().priorityArea("Legemiddelhåndtering").build();
        StringWriter csv = new StringWriter();
        users.runAs("kari", () -> transfer.exportCsv(query, csv));
        String text = csv.toString().substring(1); // the byte order mark
        try (CSVParser parser = CSVParser.parse(
                text,
                CSVFormat.Builder.create(CSVFormat.EXCEL)
                        .setDelimiter(';')
                        .setHeader()
                        .get())) {
            var records = parser.getRecords();
            assertThat(parser.getHeaderNames()).startsWith("Programkode", "Kode", "Tittel");
            assertThat(records)
                    .extracting(r -> r.get("Tittel"))
                    .contains("Færre legemiddelfeil ved lukket legemiddelsløyfe");
            assertThat(records)
                    .allSatisfy(r -> assertThat(r.get("Prioriterte områder")).contains("Legemiddelhåndtering"));
        }
    }

    @Test
    void aFileThatIsNoWorkbookIsRefused() {
        assertThatThrownBy(() -> importAs("kari", "Tittel;Kode\nx;y".getBytes()))
                .isInstanceOfSatisfying(
                        ImportRefusedException.class,
                        e -> assertThat(e.errors())
                                .extracting(ImportError::messageKey)
                                .containsExactly("register.import.unreadable"));
    }

    @Test
    void theImportPageAnswersARefusalInPlaceBesideTheFileOrRowByRow() throws Exception {
        long before = jdbc.sql("SELECT count(*) FROM benefit").query(Long.class).single();
        String missing = refused(new MockMultipartFile("file", "", "application/octet-stream", new byte[0]));
        assertThat(missing).contains("id=\"file-error\"");
        String unreadable =
                refused(new MockMultipartFile("file", "register.xlsx", "application/octet-stream", "x;y".getBytes()));
        assertThat(unreadable).contains("id=\"import-errors\"");
        assertThat(jdbc.sql("SELECT count(*) FROM benefit").query(Long.class).single())
                .isEqualTo(before);
    }

    /** The import page's answer to the file: refused in place (422). */
    private String refused(MockMultipartFile file) throws Exception {
        return mvc.perform(multipart("/benefits/import")
                        .file(file)
                        .with(users.session("kari"))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theTemplateHasEveryColumnAndAGuide() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        users.runAs("kari", () -> transfer.template(out));
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Row heading = workbook.getSheet("Gevinstregister").getRow(0);
            assertThat(heading.getCell(0).getStringCellValue()).isEqualTo("Programkode");
            assertThat(heading.getLastCellNum()).isEqualTo((short) 23);
            assertThat(workbook.getSheet("Veiledning")).isNotNull();
        }
    }

    @Test
    void theTemplateWritesNorwegianValuesAndAWorkbookInThemImportsLikeOneInMachineNames() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        users.runAs("kari", () -> transfer.template(out));
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Row example = workbook.getSheet("Gevinstregister").getRow(1);
            List<String> values = new java.util.ArrayList<>();
            example.forEach(c -> values.add(c.getStringCellValue()));
            assertThat(values)
                    .contains("Gevinst", "Alternativ anvendelse i virksomheten", "Middels", "Identifisert")
                    .doesNotContain("BENEFIT", "CAPACITY", "MEDIUM", "IDENTIFIED");
        }

        long before = count();
        assertThat(importAs("kari", workbook(3, 0, 0, true))).isEqualTo(3);
        assertThat(count()).isEqualTo(before + 3);
        RegisterPage page = titled("Norsk gevinst nr. 2 ");
        assertThat(page.benefits()).singleElement().satisfies(b -> {
            assertThat(b.kind()).isEqualTo(BenefitKind.DISBENEFIT);
            assertThat(b.benefitClass()).isEqualTo(BenefitClass.CAPACITY);
            assertThat(b.priority()).isEqualTo(Priority.HIGH);
            assertThat(b.status()).isEqualTo(BenefitStatus.PRIORITISED);
        });
    }

    private byte[] workbook(int rows) throws IOException {
        return workbook(rows, 0, 0);
    }

    private byte[] workbook(int rows, int unknownAreaRow, int over100Row) throws IOException {
        return workbook(rows, unknownAreaRow, over100Row, false);
    }

    /**
     * A register workbook; one row may name an area the programme lacks, another allocate 120 %. Its choices are
     * written by their machine names, or as people read them in Norwegian.
     */
    private byte[] workbook(int rows, int unknownAreaRow, int over100Row, boolean norwegian) throws IOException {
        Programme hp = hp();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Gevinstregister");
            Row heading = sheet.createRow(0);
            for (int c = 0; c < HEADINGS.size(); c++) {
                heading.createCell(c).setCellValue(HEADINGS.get(c));
            }
            // Excel row 2 is an empty line people leave; it is skipped, not refused.
            sheet.createRow(1);
            for (int i = 1; i <= rows; i++) {
                boolean unknownArea = i == unknownAreaRow;
                boolean over100 = i == over100Row;
                Row row = sheet.createRow(i + 1);
                String[] values = {
                    "HP",
                    "",
                    (norwegian ? "Norsk gevinst nr. " : "Importert gevinst nr. ") + i + " ",
                    norwegian ? "ulempe" : "BENEFIT",
                    unknownArea ? "Trivsel" : "Kostnadsbesparelser",
                    "Pasientlogistikk",
                    norwegian ? "Alternativ anvendelse i virksomheten" : "CAPACITY",
                    "4; 6",
                    over100 ? "St. Olavs hospital HF=80; 997005562=40" : "St. Olavs hospital HF=60; 997005562=40",
                    "ole.hansen@example.no",
                    "2026-01-0" + (1 + i % 9),
                    norwegian ? "Høy" : "HIGH",
                    "Importert i test",
                    norwegian ? "Prioritert" : "PRIORITISED"
                };
                for (int c = 0; c < values.length; c++) {
                    row.createCell(c).setCellValue(values[c]);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private int importAs(String user, byte[] file) {
        return users.callAs(user, () -> transfer.importXlsx(new ByteArrayInputStream(file)));
    }

    private Programme hp() {
        return users.callAs(
                "kari",
                () -> programmes.visible().stream()
                        .filter(p -> p.code().equals("HP"))
                        .findFirst()
                        .orElseThrow());
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM benefit").query(Long.class).single();
    }

    /** The register as kari finds it by free text. */
    private RegisterPage titled(String text) {
        return users.callAs(
                "kari", () -> benefits.search(BenefitQuery.builder().text(text).build()));
    }
}
