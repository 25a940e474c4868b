package no.gevinst.stakeholder.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.gevinst.shared.ApiChange;
import no.gevinst.shared.ApiCreate;
import no.gevinst.shared.ApiDelete;
import no.gevinst.shared.ApiRead;
import no.gevinst.shared.ApiWrites;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.stakeholder.ActionInput;
import no.gevinst.stakeholder.InvolvementAction;
import no.gevinst.stakeholder.Stakeholder;
import no.gevinst.stakeholder.StakeholderId;
import no.gevinst.stakeholder.StakeholderInput;
import no.gevinst.stakeholder.Stakeholders;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(
        name = "Stakeholders",
        description = "A programme's stakeholder analysis (interest, influence, concerns) and its involvement plan")
// 401 and 403 are described by rule for every operation (config.web.ProblemResponses).
@ApiResponse(responseCode = "404", description = "No such programme, stakeholder or action the user sees")
class StakeholderApiController {

    private static final String LIST = "/api/v1/programmes/{id}/stakeholders";
    private static final String ONE = LIST + "/{stakeholder}";
    private static final String ACTIONS = ONE + "/actions";
    private static final String ACTION = ACTIONS + "/{involvementAction}";

    private final Stakeholders stakeholders;

    StakeholderApiController(Stakeholders stakeholders) {
        this.stakeholders = stakeholders;
    }

    /** A new status for an action of the plan. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "InvolvementActionStatusRequest")
    record StatusRequest(String status) {}

    /**
     * An action as sent: as {@link ActionInput}, with whether it is a measure optional (false when left out), so that
     * a body without it is judged after the rights, by the service, not refused by the reader.
     */
    record ActionRequest(
            String description,
            String plannedOn,
            String channel,
            String responsibleId,
            Boolean measure,
            String measureOwnerId,
            String measureDeadline) {

        ActionInput toInput() {
            return new ActionInput(
                    description,
                    plannedOn,
                    channel,
                    responsibleId,
                    Boolean.TRUE.equals(measure),
                    measureOwnerId,
                    measureDeadline);
        }
    }

    @GetMapping(LIST)
    @ApiRead
    @Operation(summary = "The programme's stakeholders, the most influential first; read by all who see it")
    List<Stakeholder> list(
            @PathVariable ProgrammeId id,
            @Parameter(description = "Only the stakeholders of this organisation")
                    @RequestParam(name = "organisation", required = false)
                    OrganisationId organisation) {
        return stakeholders.stakeholders(id, Optional.ofNullable(organisation));
    }

    @GetMapping(ONE)
    @ApiRead
    @Operation(summary = "One stakeholder; its ETag carries the version to send as If-Match")
    ResponseEntity<Stakeholder> one(@PathVariable ProgrammeId id, @PathVariable StakeholderId stakeholder) {
        return ApiWrites.one(stakeholders.find(id, stakeholder), Stakeholder::version, "stakeholder", stakeholder);
    }

    @PostMapping(LIST)
    @Operation(summary = "Add a stakeholder to the analysis; coordinators")
    @ApiCreate
    ResponseEntity<Stakeholder> create(@PathVariable ProgrammeId id, @RequestBody StakeholderInput input) {
        return ApiWrites.create(() -> stakeholders.requireCoordinator(id), () -> stakeholders.create(id, input));
    }

    @PutMapping(ONE)
    @Operation(summary = "Change a stakeholder; coordinators. Send the version read as If-Match; a stale one gets 409")
    @ApiChange
    ResponseEntity<Stakeholder> update(
            @PathVariable ProgrammeId id,
            @PathVariable StakeholderId stakeholder,
            @RequestBody StakeholderInput input,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return ApiWrites.change(
                () -> stakeholders.requireCoordinator(id),
                ifMatch,
                version -> stakeholders.update(id, stakeholder, input, version));
    }

    @DeleteMapping(ONE)
    @Operation(summary = "Delete a stakeholder with its plan's actions; coordinators, with the version as If-Match")
    @ApiDelete
    ResponseEntity<Void> delete(
            @PathVariable ProgrammeId id,
            @PathVariable StakeholderId stakeholder,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return ApiWrites.delete(
                () -> stakeholders.requireCoordinator(id),
                ifMatch,
                version -> stakeholders.delete(id, stakeholder, version));
    }

    @GetMapping(ACTIONS)
    @ApiRead
    @Operation(summary = "The involvement plan's actions for the stakeholder, by date")
    List<InvolvementAction> actions(@PathVariable ProgrammeId id, @PathVariable StakeholderId stakeholder) {
        existing(id, stakeholder);
        return stakeholders.actions(id, List.of(stakeholder));
    }

    @PostMapping(ACTIONS)
    @Operation(summary = "Add an action to the plan, optionally as a measure with owner and deadline; coordinators")
    @ApiCreate
    ResponseEntity<InvolvementAction> addAction(
            @PathVariable ProgrammeId id, @PathVariable StakeholderId stakeholder, @RequestBody ActionRequest input) {
        return ApiWrites.create(
                () -> stakeholders.requireCoordinator(id),
                () -> stakeholders.addAction(id, stakeholder, input.toInput()));
    }

    @PutMapping(ACTION + "/status")
    @Operation(
            summary = "Move an action to PLANNED, DONE or CANCELLED; coordinators. Send the version read as If-Match;"
                    + " a stale one gets 409")
    @ApiResponse(responseCode = "200", description = "Changed; its ETag carries the new version")
    @ApiResponse(responseCode = "400", description = "An unknown status, or no If-Match")
    @ApiResponse(responseCode = "409", description = "The action changed since it was read")
    ResponseEntity<InvolvementAction> status(
            @PathVariable ProgrammeId id,
            @PathVariable StakeholderId stakeholder,
            @PathVariable UUID involvementAction,
            @RequestBody StatusRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return ApiWrites.change(
                () -> stakeholders.requireCoordinator(id),
                ifMatch,
                version -> stakeholders.setStatus(id, stakeholder, involvementAction, request.status(), version));
    }

    @DeleteMapping(ACTION)
    @Operation(summary = "Delete an action of the plan; coordinators, with the version read as If-Match")
    @ApiDelete
    ResponseEntity<Void> deleteAction(
            @PathVariable ProgrammeId id,
            @PathVariable StakeholderId stakeholder,
            @PathVariable UUID involvementAction,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return ApiWrites.delete(
                () -> stakeholders.requireCoordinator(id),
                ifMatch,
                version -> stakeholders.deleteAction(id, stakeholder, involvementAction, version));
    }

    private Stakeholder existing(ProgrammeId id, StakeholderId stakeholder) {
        return stakeholders
                .find(id, stakeholder)
                .orElseThrow(() -> new no.gevinst.shared.NotFoundException("stakeholder", stakeholder));
    }
}
