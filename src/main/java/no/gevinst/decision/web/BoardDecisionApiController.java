package no.gevinst.decision.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import no.gevinst.decision.BoardDecision;
import no.gevinst.decision.DecisionInputs.DecisionInput;
import no.gevinst.decision.DecisionInputs.EconomicTargetInput;
import no.gevinst.decision.DecisionInputs.EconomicTargetKey;
import no.gevinst.decision.DecisionInputs.KpiTargetInput;
import no.gevinst.decision.DecisionInputs.KpiTargetKey;
import no.gevinst.decision.Decisions;
import no.gevinst.decision.TargetSums;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.Versions;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(
        name = "Board decisions",
        description = "The board's decisions (styrevedtak) on a programme's targets: kroner per organisation, year and"
                + " benefit class, KPI targets per organisation; a new decision supersedes the one in force")
class BoardDecisionApiController {

    private final Decisions decisions;

    BoardDecisionApiController(Decisions decisions) {
        this.decisions = decisions;
    }

    /** A decision with the sum of its organisations' kroner beside the programme's own target, year by year. */
    record DecisionResource(BoardDecision decision, boolean inForce, TargetSums sums) {}

    /** @param version the decision's version as read (or If-Match) */
    record EconomicTargetBody(String organisation, String year, String benefitClass, String nok, Long version) {}

    record KpiTargetBody(String organisation, String indicator, String targetValue, String due, Long version) {}

    @GetMapping("/api/v1/programmes/{id}/decisions")
    @Operation(summary = "The programme's board decisions, newest first; inForce marks the one reports measure against")
    List<BoardDecision> list(@PathVariable ProgrammeId id) {
        return decisions.of(id);
    }

    @GetMapping("/api/v1/programmes/{id}/decisions/{number}")
    @Operation(
            summary = "One decision with its targets and, per year, the organisations' kroner summed beside the"
                    + " programme's target (difference = sum − target; null where the programme sets none)")
    DecisionResource one(@PathVariable ProgrammeId id, @PathVariable int number) {
        BoardDecision decision = decisions.find(id, number);
        return new DecisionResource(decision, decision.inForce(), decisions.sums(id, number));
    }

    @PostMapping("/api/v1/programmes/{id}/decisions")
    @Operation(
            summary = "Record a decision (the programme's coordinators); it supersedes the one in force, whose version"
                    + " must be sent as inForceVersion (null when none is in force). carryTargets \"true\" starts"
                    + " from the targets of the decision in force")
    ResponseEntity<BoardDecision> record(
            @PathVariable ProgrammeId id, @RequestBody(required = false) DecisionInput input) {
        decisions.requireMayDecide(id);
        DecisionInput given = input == null ? new DecisionInput(null, null, null, null, null, null, null) : input;
        return ResponseEntity.status(HttpStatus.CREATED).body(decisions.record(id, given));
    }

    @PostMapping("/api/v1/programmes/{id}/decisions/{number}/economic-targets")
    @Operation(
            summary = "Set an organisation's kroner for a year and benefit class on the decision in force (replaces"
                    + " the amount set before); carries the decision's version")
    BoardDecision economic(
            @PathVariable ProgrammeId id,
            @PathVariable int number,
            @RequestBody(required = false) EconomicTargetBody body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        decisions.requireMayDecide(id);
        EconomicTargetBody b = body == null ? new EconomicTargetBody(null, null, null, null, null) : body;
        return decisions.setEconomicTarget(
                id,
                number,
                new EconomicTargetInput(b.organisation(), b.year(), b.benefitClass(), b.nok()),
                Versions.expected(b.version(), ifMatch));
    }

    @PostMapping("/api/v1/programmes/{id}/decisions/{number}/kpi-targets")
    @Operation(
            summary = "Set an indicator's target value and date for an organisation on the decision in force;"
                    + " carries the decision's version")
    BoardDecision kpi(
            @PathVariable ProgrammeId id,
            @PathVariable int number,
            @RequestBody(required = false) KpiTargetBody body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        decisions.requireMayDecide(id);
        KpiTargetBody b = body == null ? new KpiTargetBody(null, null, null, null, null) : body;
        return decisions.setKpiTarget(
                id,
                number,
                new KpiTargetInput(b.organisation(), b.indicator(), b.targetValue(), b.due()),
                Versions.expected(b.version(), ifMatch));
    }

    @DeleteMapping("/api/v1/programmes/{id}/decisions/{number}/economic-targets")
    @Operation(
            summary = "Remove an organisation's kroner for a year and benefit class from the decision in force (one"
                    + " carried over from the decision it supersedes, say); send the decision's version as If-Match."
                    + " A superseded decision keeps its targets")
    BoardDecision removeEconomic(
            @PathVariable ProgrammeId id,
            @PathVariable int number,
            @RequestParam(name = "organisation", required = false) String organisation,
            @RequestParam(name = "year", required = false) String year,
            @RequestParam(name = "benefitClass", required = false) String benefitClass,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        // Optional to Spring, so that rights are asked first; the service names what is missing.
        decisions.requireMayDecide(id);
        return decisions.removeEconomicTarget(
                id, number, new EconomicTargetKey(organisation, year, benefitClass), Versions.expected(null, ifMatch));
    }

    @DeleteMapping("/api/v1/programmes/{id}/decisions/{number}/kpi-targets")
    @Operation(
            summary = "Remove an indicator's target for an organisation from the decision in force; send the"
                    + " decision's version as If-Match")
    BoardDecision removeKpi(
            @PathVariable ProgrammeId id,
            @PathVariable int number,
            @RequestParam(name = "organisation", required = false) String organisation,
            @RequestParam(name = "indicator", required = false) String indicator,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        decisions.requireMayDecide(id);
        return decisions.removeKpiTarget(
                id, number, new KpiTargetKey(organisation, indicator), Versions.expected(null, ifMatch));
    }
}
