package no.gevinst.transfer.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import no.gevinst.programme.Programme;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.transfer.ImportRequest;
import no.gevinst.transfer.ImportResult;
import no.gevinst.transfer.domain.ExportFormat;
import no.gevinst.transfer.domain.ProgrammeExporter;
import no.gevinst.transfer.domain.ProgrammeImporter;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Programme transfer", description = "A whole programme as one versioned JSON document: export and import")
class TransferApiController {

    private static final MediaType SCHEMA = MediaType.parseMediaType("application/schema+json");

    private final ProgrammeExporter exporter;
    private final ProgrammeImporter importer;

    TransferApiController(ProgrammeExporter exporter, ProgrammeImporter importer) {
        this.exporter = exporter;
        this.importer = importer;
    }

    @GetMapping(path = "/api/v1/programmes/{id}/export", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "The whole programme as one JSON document (its coordinators; audit entries for administrators)",
            description = "Valid against the JSON Schema at " + ExportFormat.SCHEMA_PATH)
    @ApiResponse(responseCode = "200", description = "The document, written as it is read")
    @ApiResponse(responseCode = "403", description = "Not a coordinator of the programme")
    @ApiResponse(responseCode = "404", description = "No such programme, or not one you may see")
    void export(@PathVariable ProgrammeId id, HttpServletResponse response) throws IOException {
        Programme programme = exporter.exportable(id);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(programme.code() + "-export.json")
                        .build()
                        .toString());
        exporter.export(id, response.getOutputStream());
    }

    @GetMapping(path = ExportFormat.SCHEMA_PATH, produces = "application/schema+json")
    @Operation(summary = "The JSON Schema (draft 2020-12) of version 1 of the programme document")
    @ApiResponse(responseCode = "200", description = "The schema")
    ResponseEntity<Resource> schema() {
        return ResponseEntity.ok()
                .contentType(SCHEMA)
                .body(new ClassPathResource("transfer/programme-export-v1.schema.json"));
    }

    @PostMapping(path = "/api/v1/programmes:import", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Import a programme document, all or nothing (administrators, or the regional coordinator of"
                    + " the organisation that owns the programme)",
            description = "Organisations are found by organisation number and people by e-mail. A refusal lists"
                    + " every problem, each named by its JSON path.")
    @ApiResponse(responseCode = "201", description = "Imported; Location names the programme")
    @ApiResponse(responseCode = "400", description = "Refused: every problem named by its JSON path")
    @ApiResponse(responseCode = "403", description = "Neither administrator nor regional coordinator of the owner")
    ResponseEntity<ImportResult> importProgramme(
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            description = "A document as GET /api/v1/programmes/{id}/export writes it",
                            content =
                                    @io.swagger.v3.oas.annotations.media.Content(
                                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                                            schema = @io.swagger.v3.oas.annotations.media.Schema(type = "object")))
                    HttpServletRequest request,
            @Parameter(description = "Start a new programme from this one: new ids, a new code and name")
                    @RequestParam(defaultValue = "false")
                    boolean copy,
            @Parameter(description = "false leaves the measurements out") @RequestParam(defaultValue = "true")
                    boolean measurements,
            @Parameter(description = "The copy's name") @RequestParam(required = false) String name,
            @Parameter(description = "The copy's code") @RequestParam(required = false) String code)
            throws IOException {
        ImportResult result;
        try (InputStream in = request.getInputStream()) {
            result = importer.importDocument(in, new ImportRequest(copy, measurements, name, code));
        }
        return ResponseEntity.created(URI.create("/api/v1/programmes/" + result.programme()))
                .body(result);
    }
}
