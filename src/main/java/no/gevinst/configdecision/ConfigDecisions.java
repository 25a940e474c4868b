package no.gevinst.configdecision;

import java.util.List;
import java.util.Optional;
import no.gevinst.shared.ProgrammeId;

/**
 * Benefit-driven configuration (seed 000 §2.3.1, §2.3.4). Whoever sees a programme reads its configuration decisions,
 * its machine delivery and its optimisations; its coordinators write the decisions. Every write is audited; a stale
 * version is refused with a VersionConflictException, bad input with an InvalidInputException naming the field, a
 * programme or decision the user does not see with a NotFoundException.
 */
public interface ConfigDecisions {

    /** The programme's decisions, the latest decided first, proposed ones last. */
    List<ConfigDecision> of(ProgrammeId programme);

    Optional<ConfigDecision> find(ProgrammeId programme, ConfigDecisionId decision);

    /** Whether the current user may write the programme's decisions: a coordinator of it. */
    boolean canWrite(ProgrammeId programme);

    /** Refuses unless the current user may write (NotFoundException when they do not see the programme). */
    void requireWriter(ProgrammeId programme);

    /** The programme's indicators a decision can serve. */
    List<KpiChoice> kpiChoices(ProgrammeId programme);

    ConfigDecision create(ProgrammeId programme, ConfigDecisionInput input);

    ConfigDecision update(
            ProgrammeId programme, ConfigDecisionId decision, ConfigDecisionInput input, long expectedVersion);

    void delete(ProgrammeId programme, ConfigDecisionId decision, long expectedVersion);

    /** The share of the programme's indicators delivered by machine, and the ones that are not yet. */
    MachineDelivery delivery(ProgrammeId programme);

    /** The optimisations proposed after go-live, the most valuable first. */
    List<RankedOptimisation> optimisations(ProgrammeId programme);

    /** A decision marked as demo: for the application's own loaders, never for requests. */
    ConfigDecision loadDemo(ProgrammeId programme, ConfigDecisionInput input);
}
