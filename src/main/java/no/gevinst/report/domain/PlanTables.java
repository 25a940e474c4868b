package no.gevinst.report.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import no.gevinst.benefit.BenefitClass;
import no.gevinst.plan.PlanSnapshot;
import no.gevinst.shared.DocumentTable;
import no.gevinst.shared.DocumentWriter;

/**
 * The plan document's tables, from its content: the benefits by class (with the programmes a benefit is shared with),
 * the measures, the risks, the follow-up of non-priced benefits and the measurement schedule.
 */
final class PlanTables {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private PlanTables() {}

    /** A benefit shared between programmes, as the plan names it: its share and home programme (issue 18). */
    static String shared(DocumentWriter w, PlanSnapshot.BenefitEntry b) {
        PlanSnapshot.SharingEntry s = b.sharing();
        if (s == null) {
            return "";
        }
        String share = s.share().stripTrailingZeros().toPlainString().replace('.', ',');
        return " ("
                + (s.atHome()
                        ? w.word("plan.shared.kept", share, s.otherProgrammes())
                        : w.word("plan.shared.received", share, s.home()))
                + ")";
    }

    static List<PlanDocument.ClassGroup> benefitClasses(DocumentWriter w, PlanSnapshot content) {
        return Arrays.stream(BenefitClass.values())
                .map(c -> new PlanDocument.ClassGroup(
                        w.word("benefit.class." + c.name()),
                        w.tableOf(
                                List.of(
                                        "plan.field.benefit",
                                        "plan.field.status",
                                        "plan.field.expectedStart",
                                        "plan.field.nokPerYear"),
                                content.benefits().stream()
                                        .filter(b -> b.benefitClass().equals(c.name()))
                                        .toList(),
                                b -> List.of(
                                        b.code() + " " + b.title() + shared(w, b),
                                        w.word("benefit.status." + b.status()),
                                        date(b.expectedStart()),
                                        w.money(b.nokPerYear())))))
                .toList();
    }

    static DocumentTable measures(DocumentWriter w, PlanSnapshot content) {
        return w.tableOf(
                List.of(
                        "plan.field.action",
                        "plan.field.benefits",
                        "plan.field.responsible",
                        "plan.field.deadline",
                        "plan.field.status",
                        "plan.field.cost"),
                content.measures(),
                m -> List.of(
                        m.action(),
                        String.join(", ", m.benefits()),
                        nz(m.responsible()),
                        date(m.deadline()),
                        w.word("plan.measureStatus." + m.status()),
                        w.money(m.cost())));
    }

    static DocumentTable risks(DocumentWriter w, PlanSnapshot content) {
        return w.tableOf(
                List.of(
                        "plan.field.description",
                        "plan.field.benefit",
                        "plan.field.probability",
                        "plan.field.impact",
                        "plan.field.score",
                        "plan.field.mitigation",
                        "plan.field.owner"),
                content.risks(),
                r -> List.of(
                        r.description(),
                        nz(r.benefit()),
                        String.valueOf(r.probability()),
                        String.valueOf(r.impact()),
                        String.valueOf(r.score()),
                        r.mitigation(),
                        nz(r.owner())));
    }

    static DocumentTable followUp(DocumentWriter w, PlanSnapshot content) {
        List<List<String>> rows = content.benefits().stream()
                .filter(b -> b.benefitClass().equals(BenefitClass.NON_PRICED.name()))
                .flatMap(b -> b.indicators().stream()
                        .map(i -> List.of(
                                b.code() + " " + b.title(),
                                i.name() + " (" + i.unit() + ")",
                                w.number(i.baseline()),
                                i.targets().isEmpty()
                                        ? "–"
                                        : w.number(i.targets().getLast().value()) + " ("
                                                + date(i.targets().getLast().date()) + ")")))
                .toList();
        return w.tableOf(
                List.of("plan.field.benefit", "plan.field.indicator", "plan.field.baseline", "plan.field.target"),
                rows,
                row -> row);
    }

    static DocumentTable measurementSchedule(DocumentWriter w, PlanSnapshot content) {
        List<List<String>> rows = content.benefits().stream()
                .flatMap(b -> b.indicators().stream()
                        .map(i -> List.of(
                                i.name(),
                                b.code(),
                                w.word("indicator.frequency." + i.frequency()),
                                nz(i.measuredBy()),
                                w.number(i.costHours()))))
                .toList();
        return w.tableOf(
                List.of(
                        "plan.field.indicator",
                        "plan.field.benefit",
                        "plan.field.frequency",
                        "plan.field.measuredBy",
                        "plan.field.costHours"),
                rows,
                row -> row);
    }

    static String nz(String text) {
        return text == null || text.isBlank() ? "–" : text;
    }

    static String date(LocalDate date) {
        return date == null ? "–" : DATE.format(date);
    }
}
