package no.gevinst.plan;

import java.time.Instant;
import java.util.Objects;

/**
 * One version of a plan. A draft is worked on, submitted for decision, and approved, which freezes its content;
 * a later approval supersedes it. Each transition is a method that refuses the steps the method does not allow.
 *
 * @param reason why this version differs from the one before; blank only for the first
 * @param version optimistic lock of the row
 */
public record PlanVersion(
        PlanId plan,
        int number,
        VersionStatus status,
        String reason,
        PlanSections sections,
        String createdBy,
        Instant createdAt,
        String submittedBy,
        Instant submittedAt,
        Approval approval,
        long version) {

    public PlanVersion {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(sections, "sections");
        reason = reason == null ? "" : reason;
        if (number < 1) {
            throw new IllegalArgumentException("Versions are numbered from 1");
        }
        if (status.isFrozen() && approval == null) {
            throw new IllegalArgumentException("An approved version carries its approval");
        }
    }

    /** The first draft of a plan, or a new draft after an approved one, which must say why it changes. */
    public static PlanVersion draft(
            PlanId plan, int number, String reason, PlanSections sections, String by, Instant at) {
        if (number > 1 && (reason == null || reason.isBlank())) {
            throw new IllegalStateException("A new version states its reason for change");
        }
        return new PlanVersion(plan, number, VersionStatus.DRAFT, reason, sections, by, at, null, null, null, 0);
    }

    public PlanVersion withSections(PlanSections changed) {
        requireStatus(VersionStatus.DRAFT, "Only a draft can be edited");
        return moved(status, changed, approval);
    }

    public PlanVersion submit(String by, Instant at) {
        requireStatus(VersionStatus.DRAFT, "Only a draft can be submitted");
        return new PlanVersion(
                plan, number, VersionStatus.SUBMITTED, reason, sections, createdBy, createdAt, by, at, null, version);
    }

    /** Sends a submitted version back for more work, as a body may do instead of approving. */
    public PlanVersion returnToDraft() {
        requireStatus(VersionStatus.SUBMITTED, "Only a submitted version can be sent back");
        return new PlanVersion(
                plan, number, VersionStatus.DRAFT, reason, sections, createdBy, createdAt, null, null, null, version);
    }

    public PlanVersion approve(Approval decision) {
        requireStatus(VersionStatus.SUBMITTED, "Only a submitted version can be approved");
        return moved(VersionStatus.APPROVED, sections, Objects.requireNonNull(decision, "decision"));
    }

    public PlanVersion supersede() {
        requireStatus(VersionStatus.APPROVED, "Only an approved version can be superseded");
        return moved(VersionStatus.SUPERSEDED, sections, approval);
    }

    /** This version with a new status, content or approval; who made and submitted it stays. */
    private PlanVersion moved(VersionStatus newStatus, PlanSections newSections, Approval newApproval) {
        return new PlanVersion(
                plan,
                number,
                newStatus,
                reason,
                newSections,
                createdBy,
                createdAt,
                submittedBy,
                submittedAt,
                newApproval,
                version);
    }

    private void requireStatus(VersionStatus required, String message) {
        if (status != required) {
            throw new IllegalStateException(message + "; version " + number + " is " + status);
        }
    }
}
