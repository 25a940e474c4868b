package no.gevinst.decision;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.gevinst.decision.DecisionInputs.DecisionInput;
import no.gevinst.decision.DecisionInputs.EconomicTargetInput;
import no.gevinst.decision.DecisionInputs.EconomicTargetKey;
import no.gevinst.decision.DecisionInputs.KpiTargetInput;
import no.gevinst.decision.DecisionInputs.KpiTargetKey;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;

/**
 * The board's decisions on the targets of the programmes the user may see: read by all who see the programme,
 * recorded by its coordinators. Seed 000 §3.1: "Konkrete gevinstmål vedtas av Styret i Helse Midt-Norge RHF og
 * innarbeides som en del av styringskrav til helseforetakene".
 */
public interface Decisions {

    /** The programme's decisions, newest first, the one in force among them. */
    List<BoardDecision> of(ProgrammeId programme);

    /** @throws no.gevinst.shared.NotFoundException when the programme is not visible or has no such decision */
    BoardDecision find(ProgrammeId programme, int number);

    /** The decision in force: the one reports name as what they measure against. Empty when none was recorded. */
    Optional<BoardDecision> inForce(ProgrammeId programme);

    /** The decision that was in force on the day: the latest decided on or before it. */
    Optional<BoardDecision> inForceOn(ProgrammeId programme, LocalDate day);

    /** The decision's kroner summed over the organisations, year by year, beside the programme's own target. */
    TargetSums sums(ProgrammeId programme, int number);

    /** True when the current user may record decisions and set their targets: the programme's coordinators. */
    boolean canDecide(ProgrammeId programme);

    /**
     * Refuses a user who may not record decisions for the programme, before anything the user sent is read.
     *
     * @throws no.gevinst.shared.NotFoundException when the programme is not visible to the user
     * @throws org.springframework.security.access.AccessDeniedException when it is visible but not theirs to decide
     */
    void requireMayDecide(ProgrammeId programme);

    /**
     * Records a decision; the one in force, if any, is superseded by it and kept as it was.
     *
     * @throws no.gevinst.shared.VersionConflictException when the decision in force is no longer the one read
     */
    BoardDecision record(ProgrammeId programme, DecisionInput input);

    /**
     * Sets an organisation's kroner in a year and class on the decision in force (a superseded one is history).
     *
     * @param expectedVersion the decision's version as read
     */
    BoardDecision setEconomicTarget(ProgrammeId programme, int number, EconomicTargetInput input, long expectedVersion);

    /** Sets an indicator's target for an organisation on the decision in force. */
    BoardDecision setKpiTarget(ProgrammeId programme, int number, KpiTargetInput input, long expectedVersion);

    /**
     * Removes an economic target from the decision in force, such as one carried over from the decision it
     * supersedes; a superseded decision is history and keeps its targets as they were.
     *
     * @throws no.gevinst.shared.InvalidInputException naming the field that is wrong, {@code target} when the
     *     decision sets no such target, or {@code decision} when it is superseded
     * @throws no.gevinst.shared.VersionConflictException when the decision is no longer at the version read
     */
    BoardDecision removeEconomicTarget(ProgrammeId programme, int number, EconomicTargetKey key, long expectedVersion);

    /** Removes a KPI target from the decision in force, as {@link #removeEconomicTarget} does an economic one. */
    BoardDecision removeKpiTarget(ProgrammeId programme, int number, KpiTargetKey key, long expectedVersion);

    /**
     * The organisation's appendix to the oppdragsdokument for the year, as an accessible, archivable PDF: the
     * requirements the decision sets for it, with the benefits and indicators behind them, owners and deadlines.
     *
     * @throws no.gevinst.shared.InvalidInputException naming {@code organisation} or {@code year} when the decision
     *     sets nothing for the organisation in the year
     */
    byte[] appendixPdf(ProgrammeId programme, int number, OrganisationId organisation, int year);

    /** The same appendix as a workbook. */
    byte[] appendixWorkbook(ProgrammeId programme, int number, OrganisationId organisation, int year);
}
