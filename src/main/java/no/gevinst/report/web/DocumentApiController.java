package no.gevinst.report.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.gevinst.network.NetworkView;
import no.gevinst.plan.PlanId;
import no.gevinst.report.Documents;
import no.gevinst.shared.ProgrammeId;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The documents through the API, at the URLs of the resources they print; each keeps the tag of that resource so that
 * the API description lists a plan's PDF with the plans.
 */
@RestController
class DocumentApiController {

    private static final String VIEW =
            "PROGRAMME (default), PARTY (focus: organisation id), OBJECTIVE (focus: objective id) or UPSTREAM (focus: benefit id)";

    private final Documents documents;

    DocumentApiController(Documents documents) {
        this.documents = documents;
    }

    @GetMapping(
            value = "/api/v1/plans/{plan}/versions/{number}/document.pdf",
            produces = MediaType.APPLICATION_PDF_VALUE)
    @Tag(name = "Plans")
    @Operation(summary = "The version as a PDF in Prosjektveiviseren's structure")
    byte[] plan(@PathVariable PlanId plan, @PathVariable int number) {
        return documents.plan(plan, number);
    }

    @GetMapping(value = "/api/v1/plans/{plan}/annual-status.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Tag(name = "Plans")
    @Operation(
            summary = "The status part of the annual co-financing report for a year (2000–2100), to the body that"
                    + " co-finances the programme: planned against now, deviations since the approved version,"
                    + " external benefit owners")
    ResponseEntity<byte[]> annualStatus(@PathVariable PlanId plan, @RequestParam(required = false) String year) {
        // Read as text, so that the plan is looked up before the year is judged (a plan not seen: 404).
        int asked = Downloads.year(year);
        return Downloads.pdf(documents.annualStatus(plan, asked), Downloads.ANNUAL_STATUS.formatted(asked));
    }

    @GetMapping(value = "/api/v1/portfolio/report.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Tag(name = "Portfolio")
    @Operation(
            summary = "The steering group report as a PDF for a period (from and to as yyyy-mm-dd, by default the last"
                    + " full quarter), of every programme you may see or of one with ?programme=: summary, traffic"
                    + " lights, largest deviations with causes, decisions needed, double counting, flows between"
                    + " organisations")
    ResponseEntity<byte[]> steeringReport(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String programme) {
        return Downloads.pdf(
                documents.steeringReport(from, to, Downloads.programme(programme)), Downloads.STEERING_REPORT);
    }

    @GetMapping(value = "/api/v1/portfolio/board-summary.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Tag(name = "Portfolio")
    @Operation(
            summary = "The board summary (Orientering om gevinstrealisering) to the body that owns the programmes, as"
                    + " a PDF for a period (from and to as yyyy-mm-dd, by default the last full quarter), of every"
                    + " programme you may see or of one with ?programme=: proposed resolution, net against the target,"
                    + " one line per programme, largest deviations, benefits realised in other organisations,"
                    + " decisions; from the steering report's figures")
    ResponseEntity<byte[]> boardSummary(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String programme) {
        return Downloads.pdf(documents.boardSummary(from, to, Downloads.programme(programme)), Downloads.BOARD_SUMMARY);
    }

    @GetMapping(value = "/api/v1/programmes/{id}/network.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Tag(name = "Network")
    @Operation(summary = "The network or one view of it drawn on one page, as PDF")
    byte[] benefitMap(
            @PathVariable ProgrammeId id,
            @Parameter(description = VIEW) @RequestParam(required = false) String view,
            @RequestParam(required = false) String focus) {
        return documents.benefitMap(id, NetworkView.of(view, focus));
    }
}
