package no.gevinst.evidence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.Versioned;

/**
 * An evaluation or study that shows how much of a benefit the programme caused (attribution).
 *
 * @param performedBy who did it: a hospital, a research group, a consultancy
 * @param result the result in words; empty while it is pending
 * @param effectSize the estimated effect, in {@code effectUnit}; null while there is none
 * @param ciLow the lower end of the effect's confidence interval, or null
 * @param ciHigh the upper end, or null; never below {@code ciLow}
 * @param benefits the programme's benefits it is evidence for, at least one
 * @param version increases with each write; a write naming an older version is refused
 */
public record Evidence(
        EvidenceId id,
        ProgrammeId programme,
        EvidenceKind kind,
        String title,
        String design,
        String performedBy,
        LocalDate periodStart,
        LocalDate periodEnd,
        EvidenceStatus status,
        String result,
        BigDecimal effectSize,
        String effectUnit,
        BigDecimal ciLow,
        BigDecimal ciHigh,
        String source,
        String sourceUrl,
        List<BenefitId> benefits,
        long version)
        implements Versioned {

    public Evidence {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(programme, "programme");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        benefits = List.copyOf(benefits);
    }

    /** This evidence for the benefits, as the repository completes a row with its links. */
    public Evidence withBenefits(List<BenefitId> forBenefits) {
        return new Evidence(
                id,
                programme,
                kind,
                title,
                design,
                performedBy,
                periodStart,
                periodEnd,
                status,
                result,
                effectSize,
                effectUnit,
                ciLow,
                ciHigh,
                source,
                sourceUrl,
                forBenefits,
                version);
    }

    /** True while the study has no result yet: neither words nor an effect size. */
    public boolean resultPending() {
        return result.isBlank() && effectSize == null;
    }
}
