package no.gevinst.plan;

import java.util.Optional;
import no.gevinst.shared.BenefitId;

/**
 * What the home programme's approved plan froze of a benefit shared between programmes (issue 18), for the
 * programmes it is shared with: the planned kroner each of them counts its share of. The benefit must be one the user
 * sees ({@link no.gevinst.benefit.Benefits#find}, which shared benefits are to the readers of the programmes sharing
 * them), whether or not they see its home programme; the rest of that plan stays its own readers'.
 */
public interface SharedBenefitPlans {

    /**
     * The benefit as the latest approved version of its home programme's own plan froze it; empty when that programme
     * has no approved plan (or the user may not see the benefit).
     */
    Optional<Approved> approved(BenefitId benefit);

    /**
     * @param version the number of the approved version
     * @param benefit the benefit as the version froze it; null when the version does not hold it (it came later)
     */
    record Approved(int version, PlanSnapshot.BenefitEntry benefit) {}
}
