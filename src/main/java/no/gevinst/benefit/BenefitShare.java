package no.gevinst.benefit;

import java.time.Instant;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.Percent;
import no.gevinst.shared.ProgrammeId;

/**
 * A programme other than its home sharing a benefit, with its share of it. Proposed by the home programme's
 * coordinator, it counts for the receiving programme (its register, plans and readers) once that programme's
 * coordinator has accepted it.
 */
public record BenefitShare(
        BenefitId benefit,
        ProgrammeId programme,
        Percent share,
        String proposedBy,
        Instant proposedAt,
        String acceptedBy,
        Instant acceptedAt,
        long version) {

    public boolean accepted() {
        return acceptedAt != null;
    }
}
