package no.gevinst.demo;

import java.util.List;
import java.util.function.UnaryOperator;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitInput;
import no.gevinst.benefit.BenefitStatus;
import no.gevinst.benefit.Benefits;
import no.gevinst.programme.FrameworkItem;
import no.gevinst.programme.Objective;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import org.springframework.stereotype.Component;

/** Registers the benefits of {@code demo/benefits.json} and moves each to its demo status. */
@Component
class DemoBenefits {

    static final String FILE = "benefits.json";

    private final Benefits benefits;
    private final Programmes programmes;

    DemoBenefits(Benefits benefits, Programmes programmes) {
        this.benefits = benefits;
        this.programmes = programmes;
    }

    /** Loads the benefits of each programme, in the file's order; the keys name organisations and people. */
    void load(List<Programme> loaded, UnaryOperator<String> organisationId, UnaryOperator<String> personId) {
        for (DemoBenefitData.OfProgramme file : DemoFiles.list(FILE, DemoBenefitData.OfProgramme[].class)) {
            Programme programme = loaded.stream()
                    .filter(p -> p.code().equals(file.programme()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No demo programme " + file.programme()));
            Inputs inputs = new Inputs(programme, organisationId, personId);
            List<BenefitInput> made = file.benefits().stream().map(inputs::of).toList();
            for (int i = 0; i < made.size(); i++) {
                save(made.get(i), BenefitStatus.valueOf(file.benefits().get(i).status()));
            }
        }
    }

    /** Registers one benefit of a programme as the file writes it, without moving it on from identified. */
    Benefit create(
            Programme programme,
            DemoBenefitData data,
            UnaryOperator<String> organisationId,
            UnaryOperator<String> personId) {
        return benefits.create(new Inputs(programme, organisationId, personId).of(data));
    }

    private void save(BenefitInput input, BenefitStatus status) {
        Benefit benefit = benefits.create(input);
        for (BenefitStatus step : BenefitStatus.values()) {
            if (step.compareTo(status) > 0 || step == BenefitStatus.IDENTIFIED) {
                continue;
            }
            benefit = benefits.transition(benefit.id(), step, null, benefit.version());
        }
    }

    /** Turns the file's keys, numbers and names into the ids the benefit form sends. */
    private final class Inputs {
        private final Programme programme;
        private final List<Objective> objectives;
        private final UnaryOperator<String> organisationId;
        private final UnaryOperator<String> personId;

        Inputs(Programme programme, UnaryOperator<String> organisationId, UnaryOperator<String> personId) {
            this.programme = programme;
            this.objectives = programmes.objectives(programme.id());
            this.organisationId = organisationId;
            this.personId = personId;
        }

        BenefitInput of(DemoBenefitData b) {
            return BenefitInput.builder()
                    .programmeId(programme.id().toString())
                    .title(b.title())
                    .description(b.description())
                    .observableOutcome(b.outcome())
                    .attribution(b.attribution())
                    .kind(b.kind())
                    .areaId(item(programme.areas(), b.area()))
                    .priorityAreaIds(
                            b.priorityArea() == null
                                    ? List.of()
                                    : List.of(item(programme.priorityAreas(), b.priorityArea())))
                    .benefitClass(b.benefitClass())
                    .objectiveIds(b.objectives().stream().map(this::objective).toList())
                    .allocations(b.allocations().stream()
                            .map(s ->
                                    new BenefitInput.AllocationInput(organisationId.apply(s.organisation()), s.share()))
                            .toList())
                    .investorIds(b.investors().stream().map(organisationId).toList())
                    .ownerId(personId.apply(b.owner()))
                    .responsibleId(personId.apply(b.responsible()))
                    .units(b.units())
                    .expectedStart(b.expectedStart())
                    .fullEffect(b.fullEffect())
                    .priority(b.priority())
                    .priorityRationale(b.rationale())
                    .prerequisites(List.of())
                    .evidenceLinks(List.of())
                    .build();
        }

        private String objective(int number) {
            return objectives.stream()
                    .filter(o -> o.number() == number)
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No objective " + number + " in " + programme.code()))
                    .id()
                    .toString();
        }

        private String item(List<FrameworkItem> items, String name) {
            return items.stream()
                    .filter(i -> i.name().equals(name))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No framework item " + name))
                    .id()
                    .toString();
        }
    }
}
