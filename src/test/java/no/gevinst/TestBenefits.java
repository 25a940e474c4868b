package no.gevinst;

import java.time.LocalDate;
import java.util.List;
import no.gevinst.benefit.Allocation;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitClass;
import no.gevinst.benefit.BenefitStatus;
import no.gevinst.benefit.Priority;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.ObjectiveId;
import no.gevinst.shared.PersonId;
import no.gevinst.shared.ProgrammeId;

/**
 * Benefits for unit tests that need the record itself, not one stored through the service, built by name: a new
 * benefit of a new programme, noted down and nothing else (no texts, people, objectives, allocations or dates,
 * priority MEDIUM, status IDENTIFIED), changing only the fields a test cares about.
 */
public final class TestBenefits {

    private BenefitId id = BenefitId.newId();
    private ProgrammeId programme = ProgrammeId.newId();
    private String code = "B-001";
    private String title = "Gevinst";
    private String description = "";
    private String observableOutcome = "";
    private String attribution = "";
    private BenefitClass benefitClass = BenefitClass.NON_PRICED;
    private List<ObjectiveId> objectives = List.of();
    private List<Allocation> allocations = List.of();
    private PersonId owner;
    private PersonId responsible;
    private String units = "";
    private LocalDate expectedStart;
    private Priority priority = Priority.MEDIUM;
    private String priorityRationale;
    private BenefitStatus status = BenefitStatus.IDENTIFIED;
    private String abandonReason;

    private TestBenefits() {}

    public static TestBenefits benefit() {
        return new TestBenefits();
    }

    public TestBenefits id(BenefitId id) {
        this.id = id;
        return this;
    }

    public TestBenefits programme(ProgrammeId programme) {
        this.programme = programme;
        return this;
    }

    public TestBenefits code(String code) {
        this.code = code;
        return this;
    }

    public TestBenefits title(String title) {
        this.title = title;
        return this;
    }

    /** The description, the observable outcome and the attribution, all the same text. */
    public TestBenefits texts(String text) {
        this.description = text;
        this.observableOutcome = text;
        this.attribution = text;
        return this;
    }

    public TestBenefits benefitClass(BenefitClass benefitClass) {
        this.benefitClass = benefitClass;
        return this;
    }

    public TestBenefits objectives(List<ObjectiveId> objectives) {
        this.objectives = objectives;
        return this;
    }

    public TestBenefits allocations(List<Allocation> allocations) {
        this.allocations = allocations;
        return this;
    }

    public TestBenefits owner(PersonId owner) {
        this.owner = owner;
        return this;
    }

    public TestBenefits responsible(PersonId responsible) {
        this.responsible = responsible;
        return this;
    }

    public TestBenefits units(String units) {
        this.units = units;
        return this;
    }

    public TestBenefits expectedStart(LocalDate expectedStart) {
        this.expectedStart = expectedStart;
        return this;
    }

    public TestBenefits priority(Priority priority, String rationale) {
        this.priority = priority;
        this.priorityRationale = rationale;
        return this;
    }

    public TestBenefits status(BenefitStatus status) {
        this.status = status;
        return this;
    }

    public TestBenefits abandonReason(String abandonReason) {
        this.abandonReason = abandonReason;
        return this;
    }

    public Benefit build() {
        return Benefit.builder()
                .id(id)
                .programme(programme)
                .code(code)
                .title(title)
                .description(description)
                .observableOutcome(observableOutcome)
                .attribution(attribution)
                .benefitClass(benefitClass)
                .objectives(objectives)
                .allocations(allocations)
                .owner(owner)
                .responsible(responsible)
                .units(units)
                .expectedStart(expectedStart)
                .priority(priority)
                .priorityRationale(priorityRationale)
                .status(status)
                .abandonReason(abandonReason)
                .version(0)
                .build();
    }
}
