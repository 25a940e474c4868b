package no.gevinst.portfolio.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.gevinst.access.AccessPolicy;
import no.gevinst.access.CurrentUser;
import no.gevinst.access.RoleAssignment;
import no.gevinst.portfolio.Conflict;
import no.gevinst.portfolio.ConflictStatus;
import no.gevinst.portfolio.Decision;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.ProgrammeId;
import org.springframework.stereotype.Component;

/**
 * The conflicts found, each with its decision and whether the current user may decide it. A reading that keeps
 * programmes' parts keeps the statuses for the user under the counted programmes' register generations (what the
 * conflicts are found in; a decision taken, a role or a programme changed moves them all), and the decisions under
 * the generation of the tables no programme's rows are in: a measurement leaves the statuses standing, and a register
 * edit puts them together again with the decisions as kept, asking only who may decide.
 */
@Component
class ConflictStatuses {

    private final DecisionRepository decisions;
    private final Programmes programmes;
    private final AccessPolicy access;

    ConflictStatuses(DecisionRepository decisions, Programmes programmes, AccessPolicy access) {
        this.decisions = decisions;
        this.programmes = programmes;
        this.access = access;
    }

    /** Whose rights the statuses are worked out under. */
    private record Scope(String username, List<RoleAssignment> roles) {}

    /**
     * The statuses of the conflicts found in the programmes counted.
     *
     * @param counted the programmes the conflicts were looked for in
     * @param detected the conflicts found, in the order the control answers them in
     */
    List<ConflictStatus> of(List<Programme> counted, List<Conflict> detected, Reading reading) {
        if (!reading.sharesParts()) {
            return statuses(detected, decisions.all(), new HashMap<>());
        }
        Scope scope = scope();
        return reading.keptOfRegisters("conflict statuses", counted, scope, () -> {
            Map<String, Decision> recorded = reading.keptOfOthers("decisions", () -> Map.copyOf(decisions.all()));
            return List.copyOf(statuses(detected, recorded, new HashMap<>()));
        });
    }

    private List<ConflictStatus> statuses(
            List<Conflict> detected, Map<String, Decision> recorded, Map<ProgrammeId, Boolean> coordinates) {
        List<ConflictStatus> statuses = new ArrayList<>();
        for (Conflict c : detected) {
            boolean canDecide =
                    c.programmes().stream().allMatch(p -> coordinates.computeIfAbsent(p, programmes::canCoordinate));
            statuses.add(new ConflictStatus(c, recorded.get(c.key()), canDecide));
        }
        return statuses;
    }

    private Scope scope() {
        CurrentUser user = access.currentUser().orElse(null);
        return user == null ? new Scope(null, List.of()) : new Scope(user.username(), user.roles());
    }
}
