package no.gevinst.ingest.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import no.gevinst.indicator.RecordResult;
import no.gevinst.ingest.domain.ImportJobs;
import no.gevinst.shared.InvalidInputException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "Ingestion", description = "Measurements from files (FHIR MeasureReports: see FHIR)")
class MeasurementImportApiController {

    private final ImportJobs imports;

    MeasurementImportApiController(ImportJobs imports) {
        this.imports = imports;
    }

    @PostMapping(path = "/api/v1/measurements:import", consumes = "multipart/form-data")
    @Operation(
            summary = "Import a CSV or XLSX file of measurements, all or nothing",
            description = "Columns: indicator (id or FHIR canonical URL), organisation (organisation number or id), "
                    + "periodStart, periodEnd, value, and optionally unitOfMeasure, subUnit, method, confidence, "
                    + "comment. Each bad row is named as rows[N].field. Sending the same file again adds nothing.")
    RecordResult importFile(@RequestParam("file") MultipartFile file) throws IOException {
        imports.requireMayImport();
        if (file.isEmpty()) {
            throw InvalidInputException.of("file", "ingest.file.missing");
        }
        return imports.importNow(file.getInputStream(), file.getOriginalFilename());
    }

    @PostMapping(path = "/api/v1/measurements:import", consumes = "text/csv")
    @Operation(summary = "Import measurements sent as a CSV body, all or nothing")
    RecordResult importCsv(jakarta.servlet.http.HttpServletRequest request) throws IOException {
        // Streamed, not read whole: the body may be as large as the upload limit.
        return imports.importNow(request.getInputStream(), "body.csv");
    }
}
