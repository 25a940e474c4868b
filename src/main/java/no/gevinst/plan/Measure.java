package no.gevinst.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.PersonId;

/** A measure (gevinstrealiseringstiltak): an action that serves some benefits, with who, by when and at what cost. */
public record Measure(
        UUID id,
        PlanId plan,
        String action,
        List<BenefitId> benefits,
        PersonId responsible,
        LocalDate deadline,
        MeasureStatus status,
        BigDecimal cost,
        long version) {

    public Measure {
        benefits = List.copyOf(benefits);
    }

    /** Past its deadline and neither done nor cancelled. */
    public boolean isOverdue(LocalDate today) {
        return deadline != null
                && deadline.isBefore(today)
                && status != MeasureStatus.DONE
                && status != MeasureStatus.CANCELLED;
    }
}
