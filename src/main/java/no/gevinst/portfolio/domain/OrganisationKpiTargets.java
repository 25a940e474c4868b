package no.gevinst.portfolio.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.gevinst.indicator.Direction;
import no.gevinst.indicator.Indicator;
import no.gevinst.indicator.Indicators;
import no.gevinst.indicator.OrganisationActual;
import no.gevinst.indicator.Rag;
import no.gevinst.portfolio.Dashboard;
import no.gevinst.portfolio.DecidedTargets;
import no.gevinst.portfolio.OrganisationStatus.KpiRequirement;
import no.gevinst.portfolio.ReportPeriod;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.OrganisationId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The KPI targets decided for an organisation, each against the organisation's own measurements of the indicator in
 * the reported period, read through the indicator module's facade. The actual is the organisation's latest period
 * ending in the window; met is that value at the target or beyond it in the indicator's direction; the traffic light
 * is green when met, amber when not met with the due date ahead, red when not met by it, none when not measured.
 */
@Component
class OrganisationKpiTargets {

    private final ObjectProvider<DecidedTargets> decided;
    private final Indicators indicators;

    OrganisationKpiTargets(ObjectProvider<DecidedTargets> decided, Indicators indicators) {
        this.decided = decided;
        this.indicators = indicators;
    }

    /**
     * @param benefitNames the code and title of each benefit reported on, to name the benefit an indicator measures
     */
    List<KpiRequirement> of(
            List<Dashboard.ProgrammeLine> programmes,
            OrganisationId organisation,
            ReportPeriod window,
            Map<BenefitId, String> benefitNames,
            LocalDate decidedBy) {
        DecidedTargets source = decided.getIfAvailable();
        if (source == null) {
            return List.of();
        }
        List<KpiRequirement> rows = new ArrayList<>();
        for (Dashboard.ProgrammeLine p : programmes) {
            for (DecidedTargets.Kpi target : OrganisationTargets.kpi(source, p.id(), organisation, decidedBy)) {
                // An indicator the user may not see (or one since removed) is left out rather than guessed at.
                indicators
                        .find(target.indicator())
                        .ifPresent(i -> rows.add(requirement(i, target, organisation, window, benefitNames)));
            }
        }
        return rows;
    }

    private KpiRequirement requirement(
            Indicator i,
            DecidedTargets.Kpi target,
            OrganisationId organisation,
            ReportPeriod window,
            Map<BenefitId, String> benefitNames) {
        Optional<OrganisationActual> actual =
                indicators.organisationActual(i.id(), organisation, window.from(), window.to());
        Boolean met = actual.map(a -> met(a.value(), target.targetValue(), i.direction()))
                .orElse(null);
        return new KpiRequirement(
                i.id(),
                benefitNames.getOrDefault(i.benefit(), "–"),
                i.name(),
                i.unit(),
                i.direction(),
                target.targetValue(),
                target.due(),
                target.decision(),
                window,
                actual.orElse(null),
                met,
                rag(met, target.due(), window.to()));
    }

    /** At the target or beyond it in the indicator's direction. */
    static boolean met(BigDecimal actual, BigDecimal target, Direction direction) {
        return actual.compareTo(target) * direction.sign() >= 0;
    }

    /** Green when met; not met is amber while the due date lies after the as-of day, red from it on. */
    static Rag rag(Boolean met, LocalDate due, LocalDate asOf) {
        if (met == null) {
            return Rag.NONE;
        }
        if (met) {
            return Rag.GREEN;
        }
        return due.isAfter(asOf) ? Rag.AMBER : Rag.RED;
    }
}
