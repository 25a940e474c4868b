package no.gevinst.benefit;

import java.util.Set;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.ProgrammeId;

/**
 * Which benefits have evidence of attribution (an evaluation or study). Implemented by the evidence module, which
 * owns those records, so that the register can find the benefits without any without reading the evidence's tables;
 * without an implementation no benefit has evidence.
 */
public interface AttributionEvidence {

    /** The benefits linked to at least one evaluation of the programmes. */
    Set<BenefitId> evidenced(Set<ProgrammeId> programmes);
}
