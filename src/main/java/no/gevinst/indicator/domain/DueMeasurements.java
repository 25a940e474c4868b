package no.gevinst.indicator.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.gevinst.indicator.IndicatorDue;
import no.gevinst.indicator.Rag;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;
import org.springframework.stereotype.Component;

/** Which indicators are due a measurement, and the worst light among a benefit's indicators as last recorded. */
@Component
class DueMeasurements {

    private final IndicatorRepository repository;
    private final Programmes programmes;

    DueMeasurements(IndicatorRepository repository, Programmes programmes) {
        this.repository = repository;
        this.programmes = programmes;
    }

    Map<BenefitId, Rag> worstRag(Collection<BenefitId> benefits) {
        Map<BenefitId, Rag> worst = new HashMap<>();
        repository.ragsOf(benefits).forEach(e -> worst.merge(e.getKey(), e.getValue(), DueMeasurements::worse));
        return worst;
    }

    List<IndicatorDue> dueMeasurements(Collection<ProgrammeId> asked, LocalDate today) {
        return due(asked, IndicatorRepository.Narrowing.NONE, today);
    }

    List<IndicatorDue> dueMeasurementsOf(Collection<BenefitId> benefits, LocalDate today) {
        if (benefits.isEmpty()) {
            return List.of();
        }
        return due(programmes.visibleIds(), IndicatorRepository.Narrowing.benefits(benefits), today);
    }

    List<IndicatorDue> dueMeasurementsIn(
            Collection<ProgrammeId> asked, Collection<OrganisationId> organisations, LocalDate today) {
        if (organisations.isEmpty()) {
            return List.of();
        }
        return due(asked, IndicatorRepository.Narrowing.organisations(organisations), today);
    }

    private List<IndicatorDue> due(
            Collection<ProgrammeId> asked, IndicatorRepository.Narrowing narrowing, LocalDate today) {
        Set<ProgrammeId> visible = new HashSet<>(asked);
        visible.retainAll(programmes.visibleIds());
        if (visible.isEmpty()) {
            return List.of();
        }
        List<IndicatorDue> due = new ArrayList<>();
        for (IndicatorRepository.Measured m : repository.measuredBefore(visible, narrowing, today)) {
            LocalDate next = m.frequency().nextPeriodEnd(m.lastPeriodEnd());
            if (next.isBefore(today)) {
                boolean stale = today.isAfter(m.frequency().staleAfter(m.lastPeriodEnd()));
                due.add(new IndicatorDue(
                        m.id(),
                        m.name(),
                        m.benefit(),
                        m.benefitCode(),
                        m.programme(),
                        m.frequency(),
                        m.lastPeriodEnd(),
                        next,
                        stale));
            }
        }
        return due;
    }

    /** Red before amber before green; an indicator not yet measured gives way to one that is. */
    private static Rag worse(Rag a, Rag b) {
        List<Rag> best = List.of(Rag.NONE, Rag.GREEN, Rag.AMBER, Rag.RED);
        return best.indexOf(a) >= best.indexOf(b) ? a : b;
    }
}
