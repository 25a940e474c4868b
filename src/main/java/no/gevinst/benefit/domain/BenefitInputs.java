package no.gevinst.benefit.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitInput;

/** Turns a benefit back into the input that describes it: for edit forms, exports and lifecycle moves. */
public final class BenefitInputs {

    private BenefitInputs() {}

    public static BenefitInput of(Benefit b) {
        return BenefitInput.builder()
                .programmeId(b.programme().toString())
                .code(b.code())
                .title(b.title())
                .description(b.description())
                .observableOutcome(b.observableOutcome())
                .attribution(b.attribution())
                .kind(b.kind().name())
                .areaId(text(b.area()))
                .priorityAreaIds(strings(b.priorityAreas()))
                .benefitClass(b.benefitClass().name())
                .objectiveIds(strings(b.objectives()))
                .allocations(b.allocations().stream()
                        .map(a -> new BenefitInput.AllocationInput(
                                a.organisation().toString(),
                                a.share().value().stripTrailingZeros().toPlainString()))
                        .toList())
                .investorIds(strings(b.investors()))
                .ownerId(text(b.owner()))
                .responsibleId(text(b.responsible()))
                .units(b.units())
                .expectedStart(date(b.expectedStart()))
                .fullEffect(date(b.fullEffect()))
                .priority(b.priority().name())
                .priorityRationale(b.priorityRationale())
                .prerequisites(b.prerequisites())
                .evidenceLinks(b.evidenceLinks())
                .status(b.status().name())
                .build();
    }

    private static List<String> strings(List<?> ids) {
        return ids.stream().map(Objects::toString).toList();
    }

    private static String text(Object id) {
        return id == null ? "" : id.toString();
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
