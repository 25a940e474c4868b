package no.gevinst.stakeholder;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.gevinst.organisation.Organisation;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;

/**
 * Stakeholder analyses and involvement plans (seed 000 §2.3.6). Whoever sees a programme reads its analysis, whole
 * or narrowed to one organisation; its coordinators write the stakeholders and the plan's actions. Every write is
 * audited; a stale version is refused with a VersionConflictException, bad input with an InvalidInputException
 * naming the field; a programme the user does not see is a NotFoundException.
 */
public interface Stakeholders {

    /** The programme's stakeholders, the most influential first; only those of the organisation when one is given. */
    List<Stakeholder> stakeholders(ProgrammeId programme, Optional<OrganisationId> organisation);

    Optional<Stakeholder> find(ProgrammeId programme, StakeholderId stakeholder);

    /** Whether the current user may write the programme's analysis and plan. */
    boolean canCoordinate(ProgrammeId programme);

    /** Refuses unless the current user coordinates the programme (NotFoundException when they do not see it). */
    void requireCoordinator(ProgrammeId programme);

    /** The organisations a stakeholder of the programme may belong to: its owner, its parties and their units. */
    List<Organisation> eligibleOrganisations(ProgrammeId programme);

    Stakeholder create(ProgrammeId programme, StakeholderInput input);

    Stakeholder update(ProgrammeId programme, StakeholderId stakeholder, StakeholderInput input, long expectedVersion);

    /** Deletes a stakeholder with its plan's actions. */
    void delete(ProgrammeId programme, StakeholderId stakeholder, long expectedVersion);

    /** The plan's actions for the given stakeholders, by date. */
    List<InvolvementAction> actions(ProgrammeId programme, List<StakeholderId> stakeholders);

    InvolvementAction addAction(ProgrammeId programme, StakeholderId stakeholder, ActionInput input);

    /** Moves an action to another status; the status is named by the text, which the service parses. */
    InvolvementAction setStatus(
            ProgrammeId programme, StakeholderId stakeholder, UUID action, String status, long expectedVersion);

    /** Deletes an action of the plan. */
    void deleteAction(ProgrammeId programme, StakeholderId stakeholder, UUID action, long expectedVersion);

    /**
     * A stakeholder with its actions, marked as demo data: for the application's own loaders (the demo), never for
     * requests.
     */
    Stakeholder loadDemo(ProgrammeId programme, StakeholderInput input, List<ActionInput> actions);
}
