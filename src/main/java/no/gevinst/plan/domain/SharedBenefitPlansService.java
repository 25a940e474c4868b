package no.gevinst.plan.domain;

import java.util.Optional;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.Benefits;
import no.gevinst.plan.Plan;
import no.gevinst.plan.PlanSnapshot;
import no.gevinst.plan.PlanVersion;
import no.gevinst.plan.SharedBenefitPlans;
import no.gevinst.plan.VersionStatus;
import no.gevinst.shared.BenefitId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a visible benefit's entry in its home programme's latest approved plan, whether or not the user sees that
 * programme: seeing the benefit (its own programme's, or shared with one the user sees) is what allows it.
 */
@Service
@Transactional(readOnly = true)
class SharedBenefitPlansService implements SharedBenefitPlans {

    private final PlanRepository repository;
    private final Benefits benefits;

    SharedBenefitPlansService(PlanRepository repository, Benefits benefits) {
        this.repository = repository;
        this.benefits = benefits;
    }

    @Override
    public Optional<Approved> approved(BenefitId benefit) {
        return benefits.find(benefit).flatMap(this::approved);
    }

    private Optional<Approved> approved(Benefit b) {
        for (Plan plan : repository.ofProgramme(b.programme())) {
            if (!plan.isProgrammePlan()) {
                continue;
            }
            for (PlanVersion version : repository.versions(plan.id())) {
                if (version.status() == VersionStatus.APPROVED) {
                    return repository
                            .snapshot(plan.id(), version.number())
                            .map(s -> new Approved(version.number(), entry(s, b.id())));
                }
            }
        }
        return Optional.empty();
    }

    private static PlanSnapshot.BenefitEntry entry(PlanSnapshot snapshot, BenefitId id) {
        return snapshot.benefits().stream()
                .filter(e -> e.id().equals(id.toString()))
                .findFirst()
                .orElse(null);
    }
}
