package no.gevinst.plan.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import no.gevinst.plan.Comparison;
import no.gevinst.plan.PlanSnapshot;

/**
 * Compares two snapshots field by field. Each snapshot is flattened into fields keyed by what they belong to (by
 * id, so a renamed benefit is one benefit with a changed title) and what they are; the fields whose values differ,
 * or that only one side has, are the changes, in the order of the later snapshot.
 */
final class SnapshotComparer {

    private SnapshotComparer() {}

    /** A field with the subject it belongs to as people read it. */
    private record Field(String subject, String field, String detail, String value) {}

    static List<Comparison.Change> compare(PlanSnapshot before, PlanSnapshot after) {
        Map<String, Field> old = flatten(before);
        Map<String, Field> now = flatten(after);
        List<Comparison.Change> changes = new ArrayList<>();
        now.forEach((key, field) -> {
            Field was = old.get(key);
            String previous = was == null ? null : was.value();
            if (!Objects.equals(previous, field.value())) {
                changes.add(
                        new Comparison.Change(field.subject(), field.field(), field.detail(), previous, field.value()));
            }
        });
        old.forEach((key, field) -> {
            if (!now.containsKey(key)) {
                changes.add(new Comparison.Change(field.subject(), field.field(), field.detail(), field.value(), null));
            }
        });
        return changes;
    }

    private static Map<String, Field> flatten(PlanSnapshot s) {
        Map<String, Field> fields = new LinkedHashMap<>();
        planFields(fields, s);
        s.benefits().forEach(b -> benefitFields(fields, b));
        s.measures().forEach(m -> measureFields(fields, m));
        s.risks().forEach(r -> riskFields(fields, r));
        return fields;
    }

    private static void planFields(Map<String, Field> fields, PlanSnapshot s) {
        Adder plan = new Adder(fields, "plan", "plan.subject.plan");
        plan.add("plan.field.background", "", s.sections().background());
        plan.add("plan.field.goalsAndProducts", "", s.sections().goalsAndProducts());
        plan.add("plan.field.responsibilities", "", s.sections().responsibilities());
        plan.add("plan.field.measuresAndRisks", "", s.sections().measuresAndRisks());
        plan.add("plan.field.nonPricedFollowUp", "", s.sections().nonPricedFollowUp());
        plan.add("plan.field.reportingSchedule", "", s.sections().reportingSchedule());
        plan.add("plan.field.netPresentValue", "", money(s.netPresentValue()));
    }

    private static void benefitFields(Map<String, Field> fields, PlanSnapshot.BenefitEntry b) {
        Adder benefit = new Adder(fields, b.id(), b.code() + " " + b.title());
        benefit.add("plan.field.title", "", b.title());
        benefit.add("plan.field.benefitClass", "", b.benefitClass());
        benefit.add("plan.field.status", "", b.status());
        benefit.add("plan.field.owner", "", b.owner());
        benefit.add("plan.field.responsible", "", b.responsible());
        benefit.add("plan.field.expectedStart", "", text(b.expectedStart()));
        benefit.add("plan.field.fullEffect", "", text(b.fullEffect()));
        benefit.add("plan.field.nokPerYear", "", money(b.nokPerYear()));
        for (PlanSnapshot.IndicatorEntry i : b.indicators()) {
            Adder indicator = new Adder(fields, i.id(), b.code() + " · " + i.name());
            indicator.add("plan.field.unit", "", i.unit());
            indicator.add("plan.field.frequency", "", i.frequency());
            indicator.add("plan.field.measuredBy", "", i.measuredBy());
            indicator.add("plan.field.baseline", "", number(i.baseline()));
            for (PlanSnapshot.TargetEntry t : i.targets()) {
                indicator.add("plan.field.target", t.date().toString(), number(t.value()));
            }
        }
    }

    private static void measureFields(Map<String, Field> fields, PlanSnapshot.MeasureEntry m) {
        Adder measure = new Adder(fields, m.id(), m.action());
        measure.add("plan.field.action", "", m.action());
        measure.add("plan.field.responsible", "", m.responsible());
        measure.add("plan.field.deadline", "", text(m.deadline()));
        measure.add("plan.field.status", "", m.status());
        measure.add("plan.field.cost", "", money(m.cost()));
        measure.add("plan.field.benefits", "", String.join(", ", m.benefits()));
    }

    private static void riskFields(Map<String, Field> fields, PlanSnapshot.RiskEntry r) {
        Adder risk = new Adder(fields, r.id(), r.description());
        risk.add("plan.field.description", "", r.description());
        risk.add("plan.field.probability", "", String.valueOf(r.probability()));
        risk.add("plan.field.impact", "", String.valueOf(r.impact()));
        risk.add("plan.field.mitigation", "", r.mitigation());
        risk.add("plan.field.owner", "", r.owner());
        risk.add("plan.field.status", "", r.status());
    }

    /** Adds the fields of one subject; blank values are left out, so that a field set for the first time shows. */
    private record Adder(Map<String, Field> fields, String key, String subject) {

        void add(String field, String detail, String value) {
            if (value != null && !value.isBlank()) {
                fields.put(key + "|" + field + "|" + detail, new Field(subject, field, detail, value));
            }
        }
    }

    private static String number(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    /** Money to whole kroner, as the plan shows it: a change of less than a krone is no change. */
    private static String money(BigDecimal value) {
        return value == null
                ? null
                : value.setScale(0, java.math.RoundingMode.HALF_EVEN).toPlainString();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
