package no.gevinst.configdecision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.gevinst.shared.ProgrammeId;

/**
 * A configuration decision (seed 000 §2.3.1, gevinstdrevet konfigurasjon): what was decided, for which workflow or
 * clinical content, in which solution and release, and the KPIs it serves.
 *
 * @param decidedOn when it was decided; null while it is proposed
 * @param rationale why, in the programme's terms; empty when not given
 */
public record ConfigDecision(
        ConfigDecisionId id,
        ProgrammeId programme,
        String title,
        String workflow,
        SolutionKind solutionKind,
        String solution,
        String release,
        Stage stage,
        LocalDate decidedOn,
        String rationale,
        List<ServedKpi> kpis,
        Instant updatedAt,
        boolean demo,
        long version) {

    public ConfigDecision {
        kpis = List.copyOf(kpis);
    }

    /** An optimisation proposed after go-live, not decided yet. */
    public boolean proposed() {
        return stage == Stage.PROPOSED;
    }

    /** This decision serving the KPIs, as the repository completes a row with its links. */
    public ConfigDecision withKpis(List<ServedKpi> served) {
        return new ConfigDecision(
                id,
                programme,
                title,
                workflow,
                solutionKind,
                solution,
                release,
                stage,
                decidedOn,
                rationale,
                served,
                updatedAt,
                demo,
                version);
    }
}
