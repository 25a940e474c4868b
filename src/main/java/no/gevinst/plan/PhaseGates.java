package no.gevinst.plan;

import java.util.List;
import no.gevinst.programme.Programme;
import no.gevinst.shared.ProgrammeId;

/**
 * The gate between a programme's phases (DESIGN §3, seed 000 §3): what the method demands before the programme
 * leaves its current phase, what is missing, and the recorded decision to move on regardless.
 */
public interface PhaseGates {

    /** The checklist for leaving the programme's current phase, if the current user may see the programme. */
    GateCheck check(ProgrammeId programme);

    /**
     * Moves the programme to its next phase; its coordinators. When any item of the checklist fails, the decision
     * to move on with the gaps must be given; the decision is recorded with the gaps, who and when.
     */
    Programme advance(ProgrammeId programme, String decision);

    /** The decisions taken at the programme's gates, newest first. */
    List<GateDecision> decisions(ProgrammeId programme);
}
