package no.gevinst.organisation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import no.gevinst.organisation.Organisation;
import no.gevinst.organisation.Organisations;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.Versions;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/organisations")
@Tag(name = "Organisations", description = "RHF, HF, kommuner, fastlegekontor and other organisations")
class OrganisationApiController {

    private final Organisations organisations;

    OrganisationApiController(Organisations organisations) {
        this.organisations = organisations;
    }

    @GetMapping
    @Operation(summary = "List organisations, optionally those whose name or number contains q")
    List<OrganisationResource> list(@RequestParam(name = "q", required = false) String query) {
        return organisations.search(query).stream()
                .map(OrganisationResource::of)
                .toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One organisation; the ETag carries its version")
    ResponseEntity<OrganisationResource> get(@PathVariable OrganisationId id) {
        Organisation organisation = organisations.find(id).orElseThrow(() -> new NotFoundException("organisation", id));
        return withVersion(ResponseEntity.ok(), organisation);
    }

    @PostMapping
    @Operation(summary = "Create an organisation (administrators)")
    ResponseEntity<OrganisationResource> create(@RequestBody OrganisationRequest request) {
        Organisation created = organisations.create(request.toInput());
        return withVersion(ResponseEntity.created(URI.create("/api/v1/organisations/" + created.id())), created);
    }

    @PutMapping("/{id}")
    @Operation(
            summary = "Change an organisation (administrators)",
            description = "Send the version read, in the body or as If-Match; a stale version gets 409.")
    ResponseEntity<OrganisationResource> update(
            @PathVariable OrganisationId id,
            @RequestBody OrganisationRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        long version = Versions.expected(request.version(), ifMatch);
        return withVersion(ResponseEntity.ok(), organisations.update(id, request.toInput(), version));
    }

    private static ResponseEntity<OrganisationResource> withVersion(
            ResponseEntity.BodyBuilder response, Organisation organisation) {
        return response.eTag(Versions.etag(organisation.version())).body(OrganisationResource.of(organisation));
    }
}
