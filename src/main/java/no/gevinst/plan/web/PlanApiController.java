package no.gevinst.plan.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import no.gevinst.plan.Comparison;
import no.gevinst.plan.Plan;
import no.gevinst.plan.PlanId;
import no.gevinst.plan.PlanSections;
import no.gevinst.plan.PlanSnapshot;
import no.gevinst.plan.PlanVersion;
import no.gevinst.plan.Plans;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.Versions;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Plans", description = "Realisation plans: versions, approval, comparison, measures and risks")
class PlanApiController {

    private final Plans plans;

    PlanApiController(Plans plans) {
        this.plans = plans;
    }

    /** A version with what it holds: its frozen snapshot once approved, else the records as they are now. */
    record VersionResource(PlanVersion version, PlanSnapshot content) {}

    record DraftRequest(String reason) {}

    /** The prose of a draft with the version that was read, for optimistic locking (or send If-Match). */
    record SectionsRequest(PlanSections sections, Long version) {}

    /** The version of a plan version that was read, for a step in its life (or send If-Match). */
    record VersionRequest(Long version) {}

    /** The decision that approves a version, with the version that was read (or send If-Match). */
    record ApprovalRequest(String onBehalfOf, String decisionDate, String reference, Long version) {}

    @GetMapping("/api/v1/programmes/{id}/plans")
    @Operation(summary = "The programme's plan and its parties' plans")
    List<Plan> plans(@PathVariable ProgrammeId id) {
        return plans.ofProgramme(id);
    }

    @PostMapping("/api/v1/programmes/{id}/plans")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create the programme's plan (no partyId) or a party's plan, with its first draft")
    Plan create(@PathVariable ProgrammeId id, @RequestBody Plans.PlanInput input) {
        return plans.create(id, input);
    }

    @Operation(summary = "A plan with its current version")
    @GetMapping("/api/v1/plans/{plan}")
    Plan plan(@PathVariable PlanId plan) {
        return existing(plan);
    }

    private Plan existing(PlanId plan) {
        return plans.find(plan).orElseThrow(() -> new NotFoundException("plan", plan));
    }

    @GetMapping("/api/v1/plans/{plan}/versions")
    @Operation(summary = "Every version of the plan, newest first")
    List<PlanVersion> versions(@PathVariable PlanId plan) {
        return plans.versions(plan);
    }

    @PostMapping("/api/v1/plans/{plan}/versions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Start a new draft after the approved version; the reason for change is required")
    PlanVersion newDraft(@PathVariable PlanId plan, @RequestBody DraftRequest request) {
        return plans.newDraft(plan, request.reason());
    }

    @Operation(summary = "One version of the plan, with its sections")
    @GetMapping("/api/v1/plans/{plan}/versions/{number}")
    VersionResource version(@PathVariable PlanId plan, @PathVariable int number) {
        return new VersionResource(plans.version(plan, number), plans.content(plan, number));
    }

    @PutMapping("/api/v1/plans/{plan}/versions/{number}/sections")
    @Operation(summary = "Edit a draft's prose; an approved version is never edited")
    PlanVersion sections(
            @PathVariable PlanId plan,
            @PathVariable int number,
            @RequestBody SectionsRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        // Rights before the version: a refused user gets 403 or 404, never 400 for a missing If-Match.
        plans.requireEditable(plan);
        return plans.editSections(
                plan,
                number,
                request.sections() == null ? PlanSections.EMPTY : request.sections(),
                Versions.expected(request.version(), ifMatch));
    }

    @PostMapping("/api/v1/plans/{plan}/versions/{number}/submit")
    @Operation(summary = "Submit a draft for decision; send the version read as If-Match or in the body")
    ResponseEntity<PlanVersion> submit(
            @PathVariable PlanId plan,
            @PathVariable int number,
            @RequestBody(required = false) VersionRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        // Rights before the version: a refused user gets 403 or 404, never 400 for a missing If-Match.
        plans.requireEditable(plan);
        return withETag(plans.submit(plan, number, expected(request, ifMatch)));
    }

    @PostMapping("/api/v1/plans/{plan}/versions/{number}/return")
    @Operation(summary = "Send a submitted version back to draft; send the version read as If-Match or in the body")
    ResponseEntity<PlanVersion> returnToDraft(
            @PathVariable PlanId plan,
            @PathVariable int number,
            @RequestBody(required = false) VersionRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        plans.requireApprovable(plan);
        return withETag(plans.returnToDraft(plan, number, expected(request, ifMatch)));
    }

    @PostMapping("/api/v1/plans/{plan}/versions/{number}/approve")
    @Operation(
            summary = "Approve a submitted version on behalf of a body; its content is frozen. Send the version read "
                    + "as If-Match or in the body")
    ResponseEntity<PlanVersion> approve(
            @PathVariable PlanId plan,
            @PathVariable int number,
            @RequestBody ApprovalRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        plans.requireApprovable(plan);
        long expected = Versions.expected(request.version(), ifMatch);
        return withETag(plans.approve(
                plan,
                number,
                new Plans.ApprovalInput(request.onBehalfOf(), request.decisionDate(), request.reference()),
                expected));
    }

    private static long expected(VersionRequest request, String ifMatch) {
        return Versions.expected(request == null ? null : request.version(), ifMatch);
    }

    private static ResponseEntity<PlanVersion> withETag(PlanVersion version) {
        return ResponseEntity.ok().eTag(Versions.etag(version.version())).body(version);
    }

    @GetMapping("/api/v1/plans/{plan}/comparison")
    @Operation(summary = "What differs between two versions, field by field, with who and why")
    Comparison compare(
            @PathVariable PlanId plan,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        // The plan first: one the user may not see is not found, whatever versions were asked for.
        existing(plan);
        return plans.compare(plan, PlanDownloads.versionNumber(from, "from"), PlanDownloads.versionNumber(to, "to"));
    }

    @GetMapping(value = "/api/v1/plans/{plan}/versions/{number}/workbook.xlsx", produces = PlanDownloads.XLSX)
    @Operation(summary = "The version as an XLSX workbook in Prosjektveiviseren's structure, with live risk scores")
    void workbook(@PathVariable PlanId plan, @PathVariable int number, HttpServletResponse response)
            throws IOException {
        PlanDownloads.workbook(plans, plan, number, response);
    }
}
