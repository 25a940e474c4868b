package no.gevinst.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitQuery;
import no.gevinst.benefit.Benefits;
import no.gevinst.plan.Measure;
import no.gevinst.plan.Plan;
import no.gevinst.plan.PlanSections;
import no.gevinst.plan.PlanVersion;
import no.gevinst.plan.Plans;
import no.gevinst.plan.Risk;
import no.gevinst.shared.ProgrammeId;
import org.springframework.stereotype.Component;

/**
 * The demo's realisation plans, read from {@code demo/plans.json}. DBEP's is the plan Helsedirektoratet sent Digdir
 * for the co-financing (seed 004), with its measures for realising the benefits in the sector and the three risks the
 * letter names; version 1 is approved by DBEP's steering group, and version 2 is the updated plan the letter promises
 * for the coming year, started after the pilot so that the demo has a comparison to show. Helseplattformen has no
 * programme plan in the demo (users and tests make it from scratch), only St. Olavs hospital's sub-plan, which
 * {@link DemoHandover} loads before it hands over the benefit its measures serve.
 */
@Component
class DemoPlans {

    static final String FILE = "plans.json";

    private final Plans plans;
    private final Benefits benefits;

    DemoPlans(Plans plans, Benefits benefits) {
        this.plans = plans;
        this.benefits = benefits;
    }

    /** Loads the file's plans of one programme, in the file's order; {@code party} gives an organisation's id. */
    void load(String code, ProgrammeId programme, UnaryOperator<String> party, UnaryOperator<String> personId) {
        for (DemoPlanData data : DemoFiles.list(FILE, DemoPlanData[].class)) {
            if (data.programme().equals(code)) {
                new PlanWriter(programme, personId).write(data, data.party() == null ? "" : party.apply(data.party()));
            }
        }
    }

    /** Writes one plan: version 1 with its measures and risks, approved, and the draft of version 2 if any. */
    private final class PlanWriter {
        private final ProgrammeId programme;
        private final UnaryOperator<String> personId;
        private final List<Benefit> register;
        private final Map<String, Measure> measures = new LinkedHashMap<>();
        private final Map<String, Risk> risks = new LinkedHashMap<>();

        PlanWriter(ProgrammeId programme, UnaryOperator<String> personId) {
            this.programme = programme;
            this.personId = personId;
            this.register = benefits.list(BenefitQuery.inProgramme(programme));
        }

        void write(DemoPlanData data, String party) {
            Plan plan = plans.create(programme, new Plans.PlanInput(party, data.title()));
            if (data.sections() != null) {
                plans.editSections(
                        plan.id(),
                        1,
                        data.sections(),
                        plans.version(plan.id(), 1).version());
            }
            data.measures().forEach(m -> measures.put(m.action(), plans.addMeasure(plan.id(), measure(m, m.status()))));
            data.risks().forEach(r -> risks.put(r.description(), plans.addRisk(plan.id(), risk(r))));
            plans.submit(plan.id(), 1);
            plans.approve(plan.id(), 1, data.approval());
            if (data.draft() != null) {
                draft(plan, data);
            }
        }

        private void draft(Plan plan, DemoPlanData data) {
            DemoPlanData.Draft draft = data.draft();
            PlanVersion next = plans.newDraft(plan.id(), draft.reason());
            plans.editSections(plan.id(), next.number(), withBackground(data.sections(), draft), next.version());
            for (DemoPlanData.MeasureChange change : draft.measures()) {
                Measure measure = measures.get(change.action());
                DemoPlanData.Measure written = data.measures().stream()
                        .filter(m -> m.action().equals(change.action()))
                        .findFirst()
                        .orElseThrow();
                Plans.MeasureInput input = measure(written, change.status());
                plans.updateMeasure(
                        plan.id(),
                        measure.id(),
                        new Plans.MeasureInput(
                                input.action(),
                                measure.benefits().stream()
                                        .map(Object::toString)
                                        .toList(),
                                input.responsibleId(),
                                input.deadline(),
                                input.status(),
                                input.cost()),
                        measure.version());
            }
            draft.risks().forEach(change -> changeRisk(plan, risks.get(change.description()), change));
        }

        private void changeRisk(Plan plan, Risk risk, DemoPlanData.RiskChange change) {
            plans.updateRisk(
                    plan.id(),
                    risk.id(),
                    new Plans.RiskInput(
                            risk.description(),
                            risk.benefit() == null ? null : risk.benefit().toString(),
                            risk.cause(),
                            risk.consequence(),
                            change.probability(),
                            String.valueOf(risk.impact()),
                            risk.mitigation() + change.mitigation(),
                            risk.owner().toString(),
                            change.status()),
                    risk.version());
        }

        private Plans.MeasureInput measure(DemoPlanData.Measure m, String status) {
            return new Plans.MeasureInput(
                    m.action(),
                    m.benefits().stream().map(this::benefit).toList(),
                    personId.apply(m.responsible()),
                    m.deadline(),
                    status,
                    m.cost());
        }

        private Plans.RiskInput risk(DemoPlanData.Risk r) {
            return new Plans.RiskInput(
                    r.description(),
                    benefit(r.benefit()),
                    r.cause(),
                    r.consequence(),
                    r.probability(),
                    r.impact(),
                    r.mitigation(),
                    personId.apply(r.owner()),
                    r.status());
        }

        private String benefit(String title) {
            return register.stream()
                    .filter(b -> b.title().equals(title))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No demo benefit " + title))
                    .id()
                    .toString();
        }
    }

    /** Version 2's text: version 1's, with what the draft adds to the background. */
    private static PlanSections withBackground(PlanSections first, DemoPlanData.Draft draft) {
        return new PlanSections(
                first.background() + draft.background(),
                first.goalsAndProducts(),
                first.responsibilities(),
                first.measuresAndRisks(),
                first.nonPricedFollowUp(),
                first.reportingSchedule());
    }
}
