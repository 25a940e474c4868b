package no.gevinst.plan;

import jakarta.validation.constraints.NotBlank;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.gevinst.shared.ProgrammeId;

/**
 * The realisation plans of the programmes the user may see: drafted, submitted, approved and compared in versions,
 * with their measures and risks. Coordinators of the programme edit; coordinators and the steering group approve.
 */
public interface Plans {

    /** The programme's plans: its own first, then the parties'. */
    List<Plan> ofProgramme(ProgrammeId programme);

    Optional<Plan> find(PlanId id);

    /** Creates the programme's plan (no party) or a party's plan, with its first draft. */
    Plan create(ProgrammeId programme, PlanInput input);

    /** Whether the current user may edit the plan: its drafts, measures and risks. */
    boolean canEdit(PlanId plan);

    /**
     * Refuses a user who may not edit the plan: asked before anything the user sent is read (a version, a form), so
     * that a refused user learns nothing from what is wrong with it.
     *
     * @throws no.gevinst.shared.NotFoundException when the plan is not visible to the user
     * @throws org.springframework.security.access.AccessDeniedException when it is visible but not theirs to edit
     */
    void requireEditable(PlanId plan);

    /** Whether the current user may approve or send back the plan's submitted versions. */
    boolean canApprove(PlanId plan);

    /**
     * Refuses a user who may not approve or send back the plan's versions, asked before the version they read.
     *
     * @throws no.gevinst.shared.NotFoundException when the plan is not visible to the user
     * @throws org.springframework.security.access.AccessDeniedException when it is visible but not theirs to decide
     */
    void requireApprovable(PlanId plan);

    /** Every version, newest first. */
    List<PlanVersion> versions(PlanId plan);

    PlanVersion version(PlanId plan, int number);

    /** What the version holds: its frozen snapshot once approved, else the records as they are now. */
    PlanSnapshot content(PlanId plan, int number);

    /**
     * (issue 19) A version's content with the records on change, learning and configuration beside it, for its
     * document: an approved version's as frozen at approval (null records in one approved before they were kept), a
     * draft's as they are now.
     */
    PlanSnapshot documentContent(PlanId plan, int number);

    /** Starts a new draft after the latest version, which must be approved; the reason for change is required. */
    PlanVersion newDraft(PlanId plan, String reason);

    PlanVersion editSections(PlanId plan, int number, PlanSections sections, long expectedVersion);

    /** Submits a draft for decision; refused with a conflict when the version read is no longer the stored one. */
    PlanVersion submit(PlanId plan, int number, long expectedVersion);

    /** Sends a submitted version back to draft; refused with a conflict when the version read is stale. */
    PlanVersion returnToDraft(PlanId plan, int number, long expectedVersion);

    /**
     * Approves a submitted version, freezing its content and superseding the version approved before it; refused with
     * a conflict when the version read is stale, so that two approvers acting at once cannot both succeed.
     */
    PlanVersion approve(PlanId plan, int number, ApprovalInput input, long expectedVersion);

    /** The same over whatever is stored: for the application's own loaders (the demo), never for requests. */
    PlanVersion submit(PlanId plan, int number);

    /** The same over whatever is stored: for the application's own loaders (the demo), never for requests. */
    PlanVersion approve(PlanId plan, int number, ApprovalInput input);

    /** Field by field, what differs between two versions. */
    Comparison compare(PlanId plan, int from, int to);

    List<Measure> measures(PlanId plan);

    Measure addMeasure(PlanId plan, MeasureInput input);

    Measure updateMeasure(PlanId plan, UUID measure, MeasureInput input, long expectedVersion);

    /** Removes a measure if it still has the version read; a stale one gets a VersionConflictException. */
    void removeMeasure(PlanId plan, UUID measure, long expectedVersion);

    List<Risk> risks(PlanId plan);

    Risk addRisk(PlanId plan, RiskInput input);

    Risk updateRisk(PlanId plan, UUID risk, RiskInput input, long expectedVersion);

    /** Removes a risk if it still has the version read; a stale one gets a VersionConflictException. */
    void removeRisk(PlanId plan, UUID risk, long expectedVersion);

    /**
     * The version as an XLSX workbook in the same structure as its PDF: the plan's text, benefits by class, the
     * indicators with their measurement schedule and targets, measures, risks with a live score formula, and the
     * version with its decision.
     */
    void workbook(PlanId plan, int number, OutputStream out);

    /**
     * What the annual status of a plan for a year from 2000 to 2100 is written from: the version that stands
     * approved with its frozen content, the plan's content from today's records, and what moved between them.
     *
     * @throws no.gevinst.shared.NotFoundException when the user may not see the plan, whatever the year
     * @throws no.gevinst.shared.InvalidInputException naming {@code year} when it lies outside 2000 to 2100
     */
    AnnualBasis annualBasis(PlanId plan, int year);

    /** A plan as asked for: a party's organisation id, or blank for the programme's plan. */
    record PlanInput(String partyId, String title) implements Serializable {}

    /** The decision that approves a version: the body, its date (ISO) and the reference in its minutes. */
    record ApprovalInput(String onBehalfOf, String decisionDate, String reference) implements Serializable {}

    /** A measure as typed; benefit ids are the benefits it serves. */
    record MeasureInput(
            @NotBlank(message = "{plan.measure.action}") String action,
            List<String> benefitIds,
            String responsibleId,
            String deadline,
            String status,
            String cost)
            implements Serializable {

        public MeasureInput {
            benefitIds = benefitIds == null ? List.of() : List.copyOf(benefitIds);
        }
    }

    /** A risk as typed; probability and impact from 1 to 5. */
    record RiskInput(
            @NotBlank(message = "{plan.risk.description}") String description,
            String benefitId,
            String cause,
            String consequence,
            @NotBlank(message = "{plan.risk.scale}") String probability,
            @NotBlank(message = "{plan.risk.scale}") String impact,
            String mitigation,
            String ownerId,
            String status)
            implements Serializable {}
}
