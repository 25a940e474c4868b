package no.gevinst.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestIndicators;
import no.gevinst.TestUsers;
import no.gevinst.indicator.Indicator;
import no.gevinst.ingest.domain.ImportJob;
import no.gevinst.ingest.domain.ImportJobs;
import no.gevinst.ingest.domain.MeasurementFile;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.awaitility.Awaitility;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** A measurement workbook uploaded through the ingest module is imported in the background; its page follows it. */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class UploadedWorkbookIT {

    private static final String ST_OLAV = "883974832";

    @Autowired
    ImportJobs imports;

    @Autowired
    TestUsers users;

    @Autowired
    TestIndicators testIndicators;

    @Autowired
    MockMvc mvc;

    @Test
    void anUploadedWorkbookIsImportedInTheBackgroundAndReportsItsProgress() throws Exception {
        Indicator indicator = testIndicators.create("Opplastet indikator", null);
        Path file = Files.createTempFile("upload", ".xlsx");
        Files.write(file, workbookWithASecondRow(indicator));

        UUID job = users.callAs("kari", () -> imports.start(file, "malinger.xlsx"));
        ImportJob finished = finished(job);

        assertThat(finished.status()).as(finished.errorsJson()).isEqualTo(ImportJob.Status.DONE);
        assertThat(finished.rowsRead()).isEqualTo(2);
        assertThat(finished.added()).isEqualTo(2);
        assertThat(Files.exists(file)).as("the upload's copy is removed").isFalse();

        // The job's page polls with htmx for its progress alone; a browser asking for it gets the whole page.
        String progress = jobPage(job, true);
        assertThat(progress).doesNotContain("<html").doesNotContain("<main");
        Element fragment = Jsoup.parseBodyFragment(progress).body().child(0);
        assertThat(fragment.id()).isEqualTo("progress");
        assertThat(fragment.select(".ds-alert[data-color=success]")).as("done").hasSize(1);
        assertThat(fragment.attr("hx-get")).as("a finished job is not polled").isEmpty();
        String page = jobPage(job, false);
        assertThat(page).contains("<html");
        assertThat(Jsoup.parse(page).select("main#main h1 + p + #progress")).hasSize(1);
    }

    private String jobPage(UUID job, boolean htmx) throws Exception {
        var request = get("/measurements/import/" + job).with(users.session("kari"));
        if (htmx) {
            request.header("HX-Request", "true");
        }
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** The downloadable template (its example row) with a second row of February's measurement. */
    private static byte[] workbookWithASecondRow(Indicator indicator) throws Exception {
        ByteArrayOutputStream template = new ByteArrayOutputStream();
        MeasurementFile.template(template, indicator.id().toString(), ST_OLAV);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template.toByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            Row second = sheet.createRow(2);
            String[] values = {indicator.id().toString(), ST_OLAV, "2026-02-01", "2026-02-28", "2.2"};
            for (int c = 0; c < values.length; c++) {
                second.createCell(c).setCellValue(values[c]);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }

    private ImportJob finished(UUID job) {
        return Awaitility.await("the import finishes")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> users.callAs("kari", () -> imports.find(job).orElseThrow()), state -> !state.running());
    }
}
