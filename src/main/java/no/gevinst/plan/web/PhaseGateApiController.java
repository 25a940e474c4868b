package no.gevinst.plan.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import no.gevinst.golive.LiveStatus;
import no.gevinst.plan.GateCheck;
import no.gevinst.plan.GateDecision;
import no.gevinst.plan.GateItem;
import no.gevinst.plan.PhaseGates;
import no.gevinst.programme.Phase;
import no.gevinst.programme.Programme;
import no.gevinst.shared.ProgrammeId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Phase gates", description = "What the method demands before a programme moves to its next phase")
class PhaseGateApiController {

    private final PhaseGates gates;

    PhaseGateApiController(PhaseGates gates) {
        this.gates = gates;
    }

    /**
     * The checklist for leaving the current phase.
     *
     * @param to the next phase, or null in the last phase
     * @param passes true when nothing fails and no decision is needed to move on
     * @param goLive which of the programme's organisations and units are live today and which are not yet, with
     *     their waves and dates; null when the programme has no go-live waves
     */
    record GateResource(
            ProgrammeId programme,
            Phase from,
            Phase to,
            boolean passes,
            List<GateItem> items,
            List<GateDecision> decisions,
            LiveStatus goLive) {}

    /** @param decision why the programme moves on although items fail; required when any does */
    record AdvanceInput(String decision) {}

    @GetMapping("/api/v1/programmes/{id}/phase-gate")
    @Operation(
            summary = "The checklist for moving to the next phase: each item, whether it holds, the benefits that fail"
                    + " it; and the decisions of earlier gates")
    GateResource check(@PathVariable ProgrammeId id) {
        GateCheck check = gates.check(id);
        return new GateResource(
                id, check.from(), check.to(), check.passes(), check.items(), gates.decisions(id), check.goLive());
    }

    @PostMapping("/api/v1/programmes/{id}/phase-gate")
    @Operation(
            summary = "Move the programme to its next phase (its coordinators); a decision is required when items"
                    + " of the checklist fail, and is recorded with them")
    Programme advance(@PathVariable ProgrammeId id, @RequestBody(required = false) AdvanceInput input) {
        return gates.advance(id, input == null ? null : input.decision());
    }
}
