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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.gevinst.programme.Programme;
import no.gevinst.shared.Attachments;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.transfer.ImportRequest;
import no.gevinst.transfer.ImportResult;
import no.gevinst.transfer.domain.ExportFormat;
import no.gevinst.transfer.domain.ProgrammeExporter;
import no.gevinst.transfer.domain.ProgrammeImporter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
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
    private final DataSize limit;
    private final MessageSource messages;

    TransferApiController(
            ProgrammeExporter exporter,
            ProgrammeImporter importer,
            @Value("${gevinst.import.max-document-size:128MB}") DataSize limit,
            MessageSource messages) {
        this.exporter = exporter;
        this.importer = importer;
        this.limit = limit;
        this.messages = messages;
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
        Attachments.start(response, MediaType.APPLICATION_JSON_VALUE, programme.code() + "-export.json");
        response.setCharacterEncoding("UTF-8");
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
                    + " every problem, each named by its JSON path. A document is at most 128 MB (the setting"
                    + " gevinst.import.max-document-size); a larger one is refused with 413 before it is read when"
                    + " its length is declared, or as soon as it passes the limit when it is sent chunked.")
    @ApiResponse(responseCode = "201", description = "Imported; Location names the programme")
    @ApiResponse(responseCode = "400", description = "Refused: every problem named by its JSON path")
    @ApiResponse(responseCode = "403", description = "Neither administrator nor regional coordinator of the owner")
    @ApiResponse(responseCode = "413", description = "The document is larger than the import's limit, named in MB")
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
        try (InputStream in = BoundedDocument.of(request.getInputStream(), request.getContentLengthLong(), limit)) {
            result = importer.importDocument(in, new ImportRequest(copy, measurements, name, code));
        }
        return ResponseEntity.created(URI.create("/api/v1/programmes/" + result.programme()))
                .body(result);
    }

    /** A document beyond the limit, answered as the API answers any body too large: 413 naming the limit. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> tooLarge(BoundedDocument.TooLarge e, Locale locale) {
        String message = messages.getMessage("transfer.document.tooLarge", new Object[] {e.megabytes()}, locale);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, message);
        problem.setType(URI.create("urn:gevinst:problem:invalid-input"));
        problem.setProperty(
                "errors", List.of(Map.of("field", "body", "code", "transfer.document.tooLarge", "message", message)));
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
    }
}
