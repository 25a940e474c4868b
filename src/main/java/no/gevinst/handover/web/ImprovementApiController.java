package no.gevinst.handover.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import no.gevinst.handover.ImprovementBacklogs;
import no.gevinst.handover.ImprovementChoices;
import no.gevinst.handover.ImprovementItem;
import no.gevinst.handover.ImprovementItemCommand;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.Versions;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(
        name = "Improvement backlog",
        description = "An organisation's improvement backlog after close: the open measures taken over with accepted"
                + " handovers and the line's own, those that need several organisations coordinated regionally")
class ImprovementApiController {

    private static final String ITEMS = "/api/v1/organisations/{id}/improvement-items";
    private static final String ITEM = ITEMS + "/{item}";

    private final ImprovementBacklogs backlogs;

    ImprovementApiController(ImprovementBacklogs backlogs) {
        this.backlogs = backlogs;
    }

    /**
     * A measure of the line's own as the client sends it: text, read once into a command so that every bad value is
     * named.
     *
     * @param responsibleId the person who carries it out, blank for none yet
     * @param deadline a date (ISO or 31.01.2026), blank for none
     * @param organisationIds the other organisations it needs besides the backlog's own
     */
    record ImprovementItemInput(String action, String responsibleId, String deadline, List<String> organisationIds) {}

    /** A new status, with the version read (or send If-Match). */
    record StatusRequest(String status, Long version) {}

    /** The person who coordinates the measure, with the version read (or send If-Match). */
    record CoordinatorRequest(String coordinatorId, Long version) {}

    @GetMapping(ITEMS)
    @Operation(
            summary = "The organisation's improvement backlog, measures that need several organisations first; read"
                    + " by all who see the organisation")
    List<ImprovementItem> items(@PathVariable OrganisationId id) {
        return backlogs.items(id);
    }

    @GetMapping(ITEM)
    @Operation(summary = "One measure of the backlog; its ETag carries the version to send as If-Match")
    ResponseEntity<ImprovementItem> item(@PathVariable OrganisationId id, @PathVariable UUID item) {
        ImprovementItem found = backlogs.item(id, item);
        return ResponseEntity.ok().eTag(Versions.etag(found.version())).body(found);
    }

    @PostMapping(ITEMS)
    @Operation(
            summary = "Add a measure of the line's own (action, responsible person, deadline, and the other"
                    + " organisations it needs); coordinators and gevinsteiere of the organisation, its regional"
                    + " coordinator. It starts PLANNED")
    ResponseEntity<ImprovementItem> add(@PathVariable OrganisationId id, @RequestBody ImprovementItemInput input) {
        requireManage(id);
        ImprovementItem added = backlogs.add(
                id,
                ImprovementItemCommand.parse(
                        input.action(), input.responsibleId(), input.deadline(), input.organisationIds()));
        return ResponseEntity.status(HttpStatus.CREATED)
                .eTag(Versions.etag(added.version()))
                .body(added);
    }

    @PutMapping(ITEM + "/status")
    @Operation(
            summary = "Move the measure to PLANNED, IN_PROGRESS, DONE or CANCELLED; coordinators and gevinsteiere of"
                    + " the organisation, its regional coordinator. Send the version read as If-Match or in the body;"
                    + " a stale one gets 409")
    ResponseEntity<ImprovementItem> status(
            @PathVariable OrganisationId id,
            @PathVariable UUID item,
            @RequestBody(required = false) StatusRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        backlogs.item(id, item);
        requireManage(id);
        long expected = Versions.expected(request == null ? null : request.version(), ifMatch);
        ImprovementItem changed = backlogs.changeStatus(
                id, item, ImprovementChoices.status(request == null ? null : request.status()), expected);
        return ResponseEntity.ok().eTag(Versions.etag(changed.version())).body(changed);
    }

    @PutMapping(ITEM + "/coordinator")
    @Operation(
            summary = "Name the person who coordinates a measure that needs several organisations; the regional"
                    + " coordinator of the organisation's region. Send the version read as If-Match or in the body")
    ResponseEntity<ImprovementItem> coordinator(
            @PathVariable OrganisationId id,
            @PathVariable UUID item,
            @RequestBody(required = false) CoordinatorRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        backlogs.item(id, item);
        if (!backlogs.canAssign(id)) {
            throw new AccessDeniedException("Requires the role REGIONAL_KOORDINATOR in the organisation's region");
        }
        long expected = Versions.expected(request == null ? null : request.version(), ifMatch);
        ImprovementItem assigned = backlogs.assign(
                id, item, ImprovementChoices.coordinator(request == null ? null : request.coordinatorId()), expected);
        return ResponseEntity.ok().eTag(Versions.etag(assigned.version())).body(assigned);
    }

    /** Rights before the input and the version: a refused user gets 403 or 404, never 400. */
    private void requireManage(OrganisationId id) {
        backlogs.items(id);
        if (!backlogs.canManage(id)) {
            throw new AccessDeniedException("Requires a coordinator or gevinsteier of the organisation");
        }
    }
}
