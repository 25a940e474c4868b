package no.gevinst.benefit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.FrameworkItemId;
import no.gevinst.shared.ObjectiveId;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.PersonId;
import no.gevinst.shared.ProgrammeId;

/**
 * Builds a {@link Benefit} by name instead of by 27 positions: {@code Benefit.builder().id(id).programme(p).code(…)
 * .title(…).benefitClass(…).priority(…).build()}, or {@code benefit.toBuilder().status(…).build()} for a copy with a
 * change. Unset texts are blank, lists empty, references and dates null; the kind is a benefit and the status
 * IDENTIFIED unless set. The record still checks what it requires when built.
 */
public final class BenefitBuilder {

    private BenefitId id;
    private ProgrammeId programme;
    private String code = "";
    private String title = "";
    private String description = "";
    private String observableOutcome = "";
    private String attribution = "";
    private BenefitKind kind = BenefitKind.BENEFIT;
    private FrameworkItemId area;
    private List<FrameworkItemId> priorityAreas = List.of();
    private BenefitClass benefitClass;
    private List<ObjectiveId> objectives = List.of();
    private List<Allocation> allocations = List.of();
    private List<OrganisationId> investors = List.of();
    private PersonId owner;
    private PersonId responsible;
    private String units = "";
    private LocalDate expectedStart;
    private LocalDate fullEffect;
    private Priority priority;
    private String priorityRationale = "";
    private List<String> prerequisites = List.of();
    private List<String> evidenceLinks = List.of();
    private BenefitStatus status = BenefitStatus.IDENTIFIED;
    private String abandonReason;
    private Instant updatedAt;
    private long version;

    BenefitBuilder() {}

    /** A builder holding the values of the benefit, to change a few of them. */
    static BenefitBuilder of(Benefit from) {
        BenefitBuilder b = new BenefitBuilder();
        b.id = from.id();
        b.programme = from.programme();
        b.code = from.code();
        b.title = from.title();
        b.description = from.description();
        b.observableOutcome = from.observableOutcome();
        b.attribution = from.attribution();
        b.kind = from.kind();
        b.area = from.area();
        b.priorityAreas = from.priorityAreas();
        b.benefitClass = from.benefitClass();
        b.objectives = from.objectives();
        b.allocations = from.allocations();
        b.investors = from.investors();
        b.owner = from.owner();
        b.responsible = from.responsible();
        b.units = from.units();
        b.expectedStart = from.expectedStart();
        b.fullEffect = from.fullEffect();
        b.priority = from.priority();
        b.priorityRationale = from.priorityRationale();
        b.prerequisites = from.prerequisites();
        b.evidenceLinks = from.evidenceLinks();
        b.status = from.status();
        b.abandonReason = from.abandonReason();
        b.updatedAt = from.updatedAt();
        b.version = from.version();
        return b;
    }

    public BenefitBuilder id(BenefitId id) {
        this.id = id;
        return this;
    }

    public BenefitBuilder programme(ProgrammeId programme) {
        this.programme = programme;
        return this;
    }

    public BenefitBuilder code(String code) {
        this.code = code;
        return this;
    }

    public BenefitBuilder title(String title) {
        this.title = title;
        return this;
    }

    public BenefitBuilder description(String description) {
        this.description = description;
        return this;
    }

    public BenefitBuilder observableOutcome(String observableOutcome) {
        this.observableOutcome = observableOutcome;
        return this;
    }

    public BenefitBuilder attribution(String attribution) {
        this.attribution = attribution;
        return this;
    }

    public BenefitBuilder kind(BenefitKind kind) {
        this.kind = kind;
        return this;
    }

    public BenefitBuilder area(FrameworkItemId area) {
        this.area = area;
        return this;
    }

    public BenefitBuilder priorityAreas(List<FrameworkItemId> priorityAreas) {
        this.priorityAreas = priorityAreas;
        return this;
    }

    public BenefitBuilder benefitClass(BenefitClass benefitClass) {
        this.benefitClass = benefitClass;
        return this;
    }

    public BenefitBuilder objectives(List<ObjectiveId> objectives) {
        this.objectives = objectives;
        return this;
    }

    public BenefitBuilder allocations(List<Allocation> allocations) {
        this.allocations = allocations;
        return this;
    }

    public BenefitBuilder investors(List<OrganisationId> investors) {
        this.investors = investors;
        return this;
    }

    public BenefitBuilder owner(PersonId owner) {
        this.owner = owner;
        return this;
    }

    public BenefitBuilder responsible(PersonId responsible) {
        this.responsible = responsible;
        return this;
    }

    public BenefitBuilder units(String units) {
        this.units = units;
        return this;
    }

    public BenefitBuilder expectedStart(LocalDate expectedStart) {
        this.expectedStart = expectedStart;
        return this;
    }

    public BenefitBuilder fullEffect(LocalDate fullEffect) {
        this.fullEffect = fullEffect;
        return this;
    }

    public BenefitBuilder priority(Priority priority) {
        this.priority = priority;
        return this;
    }

    public BenefitBuilder priorityRationale(String priorityRationale) {
        this.priorityRationale = priorityRationale;
        return this;
    }

    public BenefitBuilder prerequisites(List<String> prerequisites) {
        this.prerequisites = prerequisites;
        return this;
    }

    public BenefitBuilder evidenceLinks(List<String> evidenceLinks) {
        this.evidenceLinks = evidenceLinks;
        return this;
    }

    public BenefitBuilder status(BenefitStatus status) {
        this.status = status;
        return this;
    }

    public BenefitBuilder abandonReason(String abandonReason) {
        this.abandonReason = abandonReason;
        return this;
    }

    public BenefitBuilder updatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
        return this;
    }

    public BenefitBuilder version(long version) {
        this.version = version;
        return this;
    }

    public Benefit build() {
        return new Benefit(
                id,
                programme,
                code,
                title,
                description,
                observableOutcome,
                attribution,
                kind,
                area,
                priorityAreas,
                benefitClass,
                objectives,
                allocations,
                investors,
                owner,
                responsible,
                units,
                expectedStart,
                fullEffect,
                priority,
                priorityRationale,
                prerequisites,
                evidenceLinks,
                status,
                abandonReason,
                updatedAt,
                version);
    }
}
