package no.gevinst;

import java.util.List;
import no.gevinst.benefit.BenefitInput;

/**
 * Benefit inputs for tests, built from a bare one (a title and a justified priority, nothing else) or from another
 * input, changing only the fields a test cares about: the record has too many fields to spell out in every test.
 */
public final class TestBenefitInputs {

    private String programmeId;
    private String code;
    private String title;
    private String description = "";
    private String observableOutcome = "";
    private String attribution = "";
    private String kind = "BENEFIT";
    private String areaId;
    private List<String> priorityAreaIds = List.of();
    private String benefitClass = "NON_PRICED";
    private List<String> objectiveIds = List.of();
    private List<BenefitInput.AllocationInput> allocations = List.of();
    private List<String> investorIds = List.of();
    private String ownerId;
    private String responsibleId;
    private String units = "";
    private String expectedStart;
    private String fullEffect;
    private String priority = "MEDIUM";
    private String priorityRationale = "Begrunnet";
    private List<String> prerequisites = List.of();
    private List<String> evidenceLinks = List.of();
    private String status;

    private TestBenefitInputs() {}

    /** A bare benefit of the programme in the class NON_PRICED. */
    public static TestBenefitInputs bare(String programmeId, String title) {
        TestBenefitInputs b = new TestBenefitInputs();
        b.programmeId = programmeId;
        b.title = title;
        return b;
    }

    /** Every field as the input has it. */
    public static TestBenefitInputs from(BenefitInput in) {
        TestBenefitInputs b = new TestBenefitInputs();
        b.programmeId = in.programmeId();
        b.code = in.code();
        b.title = in.title();
        b.description = in.description();
        b.observableOutcome = in.observableOutcome();
        b.attribution = in.attribution();
        b.kind = in.kind();
        b.areaId = in.areaId();
        b.priorityAreaIds = in.priorityAreaIds();
        b.benefitClass = in.benefitClass();
        b.objectiveIds = in.objectiveIds();
        b.allocations = in.allocations();
        b.investorIds = in.investorIds();
        b.ownerId = in.ownerId();
        b.responsibleId = in.responsibleId();
        b.units = in.units();
        b.expectedStart = in.expectedStart();
        b.fullEffect = in.fullEffect();
        b.priority = in.priority();
        b.priorityRationale = in.priorityRationale();
        b.prerequisites = in.prerequisites();
        b.evidenceLinks = in.evidenceLinks();
        b.status = in.status();
        return b;
    }

    public TestBenefitInputs title(String title) {
        this.title = title;
        return this;
    }

    public TestBenefitInputs texts(String description, String observableOutcome, String attribution) {
        this.description = description;
        this.observableOutcome = observableOutcome;
        this.attribution = attribution;
        return this;
    }

    public TestBenefitInputs benefitClass(String benefitClass) {
        this.benefitClass = benefitClass;
        return this;
    }

    public TestBenefitInputs allocations(List<BenefitInput.AllocationInput> allocations) {
        this.allocations = allocations;
        return this;
    }

    public TestBenefitInputs investorIds(List<String> investorIds) {
        this.investorIds = investorIds;
        return this;
    }

    /** The benefit's area, priority areas and objectives, as ids. */
    public TestBenefitInputs framework(String areaId, List<String> priorityAreaIds, List<String> objectiveIds) {
        this.areaId = areaId;
        this.priorityAreaIds = priorityAreaIds;
        this.objectiveIds = objectiveIds;
        return this;
    }

    public TestBenefitInputs ownerId(String ownerId) {
        this.ownerId = ownerId;
        return this;
    }

    public TestBenefitInputs units(String units) {
        this.units = units;
        return this;
    }

    public TestBenefitInputs expectedStart(String expectedStart) {
        this.expectedStart = expectedStart;
        return this;
    }

    public BenefitInput build() {
        return BenefitInput.builder()
                .programmeId(programmeId)
                .code(code)
                .title(title)
                .description(description)
                .observableOutcome(observableOutcome)
                .attribution(attribution)
                .kind(kind)
                .areaId(areaId)
                .priorityAreaIds(priorityAreaIds)
                .benefitClass(benefitClass)
                .objectiveIds(objectiveIds)
                .allocations(allocations)
                .investorIds(investorIds)
                .ownerId(ownerId)
                .responsibleId(responsibleId)
                .units(units)
                .expectedStart(expectedStart)
                .fullEffect(fullEffect)
                .priority(priority)
                .priorityRationale(priorityRationale)
                .prerequisites(prerequisites)
                .evidenceLinks(evidenceLinks)
                .status(status)
                .build();
    }
}
