package no.gevinst.ingest.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import no.gevinst.ingest.domain.ImportJob;
import no.gevinst.ingest.domain.ImportJobs;
import no.gevinst.ingest.domain.MeasurementFile;
import no.gevinst.shared.Attachments;
import no.gevinst.shared.FormErrors;
import no.gevinst.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Upload of measurement files; a large file is imported in the background while the page shows its progress. */
@Controller
class MeasurementImportController {

    private static final String EXAMPLE_INDICATOR = "https://helseplattformen.example.no/fhir/Measure/legemiddelavvik";
    private static final String EXAMPLE_ORGANISATION = "883974832";

    private final ImportJobs imports;

    MeasurementImportController(ImportJobs imports) {
        this.imports = imports;
    }

    @GetMapping("/measurements/import")
    String page() {
        imports.requireMayImport();
        return "ingest/upload";
    }

    @PostMapping("/measurements/import")
    String upload(
            @RequestParam(name = "file", required = false) MultipartFile file,
            Model model,
            HttpServletResponse response)
            throws IOException {
        try {
            imports.requireMayImport();
        } catch (AccessDeniedException e) {
            // Rights withdrawn since the page was shown: the page again, saying so, rather than a bare refusal.
            model.addAttribute(
                    "uploadError",
                    FormErrors.refuse(response, "pages.refused.measurement.import")
                            .messageKey());
            return "ingest/upload";
        }
        if (file == null || file.isEmpty()) {
            // The page again, 422, saying so beside the file field, as the other forms answer what is missing.
            response.setStatus(422);
            model.addAttribute("fileError", "ingest.file.missing");
            return "ingest/upload";
        }
        // The upload's own temporary file goes when the request ends; the background import needs its own copy.
        Path copy = Files.createTempFile("gevinst-import-", ".upload");
        file.transferTo(copy);
        UUID job = imports.start(copy, file.getOriginalFilename());
        return "redirect:/measurements/import/" + job;
    }

    @GetMapping("/measurements/import/{id}")
    String job(@PathVariable UUID id, HtmxRequest htmx, Model model) {
        ImportJob job = imports.find(id).orElseThrow(() -> new NotFoundException("import", id));
        model.addAttribute("job", job);
        model.addAttribute("errors", imports.errors(job));
        return htmx.isHtmxRequest() ? "ingest/job :: progress" : "ingest/job";
    }

    @GetMapping("/measurements/import-template.xlsx")
    void templateXlsx(HttpServletResponse response) throws IOException {
        Attachments.start(response, Attachments.XLSX_VALUE, "malinger-mal.xlsx");
        MeasurementFile.template(response.getOutputStream(), EXAMPLE_INDICATOR, EXAMPLE_ORGANISATION);
    }

    @GetMapping("/measurements/import-template.csv")
    void templateCsv(HttpServletResponse response) throws IOException {
        Attachments.start(response, Attachments.CSV_VALUE, "malinger-mal.csv");
        response.getOutputStream()
                .write(MeasurementFile.csvTemplate(EXAMPLE_INDICATOR, EXAMPLE_ORGANISATION)
                        .getBytes(StandardCharsets.UTF_8));
    }
}
