package no.gevinst.benefit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.FrameworkItemId;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.ObjectiveId;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.PersonId;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.Violations;

/**
 * A benefit profile (gevinstprofil): everything known about one benefit or dis-benefit. Its status changes only
 * through {@link #moveTo} and {@link #abandon}, which refuse what the lifecycle does not allow.
 *
 * @param title phrased as a change ("Redusert tid brukt på dokumentasjon")
 * @param attribution why this programme can claim the benefit
 * @param area the benefit area (gevinstområde) of the programme's framework
 * @param allocations where the benefit arises, with shares that together are at most 100 %
 * @param investors the organisations that invest to make it happen
 * @param owner the gevinsteier
 * @param responsible the gevinstansvarlig, who answers for realising it
 * @param units where it arises (departments, wards)
 */
public record Benefit(
        BenefitId id,
        ProgrammeId programme,
        String code,
        String title,
        String description,
        String observableOutcome,
        String attribution,
        BenefitKind kind,
        FrameworkItemId area,
        List<FrameworkItemId> priorityAreas,
        BenefitClass benefitClass,
        List<ObjectiveId> objectives,
        List<Allocation> allocations,
        List<OrganisationId> investors,
        PersonId owner,
        PersonId responsible,
        String units,
        LocalDate expectedStart,
        LocalDate fullEffect,
        Priority priority,
        String priorityRationale,
        List<String> prerequisites,
        List<String> evidenceLinks,
        BenefitStatus status,
        String abandonReason,
        Instant updatedAt,
        long version) {

    public Benefit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(programme, "programme");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(benefitClass, "benefitClass");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(status, "status");
        priorityAreas = List.copyOf(priorityAreas);
        objectives = List.copyOf(objectives);
        allocations = List.copyOf(allocations);
        investors = List.copyOf(investors);
        prerequisites = List.copyOf(prerequisites);
        evidenceLinks = List.copyOf(evidenceLinks);
        if (allocatedShare(allocations).compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("Allocation shares of " + code + " exceed 100 %");
        }
    }

    /** The sum of the allocation shares, in percent. */
    public static BigDecimal allocatedShare(List<Allocation> allocations) {
        return allocations.stream().map(a -> a.share().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public boolean isDisbenefit() {
        return kind == BenefitKind.DISBENEFIT;
    }

    /** What the benefit lacks; {@code measured} says whether any measurement of it exists. */
    public List<HealthWarning> warnings(boolean measured) {
        List<HealthWarning> warnings = new ArrayList<>();
        if (description.isBlank()) {
            warnings.add(HealthWarning.NO_DESCRIPTION);
        }
        if (observableOutcome.isBlank()) {
            warnings.add(HealthWarning.NO_OBSERVABLE_OUTCOME);
        }
        if (attribution.isBlank()) {
            warnings.add(HealthWarning.NO_ATTRIBUTION);
        }
        if (!measured) {
            warnings.add(HealthWarning.NO_MEASUREMENT);
        }
        if (owner == null) {
            warnings.add(HealthWarning.NO_OWNER);
        }
        if (responsible == null) {
            warnings.add(HealthWarning.NO_RESPONSIBLE);
        }
        if (objectives.isEmpty()) {
            warnings.add(HealthWarning.NO_OBJECTIVE);
        }
        return warnings;
    }

    /**
     * What the benefit must have before it may be in the status, as message keys: a planned benefit has an owner,
     * a responsible and at least one objective; a prioritised one says why; a realising one has a start date.
     */
    public List<String> missingFor(BenefitStatus target) {
        List<String> missing = new ArrayList<>();
        if (target.compareTo(BenefitStatus.PRIORITISED) >= 0 && target != BenefitStatus.ABANDONED) {
            if (priorityRationale.isBlank()) {
                missing.add("benefit.lifecycle.needsPriorityRationale");
            }
        }
        if (target.compareTo(BenefitStatus.PLANNED) >= 0 && target != BenefitStatus.ABANDONED) {
            if (owner == null) {
                missing.add("benefit.lifecycle.needsOwner");
            }
            if (responsible == null) {
                missing.add("benefit.lifecycle.needsResponsible");
            }
            if (objectives.isEmpty()) {
                missing.add("benefit.lifecycle.needsObjective");
            }
        }
        if (target.compareTo(BenefitStatus.REALISING) >= 0 && target != BenefitStatus.ABANDONED) {
            if (expectedStart == null) {
                missing.add("benefit.lifecycle.needsExpectedStart");
            }
        }
        if (target == BenefitStatus.ABANDONED && (abandonReason == null || abandonReason.isBlank())) {
            missing.add("benefit.lifecycle.needsReason");
        }
        return missing;
    }

    /** Moves the benefit one step on in its lifecycle, refusing steps the lifecycle or the profile do not allow. */
    public Benefit moveTo(BenefitStatus target) {
        if (target == BenefitStatus.ABANDONED) {
            throw InvalidInputException.of("reason", "benefit.lifecycle.needsReason");
        }
        refuseIllegalStep(target);
        Violations violations = new Violations();
        missingFor(target).forEach(key -> violations.add("status", key));
        violations.throwIfAny();
        return withStatus(target, null);
    }

    /** Abandons the benefit from any state that has not ended; the reason is required and kept. */
    public Benefit abandon(String reason) {
        refuseIllegalStep(BenefitStatus.ABANDONED);
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "benefit.lifecycle.needsReason");
        }
        return withStatus(BenefitStatus.ABANDONED, reason.strip());
    }

    private void refuseIllegalStep(BenefitStatus target) {
        if (!status.canMoveTo(target)) {
            throw InvalidInputException.of("status", "benefit.lifecycle.illegal", status.name(), target.name());
        }
    }

    private Benefit withStatus(BenefitStatus newStatus, String reason) {
        return toBuilder().status(newStatus).abandonReason(reason).build();
    }

    /** A benefit built by name; see {@link BenefitBuilder} for what is left unset. */
    public static BenefitBuilder builder() {
        return new BenefitBuilder();
    }

    /** A builder holding this benefit's values, to change a few of them. */
    public BenefitBuilder toBuilder() {
        return BenefitBuilder.of(this);
    }
}
