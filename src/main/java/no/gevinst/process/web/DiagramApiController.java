package no.gevinst.process.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.responses.ApiResponses;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.gevinst.process.BpmnStep;
import no.gevinst.process.Diagram;
import no.gevinst.process.DiagramPhase;
import no.gevinst.process.ProcessId;
import no.gevinst.process.Processes;
import no.gevinst.shared.ApiWrites;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.Versions;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * A process's as-is and to-be BPMN diagrams through the API: the XML and the SVG the server drew, and saving the XML,
 * which goes through the same secure parser and size bound as the page's upload. A document the parser refuses
 * (a DOCTYPE, not BPMN 2.0, malformed, too many elements) is 422 naming the problem, one too large 413.
 */
@RestController
@Tag(name = "Processes")
@ApiResponses({
    @ApiResponse(responseCode = "401", description = "Not signed in"),
    @ApiResponse(responseCode = "403", description = "The user's roles do not allow the call"),
    @ApiResponse(responseCode = "404", description = "No such programme, process, phase or diagram the user sees")
})
class DiagramApiController {

    static final String DIAGRAM = ProcessApiController.ONE + "/diagrams/{phase}";
    private static final String PHASE = "as-is or to-be";
    private static final String FIELD = "body";

    private final Processes processes;
    private final MessageSource messages;

    DiagramApiController(Processes processes, MessageSource messages) {
        this.processes = processes;
        this.messages = messages;
    }

    /** A diagram as saved: its version (also the ETag) and its steps in reading order. */
    @Schema(name = "ProcessDiagram")
    record DiagramResource(ProcessId process, String phase, long version, List<BpmnStep> steps) {

        static DiagramResource of(Diagram d) {
            return new DiagramResource(d.process(), d.phase().slug(), d.version(), d.steps());
        }
    }

    /** What the parser refused in a saved document: answered 422 (413 when too large), not 400. */
    static final class RefusedDiagram extends RuntimeException {

        private final transient InvalidInputException cause;

        RefusedDiagram(InvalidInputException cause) {
            super(cause.getMessage(), cause);
            this.cause = cause;
        }
    }

    @GetMapping(value = DIAGRAM, produces = "application/xml")
    @Operation(summary = "The diagram's BPMN 2.0 XML; its ETag carries the version to send as If-Match")
    ResponseEntity<String> xml(
            @PathVariable ProgrammeId id,
            @PathVariable ProcessId process,
            @Parameter(description = PHASE) @PathVariable String phase) {
        Diagram diagram = stored(id, process, phase);
        return ResponseEntity.ok().eTag(Versions.etag(diagram.version())).body(diagram.xml());
    }

    @GetMapping(value = DIAGRAM + "/svg", produces = "image/svg+xml")
    @Operation(summary = "The diagram as the server drew it, an accessible SVG with its title and description")
    ResponseEntity<String> svg(
            @PathVariable ProgrammeId id,
            @PathVariable ProcessId process,
            @Parameter(description = PHASE) @PathVariable String phase) {
        Diagram diagram = stored(id, process, phase);
        return ResponseEntity.ok()
                .eTag(Versions.etag(diagram.version()))
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox")
                .body(diagram.svg());
    }

    @PutMapping(DIAGRAM)
    @Operation(
            summary = "Save the diagram from BPMN 2.0 XML (at most 1 MiB, no DOCTYPE); coordinators. The server checks"
                    + " it and draws its SVG. Send the diagram's version as If-Match; without one it must be new")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            required = true,
            content = @Content(mediaType = "application/xml", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "200", description = "Saved over the diagram that was")
    @ApiResponse(responseCode = "201", description = "The process's first diagram of the phase")
    @ApiResponse(responseCode = "400", description = "An If-Match that is no version")
    @ApiResponse(responseCode = "409", description = "The diagram changed since it was read, or exists already")
    @ApiResponse(responseCode = "413", description = "Larger than a diagram may be")
    @ApiResponse(
            responseCode = "422",
            description = "Not a BPMN 2.0 document, malformed, with a DOCTYPE or too many elements; the problem named")
    ResponseEntity<DiagramResource> save(
            @PathVariable ProgrammeId id,
            @PathVariable ProcessId process,
            @Parameter(description = PHASE) @PathVariable String phase,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            HttpServletRequest request)
            throws IOException {
        processes.requireCoordinator(id);
        DiagramPhase p = phase(phase);
        long expected = ifMatch == null ? 0 : ApiWrites.ifMatch(ifMatch);
        try {
            String xml = BpmnText.read(request.getInputStream(), request.getContentLengthLong(), FIELD);
            Diagram saved = processes.saveDiagram(id, process, p, xml, expected, FIELD);
            return saved.version() == 1
                    ? ApiWrites.created(DiagramResource.of(saved), saved.version())
                    : ApiWrites.changed(DiagramResource.of(saved), saved.version());
        } catch (InvalidInputException e) {
            throw new RefusedDiagram(e);
        }
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> refused(RefusedDiagram e, Locale locale) {
        List<Map<String, String>> errors = e.cause.violations().stream()
                .map(v -> Map.of(
                        "field", v.field(),
                        "code", v.messageKey(),
                        "message",
                                messages.getMessage(
                                        v.messageKey(), v.arguments().toArray(), locale)))
                .toList();
        boolean tooLarge = errors.stream().anyMatch(m -> m.get("code").equals("process.bpmn.tooLarge"));
        HttpStatus status = tooLarge ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.UNPROCESSABLE_CONTENT;
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(status, messages.getMessage("problem.invalidInput", null, locale));
        problem.setType(URI.create("urn:gevinst:problem:invalid-input"));
        problem.setTitle(messages.getMessage("problem.invalidInput.title", null, locale));
        problem.setProperty("errors", errors);
        return ResponseEntity.status(status).body(problem);
    }

    private Diagram stored(ProgrammeId id, ProcessId process, String phase) {
        return processes
                .diagram(id, process, phase(phase))
                .orElseThrow(() -> new NotFoundException("process-diagram", process + "/" + phase));
    }

    private static DiagramPhase phase(String slug) {
        return DiagramPhase.ofSlug(slug).orElseThrow(() -> new NotFoundException("process-diagram", slug));
    }
}
