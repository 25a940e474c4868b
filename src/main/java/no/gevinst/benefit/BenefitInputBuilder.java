package no.gevinst.benefit;

import java.util.List;

/**
 * Builds a {@link BenefitInput} by name instead of by 23 positions: {@code BenefitInput.builder().programmeId(…)
 * .title(…).kind("BENEFIT").build()}, or {@code input.toBuilder().title(…).build()} for a copy with a change. Unset
 * values are null, as from a client that leaves them out (a null code asks for a new one, a null status is the
 * lifecycle's to set); unset lists are empty.
 */
public final class BenefitInputBuilder {

    private String programmeId;
    private String code;
    private String title;
    private String description;
    private String observableOutcome;
    private String attribution;
    private String kind;
    private String areaId;
    private List<String> priorityAreaIds;
    private String benefitClass;
    private List<String> objectiveIds;
    private List<BenefitInput.AllocationInput> allocations;
    private List<String> investorIds;
    private String ownerId;
    private String responsibleId;
    private String units;
    private String expectedStart;
    private String fullEffect;
    private String priority;
    private String priorityRationale;
    private List<String> prerequisites;
    private List<String> evidenceLinks;
    private String status;

    BenefitInputBuilder() {}

    /** A builder holding the values of the benefitInput, to change a few of them. */
    static BenefitInputBuilder of(BenefitInput from) {
        BenefitInputBuilder b = new BenefitInputBuilder();
        b.programmeId = from.programmeId();
        b.code = from.code();
        b.title = from.title();
        b.description = from.description();
        b.observableOutcome = from.observableOutcome();
        b.attribution = from.attribution();
        b.kind = from.kind();
        b.areaId = from.areaId();
        b.priorityAreaIds = from.priorityAreaIds();
        b.benefitClass = from.benefitClass();
        b.objectiveIds = from.objectiveIds();
        b.allocations = from.allocations();
        b.investorIds = from.investorIds();
        b.ownerId = from.ownerId();
        b.responsibleId = from.responsibleId();
        b.units = from.units();
        b.expectedStart = from.expectedStart();
        b.fullEffect = from.fullEffect();
        b.priority = from.priority();
        b.priorityRationale = from.priorityRationale();
        b.prerequisites = from.prerequisites();
        b.evidenceLinks = from.evidenceLinks();
        b.status = from.status();
        return b;
    }

    public BenefitInputBuilder programmeId(String programmeId) {
        this.programmeId = programmeId;
        return this;
    }

    public BenefitInputBuilder code(String code) {
        this.code = code;
        return this;
    }

    public BenefitInputBuilder title(String title) {
        this.title = title;
        return this;
    }

    public BenefitInputBuilder description(String description) {
        this.description = description;
        return this;
    }

    public BenefitInputBuilder observableOutcome(String observableOutcome) {
        this.observableOutcome = observableOutcome;
        return this;
    }

    public BenefitInputBuilder attribution(String attribution) {
        this.attribution = attribution;
        return this;
    }

    public BenefitInputBuilder kind(String kind) {
        this.kind = kind;
        return this;
    }

    public BenefitInputBuilder areaId(String areaId) {
        this.areaId = areaId;
        return this;
    }

    public BenefitInputBuilder priorityAreaIds(List<String> priorityAreaIds) {
        this.priorityAreaIds = priorityAreaIds;
        return this;
    }

    public BenefitInputBuilder benefitClass(String benefitClass) {
        this.benefitClass = benefitClass;
        return this;
    }

    public BenefitInputBuilder objectiveIds(List<String> objectiveIds) {
        this.objectiveIds = objectiveIds;
        return this;
    }

    public BenefitInputBuilder allocations(List<BenefitInput.AllocationInput> allocations) {
        this.allocations = allocations;
        return this;
    }

    public BenefitInputBuilder investorIds(List<String> investorIds) {
        this.investorIds = investorIds;
        return this;
    }

    public BenefitInputBuilder ownerId(String ownerId) {
        this.ownerId = ownerId;
        return this;
    }

    public BenefitInputBuilder responsibleId(String responsibleId) {
        this.responsibleId = responsibleId;
        return this;
    }

    public BenefitInputBuilder units(String units) {
        this.units = units;
        return this;
    }

    public BenefitInputBuilder expectedStart(String expectedStart) {
        this.expectedStart = expectedStart;
        return this;
    }

    public BenefitInputBuilder fullEffect(String fullEffect) {
        this.fullEffect = fullEffect;
        return this;
    }

    public BenefitInputBuilder priority(String priority) {
        this.priority = priority;
        return this;
    }

    public BenefitInputBuilder priorityRationale(String priorityRationale) {
        this.priorityRationale = priorityRationale;
        return this;
    }

    public BenefitInputBuilder prerequisites(List<String> prerequisites) {
        this.prerequisites = prerequisites;
        return this;
    }

    public BenefitInputBuilder evidenceLinks(List<String> evidenceLinks) {
        this.evidenceLinks = evidenceLinks;
        return this;
    }

    public BenefitInputBuilder status(String status) {
        this.status = status;
        return this;
    }

    public BenefitInput build() {
        return new BenefitInput(
                programmeId,
                code,
                title,
                description,
                observableOutcome,
                attribution,
                kind,
                areaId,
                priorityAreaIds,
                benefitClass,
                objectiveIds,
                allocations,
                investorIds,
                ownerId,
                responsibleId,
                units,
                expectedStart,
                fullEffect,
                priority,
                priorityRationale,
                prerequisites,
                evidenceLinks,
                status);
    }
}
