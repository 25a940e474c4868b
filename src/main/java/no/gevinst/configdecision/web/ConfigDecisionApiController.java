package no.gevinst.configdecision.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import no.gevinst.configdecision.ConfigDecision;
import no.gevinst.configdecision.ConfigDecisionId;
import no.gevinst.configdecision.ConfigDecisionInput;
import no.gevinst.configdecision.ConfigDecisions;
import no.gevinst.configdecision.MachineDelivery;
import no.gevinst.configdecision.RankedOptimisation;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.Versions;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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
        name = "Configuration decisions",
        description = "Benefit-driven configuration (seed 000 §2.3.1): a programme's configuration decisions for the"
                + " EHR and other solutions, the KPIs each serves and whether the solution produces them, the share"
                + " of indicators delivered by machine, and the optimisations proposed after go-live ranked by value")
class ConfigDecisionApiController {

    private static final String DECISIONS = "/api/v1/programmes/{id}/configuration-decisions";
    private static final String DECISION = DECISIONS + "/{configDecision}";

    private final ConfigDecisions decisions;

    ConfigDecisionApiController(ConfigDecisions decisions) {
        this.decisions = decisions;
    }

    /** A decision as a client sends it, with the version read when it changes one (or send If-Match). */
    record DecisionBody(
            String title,
            String workflow,
            String solutionKind,
            String solution,
            String release,
            String stage,
            String decidedOn,
            String rationale,
            List<ConfigDecisionInput.KpiInput> kpis,
            Long version) {

        ConfigDecisionInput input() {
            return new ConfigDecisionInput(
                    title, workflow, solutionKind, solution, release, stage, decidedOn, rationale, kpis);
        }
    }

    @GetMapping(DECISIONS)
    @Operation(summary = "The programme's configuration decisions, the latest decided first and proposed ones last")
    @ApiResponse(responseCode = "404", description = "The programme is not visible to the user")
    List<ConfigDecision> list(@PathVariable ProgrammeId id) {
        return decisions.of(id);
    }

    @GetMapping(DECISION)
    @Operation(summary = "One configuration decision; its ETag carries the version to send as If-Match")
    @ApiResponse(responseCode = "404", description = "The programme or the decision is not visible to the user")
    ResponseEntity<ConfigDecision> one(@PathVariable ProgrammeId id, @PathVariable ConfigDecisionId configDecision) {
        ConfigDecision found = existing(id, configDecision);
        return ResponseEntity.ok().eTag(Versions.etag(found.version())).body(found);
    }

    @GetMapping(DECISIONS + "/machine-delivery")
    @Operation(
            summary = "The share of the programme's indicators delivered by machine (latest measurements by API or"
                    + " FHIR) against the aim that all are, and the ones not yet, with whether a decision promises"
                    + " them")
    @ApiResponse(responseCode = "404", description = "The programme is not visible to the user")
    MachineDelivery delivery(@PathVariable ProgrammeId id) {
        return decisions.delivery(id);
    }

    @GetMapping(DECISIONS + "/optimisations")
    @Operation(summary = "The optimisations proposed after go-live, ranked by the value of the benefits they serve")
    @ApiResponse(responseCode = "404", description = "The programme is not visible to the user")
    List<RankedOptimisation> optimisations(@PathVariable ProgrammeId id) {
        return decisions.optimisations(id);
    }

    @PostMapping(DECISIONS)
    @Operation(
            summary = "Record a configuration decision (the programme's coordinators): solutionKind EHR or OTHER,"
                    + " stage DECIDED (decidedOn required) or PROPOSED, and per KPI its indicatorId, production"
                    + " (NOT_BY_SOLUTION, REPORT, FHIR_MEASURE) and reference (report name or FHIR Measure canonical)")
    @ApiResponse(responseCode = "201", description = "Recorded")
    @ApiResponse(responseCode = "400", description = "A field is wrong; the problem names it")
    @ApiResponse(responseCode = "403", description = "The user does not coordinate the programme")
    @ApiResponse(responseCode = "404", description = "The programme is not visible to the user")
    ResponseEntity<ConfigDecision> create(
            @PathVariable ProgrammeId id, @RequestBody(required = false) DecisionBody body) {
        decisions.requireWriter(id);
        ConfigDecision created = decisions.create(id, given(body).input());
        return ResponseEntity.status(HttpStatus.CREATED)
                .eTag(Versions.etag(created.version()))
                .body(created);
    }

    @PutMapping(DECISION)
    @Operation(
            summary = "Change a configuration decision (the programme's coordinators); send the version read as"
                    + " If-Match or in the body, a stale one gets 409")
    @ApiResponse(responseCode = "200", description = "Changed; its ETag carries the new version")
    @ApiResponse(responseCode = "400", description = "A field or the version is wrong; the problem names it")
    @ApiResponse(responseCode = "403", description = "The user does not coordinate the programme")
    @ApiResponse(responseCode = "404", description = "The programme or the decision is not visible to the user")
    @ApiResponse(responseCode = "409", description = "The decision changed since the version read")
    ResponseEntity<ConfigDecision> update(
            @PathVariable ProgrammeId id,
            @PathVariable ConfigDecisionId configDecision,
            @RequestBody(required = false) DecisionBody body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        decisions.requireWriter(id);
        existing(id, configDecision);
        DecisionBody b = given(body);
        ConfigDecision updated =
                decisions.update(id, configDecision, b.input(), Versions.expected(b.version(), ifMatch));
        return ResponseEntity.ok().eTag(Versions.etag(updated.version())).body(updated);
    }

    @DeleteMapping(DECISION)
    @Operation(
            summary = "Delete a configuration decision (the programme's coordinators); send the version read as"
                    + " If-Match or ?version=, a stale one gets 409")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "400", description = "No version, or one that is no number")
    @ApiResponse(responseCode = "403", description = "The user does not coordinate the programme")
    @ApiResponse(responseCode = "404", description = "The programme or the decision is not visible to the user")
    @ApiResponse(responseCode = "409", description = "The decision changed since the version read")
    ResponseEntity<Void> delete(
            @PathVariable ProgrammeId id,
            @PathVariable ConfigDecisionId configDecision,
            @RequestParam(name = "version", required = false) Long version,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        decisions.requireWriter(id);
        existing(id, configDecision);
        decisions.delete(id, configDecision, Versions.expected(version, ifMatch));
        return ResponseEntity.noContent().build();
    }

    private static DecisionBody given(DecisionBody body) {
        return body == null ? new DecisionBody(null, null, null, null, null, null, null, null, null, null) : body;
    }

    private ConfigDecision existing(ProgrammeId id, ConfigDecisionId decision) {
        return decisions.find(id, decision).orElseThrow(() -> new NotFoundException("config-decision", decision));
    }
}
