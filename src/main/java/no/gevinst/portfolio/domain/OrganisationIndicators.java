package no.gevinst.portfolio.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.gevinst.indicator.Indicator;
import no.gevinst.indicator.IndicatorStatus;
import no.gevinst.indicator.Indicators;
import no.gevinst.indicator.Rag;
import no.gevinst.indicator.SharedBenefitMeasures;
import no.gevinst.indicator.Trajectory;
import no.gevinst.portfolio.OrganisationDashboard.OrganisationIndicator;
import no.gevinst.shared.BenefitId;
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
    private final SharedBenefitMeasures shared;

    OrganisationIndicators(Indicators indicators, SharedBenefitMeasures shared) {
        this.indicators = indicators;
        this.shared = shared;
    }

    static boolean measures(Indicator i, OrganisationId organisation) {
        return organisation.equals(i.scopeOrganisation());
    }

    /** The indicators given, of one benefit, with their state at {@code asOf} and the target of their målbane. */
    List<OrganisationIndicator> lines(String benefitName, List<Indicator> of, LocalDate asOf) {
        if (of.isEmpty()) {
            return List.of();
        }
        return lines(
                benefitName,
                of,
                asOf,
                indicators.trajectories(of.stream().map(Indicator::id).toList()));
    }

    /**
     * The indicators of a benefit another programme shares with the one reported on (issue 18): the home programme's,
     * which measures it, read as the benefit's ({@link SharedBenefitMeasures}), so that a user who sees the benefit
     * but not its home programme sees them too; empty for a benefit the user may not see.
     */
    List<Indicator> ofReceived(BenefitId benefit) {
        return indicators.ofBenefit(benefit);
    }

    /** The same as {@link #lines}, of the indicators of a benefit shared with the programme reported on. */
    List<OrganisationIndicator> receivedLines(String benefitName, List<Indicator> of, LocalDate asOf) {
        if (of.isEmpty()) {
            return List.of();
        }
        return lines(benefitName, of, asOf, shared.trajectories(of.getFirst().benefit()));
    }

    private List<OrganisationIndicator> lines(
            String benefitName, List<Indicator> of, LocalDate asOf, Map<IndicatorId, Trajectory> trajectories) {
        Map<Indicator, IndicatorStatus> states =
                indicators.statusOfBenefit(of.getFirst().benefit(), asOf);
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
