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
        return new BenefitInput(
                b.programme().toString(),
                b.code(),
                b.title(),
                b.description(),
                b.observableOutcome(),
                b.attribution(),
                b.kind().name(),
                text(b.area()),
                strings(b.priorityAreas()),
                b.benefitClass().name(),
                strings(b.objectives()),
                b.allocations().stream()
                        .map(a -> new BenefitInput.AllocationInput(
                                a.organisation().toString(),
                                a.share().value().stripTrailingZeros().toPlainString()))
                        .toList(),
                strings(b.investors()),
                text(b.owner()),
                text(b.responsible()),
                b.units(),
                date(b.expectedStart()),
                date(b.fullEffect()),
                b.priority().name(),
                b.priorityRationale(),
                b.prerequisites(),
                b.evidenceLinks(),
                b.status().name());
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
