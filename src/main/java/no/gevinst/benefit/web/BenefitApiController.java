package no.gevinst.benefit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitInput;
import no.gevinst.benefit.BenefitStatus;
import no.gevinst.benefit.Benefits;
import no.gevinst.benefit.HealthWarning;
import no.gevinst.benefit.RegisterPage;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.Versions;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/benefits")
@Tag(name = "Benefits", description = "The benefit register and benefit profiles (gevinstprofiler)")
class BenefitApiController {

    private final Benefits benefits;

    BenefitApiController(Benefits benefits) {
        this.benefits = benefits;
    }

    /** A page of the register. */
    record RegisterResource(
            List<BenefitResource> items,
            long total,
            int page,
            int size,
            int pages,
            Map<BenefitStatus, Long> countsByStatus) {}

    /** A move through the lifecycle; a reason is required to abandon. */
    record TransitionRequest(String status, String reason) {}

    @GetMapping
    @Operation(
            summary = "The register: benefits of the programmes you may see, filtered, sorted and paginated",
            description = "Filters: programme, organisation, area and priorityArea (by name), benefitClass, status, "
                    + "owner, warning (a health warning or ANY), q (free text); sort (CODE, TITLE, STATUS, PRIORITY, "
                    + "EXPECTED_START, UPDATED) with dir=asc|desc; page (from 1) and size (at most 500).")
    RegisterResource list(@ParameterObject @ModelAttribute RegisterParameters parameters) {
        RegisterPage page = benefits.search(parameters.toQuery().sharingToo());
        Map<BenefitId, List<HealthWarning>> warnings = benefits.warnings(page.benefits());
        return new RegisterResource(
                page.benefits().stream()
                        .map(b -> BenefitResource.of(b, warnings.get(b.id())))
                        .toList(),
                page.total(),
                page.page(),
                page.size(),
                page.pages(),
                page.countsByStatus());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One benefit profile; the ETag carries its version")
    ResponseEntity<BenefitResource> get(@PathVariable BenefitId id) {
        return withVersion(ResponseEntity.ok(), existing(id));
    }

    @PostMapping
    @Operation(summary = "Register a benefit as identified (coordinators of its programme)")
    ResponseEntity<BenefitResource> create(@RequestBody BenefitInput input) {
        Benefit created = benefits.create(input);
        return withVersion(ResponseEntity.created(URI.create("/api/v1/benefits/" + created.id())), created);
    }

    @PutMapping("/{id}")
    @Operation(
            summary = "Change a benefit profile (its programme's coordinators and its owner)",
            description = "Send the version read as If-Match; a stale version gets 409. The status is changed "
                    + "through /status, not here.")
    ResponseEntity<BenefitResource> update(
            @PathVariable BenefitId id,
            @RequestBody BenefitInput input,
            @Parameter(description = "The version read, e.g. \"3\"") @RequestHeader(name = "If-Match", required = false)
                    String ifMatch) {
        return withVersion(ResponseEntity.ok(), benefits.update(id, input, Versions.expected(null, ifMatch)));
    }

    @PostMapping("/{id}/status")
    @Operation(summary = "Move a benefit through its lifecycle; illegal moves get 400 naming what is missing")
    ResponseEntity<BenefitResource> transition(
            @PathVariable BenefitId id,
            @RequestBody TransitionRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        // Asked before the request is read, so that a refused user learns nothing from what is wrong with it.
        requireEditable(id);
        BenefitStatus target = java.util.Arrays.stream(BenefitStatus.values())
                .filter(s -> s.name()
                        .equalsIgnoreCase(
                                request.status() == null ? "" : request.status().strip()))
                .findFirst()
                .orElseThrow(() -> InvalidInputException.of("status", "benefit.status.invalid"));
        return withVersion(
                ResponseEntity.ok(),
                benefits.transition(id, target, request.reason(), Versions.expected(null, ifMatch)));
    }

    private void requireEditable(BenefitId id) {
        if (!benefits.canEdit(existing(id))) {
            throw new org.springframework.security.access.AccessDeniedException("May not move benefit " + id);
        }
    }

    private Benefit existing(BenefitId id) {
        return benefits.find(id).orElseThrow(() -> new NotFoundException("benefit", id));
    }

    private BenefitResource resource(Benefit b) {
        return BenefitResource.of(b, benefits.warnings(b));
    }

    private ResponseEntity<BenefitResource> withVersion(ResponseEntity.BodyBuilder response, Benefit b) {
        return response.eTag(Versions.etag(b.version())).body(resource(b));
    }
}
