package no.gevinst.plan.domain;

import no.gevinst.audit.AuditLog;
import no.gevinst.plan.Measure;
import no.gevinst.plan.Plans.MeasureInput;
import no.gevinst.plan.Plans.RiskInput;
import no.gevinst.plan.Risk;
import org.springframework.stereotype.Component;

/** A plan's measures and its risks, both kept through the one handler for a plan's entries. */
@Component
class MeasuresAndRisks {

    private final PlanEntries<Measure, MeasureInput> measures;
    private final PlanEntries<Risk, RiskInput> risks;

    MeasuresAndRisks(PlanEntryRepository repository, PlanEntryInputs inputs, PlanAccess access, AuditLog auditLog) {
        this.measures = new PlanEntries<>(
                new PlanEntries.Kind<>(
                        "measure",
                        "plan-measure",
                        Measure::id,
                        Measure::version,
                        repository::measures,
                        repository::insert,
                        repository::update,
                        repository::deleteMeasure,
                        inputs::measure),
                access,
                auditLog);
        this.risks = new PlanEntries<>(
                new PlanEntries.Kind<>(
                        "risk",
                        "plan-risk",
                        Risk::id,
                        Risk::version,
                        repository::risks,
                        repository::insert,
                        repository::update,
                        repository::deleteRisk,
                        inputs::risk),
                access,
                auditLog);
    }

    PlanEntries<Measure, MeasureInput> measures() {
        return measures;
    }

    PlanEntries<Risk, RiskInput> risks() {
        return risks;
    }
}
