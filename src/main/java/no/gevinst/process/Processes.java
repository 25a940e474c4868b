package no.gevinst.process;

import java.util.List;
import java.util.Optional;
import no.gevinst.indicator.Indicator;
import no.gevinst.organisation.Organisation;
import no.gevinst.shared.ProgrammeId;

/**
 * Process records with their as-is and to-be BPMN diagrams (seed 000 §2.3.2). Whoever sees a programme reads its
 * processes; its coordinators write them. Every write is audited; a stale version is refused with a
 * VersionConflictException, bad input (a BPMN document that is not BPMN 2.0, too large, or carries a DOCTYPE) with an
 * InvalidInputException naming the field; a programme the user does not see is a NotFoundException.
 */
public interface Processes {

    /** The programme's processes by name. */
    List<Process> processes(ProgrammeId programme);

    Optional<Process> find(ProgrammeId programme, ProcessId process);

    /** Whether the current user may write the programme's processes. */
    boolean canCoordinate(ProgrammeId programme);

    /** Refuses unless the current user coordinates the programme (NotFoundException when they do not see it). */
    void requireCoordinator(ProgrammeId programme);

    /** The organisations a process of the programme may span: its owner, its parties and their units. */
    List<Organisation> eligibleOrganisations(ProgrammeId programme);

    /** The indicators a process may name as its KPIs: those of the programme's benefits. */
    List<Indicator> eligibleIndicators(ProgrammeId programme);

    Process create(ProgrammeId programme, ProcessInput input);

    Process update(ProgrammeId programme, ProcessId process, ProcessInput input, long expectedVersion);

    /**
     * Deletes the process with its diagrams and change links if it still stands at the expected version; a stale one
     * is a VersionConflictException.
     */
    void delete(ProgrammeId programme, ProcessId process, long expectedVersion);

    Optional<Diagram> diagram(ProgrammeId programme, ProcessId process, DiagramPhase phase);

    /**
     * Checks the BPMN XML, draws its SVG on the server and stores both. The expected version is the diagram's (0 when
     * the process has none yet); {@code field} is what a refusal names (the form's text field or its upload).
     */
    Diagram saveDiagram(
            ProgrammeId programme,
            ProcessId process,
            DiagramPhase phase,
            String xml,
            long expectedVersion,
            String field);

    /** The changes of the benefit map that change the process, with the steps they change. */
    List<ChangeLink> changes(ProgrammeId programme, ProcessId process);

    /** Points a change of the programme's benefit map (by element id) to the process and the to-be steps it changes. */
    ChangeLink linkChange(ProgrammeId programme, ProcessId process, String element, List<String> steps);

    void unlinkChange(ProgrammeId programme, ProcessId process, String element);

    /** Every process of the programme with its owner's name and both diagrams (XML, SVG, steps), for documents. */
    List<ProcessDocument> documents(ProgrammeId programme);

    /** A process with its diagrams and change links (element id, steps), marked as demo: for the demo loader only. */
    Process loadDemo(ProgrammeId programme, ProcessInput input, String asIs, String toBe, List<ChangeLink> changes);
}
