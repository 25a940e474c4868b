package no.gevinst.benefit.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.gevinst.benefit.AttributionEvidence;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitQuery;
import no.gevinst.benefit.HealthWarning;
import no.gevinst.benefit.RegisterPage;
import no.gevinst.benefit.RegisterTally;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.ProgrammeId;
import org.springframework.stereotype.Component;

/** The register as listed, paged and counted, within the programmes the user may see. */
@Component
class RegisterQueries {

    private final BenefitRepository repository;
    private final Programmes programmes;
    private final RegisterTallies tallies;
    private final KeptStatusCounts keptCounts;
    private final List<AttributionEvidence> evidence;

    RegisterQueries(
            BenefitRepository repository,
            Programmes programmes,
            RegisterTallies tallies,
            KeptStatusCounts keptCounts,
            List<AttributionEvidence> evidence) {
        this.repository = repository;
        this.programmes = programmes;
        this.tallies = tallies;
        this.keptCounts = keptCounts;
        this.evidence = evidence;
    }

    RegisterPage search(BenefitQuery query) {
        Set<ProgrammeId> visible = programmes.visibleIds();
        RegisterFilter filter = evidenceFilter(query, visible, RegisterFilter.of(query, visible));
        RegisterFilter withoutStatus = evidenceFilter(query, visible, RegisterFilter.withoutStatus(query, visible));
        var byStatus = keptCounts.counts(withoutStatus, () -> repository.countsByStatus(withoutStatus));
        // Without a status chosen the page's total is the sum of the counts by status: one scan of the register
        // fewer. With one chosen, it is that status's count under the same filter.
        long total = query.status() == null
                ? byStatus.values().stream().mapToLong(Long::longValue).sum()
                : byStatus.get(query.status());
        return new RegisterPage(repository.search(filter, query, true), total, query.page(), query.size(), byStatus);
    }

    RegisterTally.RegisterCounts registerCounts(BenefitQuery query, LocalDate today, LocalDate horizon) {
        return tallies.registerCounts(query, programmes.visibleIds(), today, horizon);
    }

    RegisterTally.MeasuredCounts measuredCounts(BenefitQuery query) {
        return tallies.measuredCounts(query, programmes.visibleIds());
    }

    java.util.Map<HealthWarning, Long> warningCounts(BenefitQuery query) {
        return tallies.byWarning(query, programmes.visibleIds());
    }

    List<Benefit> list(BenefitQuery query) {
        Set<ProgrammeId> visible = programmes.visibleIds();
        return repository.search(evidenceFilter(query, visible, RegisterFilter.of(query, visible)), query, false);
    }

    /** The filter narrowed to the benefits no evaluation supports, when the query asks for those (issue 19). */
    private RegisterFilter evidenceFilter(BenefitQuery query, Set<ProgrammeId> visible, RegisterFilter filter) {
        if (!query.withoutEvidence()) {
            return filter;
        }
        Set<BenefitId> evidenced = new java.util.HashSet<>();
        evidence.forEach(e -> evidenced.addAll(e.evidenced(visible)));
        return filter.excluding(evidenced);
    }
}
