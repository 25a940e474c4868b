package no.gevinst.portfolio.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.gevinst.indicator.Indicator;
import no.gevinst.indicator.IndicatorStatus;
import no.gevinst.indicator.Indicators;
import no.gevinst.indicator.Rag;
import no.gevinst.indicator.Trajectory;
import no.gevinst.portfolio.OrganisationDashboard.OrganisationIndicator;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.OrganisationId;
import org.springframework.stereotype.Component;

/**
 * The indicators that measure an organisation, with their state on a day: those scoped to it or to one of its units
 * (a unit rolls up to the organisation it belongs to).
 */
@Component
class OrganisationIndicators {

    private final Indicators indicators;

    OrganisationIndicators(Indicators indicators) {
        this.indicators = indicators;
    }

    static boolean measures(Indicator i, OrganisationId organisation) {
        return organisation.equals(i.scopeOrganisation());
    }

    /** The indicators given, of one benefit, with their state at {@code asOf} and the target of their målbane. */
    List<OrganisationIndicator> lines(String benefitName, List<Indicator> of, LocalDate asOf) {
        if (of.isEmpty()) {
            return List.of();
        }
        Map<Indicator, IndicatorStatus> states =
                indicators.statusOfBenefit(of.getFirst().benefit(), asOf);
        Map<IndicatorId, Trajectory> trajectories =
                indicators.trajectories(of.stream().map(Indicator::id).toList());
        List<OrganisationIndicator> lines = new ArrayList<>();
        for (Indicator i : of) {
            IndicatorStatus s = states.entrySet().stream()
                    .filter(e -> e.getKey().id().equals(i.id()))
                    .map(Map.Entry::getValue)
                    .findFirst()
                    .orElse(IndicatorStatus.unmeasured(false));
            Trajectory t = trajectories.get(i.id());
            lines.add(new OrganisationIndicator(
                    i.id(),
                    i.name(),
                    i.unit(),
                    i.benefit(),
                    benefitName,
                    i.scopeUnit(),
                    t == null ? null : t.baseline(),
                    t == null ? null : t.finalTarget().value(),
                    t == null ? null : t.finalTarget().date(),
                    s.latest(),
                    s.latestPeriodEnd(),
                    s.rag() == null ? Rag.NONE : s.rag(),
                    met(s)));
        }
        return lines;
    }

    /** Where the målbane expects it by the latest period, or further; null when not measured or without a målbane. */
    private static Boolean met(IndicatorStatus s) {
        if (!s.measured() || s.gap() == null) {
            return null;
        }
        return s.gap().signum() <= 0;
    }
}
