package no.gevinst.benefit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestBenefitInputs;
import no.gevinst.TestProgrammes;
import no.gevinst.TestUsers;
import no.gevinst.programme.Programme;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** A benefit whose texts look like spreadsheet formulas, exported through the register's real download links. */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class RegisterExportFormulaIT {

    private static final String TITLE = "=cmd|'/c calc'!A1";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestProgrammes programmes;

    @Autowired
    TestUsers users;

    @Autowired
    Benefits benefits;

    @Test
    void theCsvExportGuardsEveryCellThatASpreadsheetWouldRunAsAFormula() throws Exception {
        Programme programme = programmes.create();
        formulaBenefit(programme);

        byte[] body = export(programme, "csv");
        String text = new String(body, StandardCharsets.UTF_8).substring(1); // the byte order mark

        assertThat(text).contains("\"'=cmd|'/c calc'!A1\"");
        try (CSVParser parser = CSVParser.parse(
                text,
                CSVFormat.Builder.create(CSVFormat.EXCEL)
                        .setDelimiter(';')
                        .setHeader()
                        .get())) {
            List<CSVRecord> records = parser.getRecords();
            CSVRecord row = records.stream()
                    .filter(r -> r.get("Tittel").contains("cmd|"))
                    .findFirst()
                    .orElseThrow();
            assertThat(row.get("Tittel")).isEqualTo("'" + TITLE);
            assertThat(row.get("Beskrivelse")).isEqualTo("'+SUM(1+1)");
            assertThat(row.get("Observerbart resultat")).isEqualTo("'-2+3");
            assertThat(row.get("Attribusjon")).isEqualTo("'@SUM(A1)");
            // A leading tab or carriage return never survives the input's trimming; CsvCellsTest covers them.
            for (CSVRecord record : records) {
                assertThat(record.values())
                        .allSatisfy(cell -> assertThat(cell)
                                .doesNotStartWith("=")
                                .doesNotStartWith("+")
                                .doesNotStartWith("-")
                                .doesNotStartWith("@")
                                .doesNotStartWith("\t")
                                .doesNotStartWith("\r"));
            }
        }
    }

    @Test
    void theXlsxExportWritesTheSameTitleAsPlainTextNeverAsAFormula() throws Exception {
        Programme programme = programmes.create();
        formulaBenefit(programme);

        byte[] body = export(programme, "xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            Sheet sheet = workbook.getSheetAt(0);
            int title = column(sheet.getRow(0), "Tittel");
            Cell cell = sheet.getRow(1).getCell(title);
            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell.getStringCellValue()).isEqualTo(TITLE);
            for (Row row : sheet) {
                for (Cell any : row) {
                    assertThat(any.getCellType()).isNotEqualTo(CellType.FORMULA);
                }
            }
        }
    }

    /** The programme's benefit register as its coordinator downloads it in the format. */
    private byte[] export(Programme programme, String format) throws Exception {
        return mvc.perform(get("/benefits/export." + format)
                        .param("programme", programme.id().toString())
                        .with(users.session(TestProgrammes.COORDINATOR)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    private void formulaBenefit(Programme programme) {
        users.runAs(
                TestProgrammes.COORDINATOR,
                () -> benefits.create(TestBenefitInputs.bare(programme.id().toString(), TITLE)
                        .texts("+SUM(1+1)", "-2+3", "@SUM(A1)")
                        .build()));
    }

    private static int column(Row headings, String name) {
        for (Cell cell : headings) {
            if (cell.getStringCellValue().equals(name)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + name);
    }
}
