package no.gevinst.evidence.domain;

import java.util.Set;
import no.gevinst.benefit.AttributionEvidence;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.ProgrammeId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the benefit register which benefits have evidence of attribution. A bean of its own, reading only this
 * module's tables: the evidence service reads the benefits, and the benefit service reads this.
 */
@Component
@Transactional(readOnly = true)
class EvidencedBenefits implements AttributionEvidence {

    private final EvidenceRepository repository;

    EvidencedBenefits(EvidenceRepository repository) {
        this.repository = repository;
    }

    @Override
    public Set<BenefitId> evidenced(Set<ProgrammeId> programmes) {
        return programmes.isEmpty() ? Set.of() : repository.evidenced(programmes);
    }
}
