package no.gevinst.demo;

import java.util.Map;
import java.util.function.UnaryOperator;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.stakeholder.ActionInput;
import no.gevinst.stakeholder.StakeholderInput;
import no.gevinst.stakeholder.Stakeholders;
import org.springframework.stereotype.Component;

/**
 * Helseplattformen's stakeholder analysis (issue 19, seed 000 §2.3.6: leaders at section and department level,
 * employees and their union representatives), with a few actions of the involvement plan, two of them measures, read
 * from {@code demo/stakeholders.json}. All marked as demo.
 */
@Component
class DemoStakeholders {

    static final String FILE = "stakeholders.json";

    private final Stakeholders stakeholders;

    DemoStakeholders(Stakeholders stakeholders) {
        this.stakeholders = stakeholders;
    }

    void load(Map<String, ProgrammeId> byCode, UnaryOperator<String> organisationId, UnaryOperator<String> person) {
        for (DemoStakeholderData data : DemoFiles.list(FILE, DemoStakeholderData[].class)) {
            ProgrammeId programme = byCode.get(data.programme());
            for (DemoStakeholderData.Stakeholder s : data.stakeholders()) {
                stakeholders.loadDemo(
                        programme,
                        new StakeholderInput(
                                s.name(),
                                s.kind(),
                                s.interest(),
                                s.influence(),
                                s.concerns(),
                                s.organisation() == null ? null : organisationId.apply(s.organisation())),
                        s.actions().stream().map(a -> action(a, person)).toList());
            }
        }
    }

    private static ActionInput action(DemoStakeholderData.Action a, UnaryOperator<String> person) {
        return new ActionInput(
                a.description(),
                a.plannedOn(),
                a.channel(),
                person.apply(a.responsible()),
                a.measure(),
                a.measureOwner() == null ? null : person.apply(a.measureOwner()),
                a.measureDeadline());
    }
}
