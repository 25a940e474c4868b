package no.gevinst.portfolio.domain;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.gevinst.plan.Plan;
import no.gevinst.plan.PlanSnapshot;
import no.gevinst.plan.PlanVersion;
import no.gevinst.plan.Plans;
import no.gevinst.plan.VersionStatus;
import no.gevinst.portfolio.Dashboard;
import no.gevinst.portfolio.OrganisationFigures;
import no.gevinst.portfolio.domain.PortfolioFacts.BenefitFacts;
import no.gevinst.programme.Programme;
import no.gevinst.shared.OrganisationId;
import org.springframework.stereotype.Component;

/**
 * An organisation's share of "planned": each benefit of the latest approved programme plan version, as {@link
 * PlannedFigures} reads it, times the organisation's share of that benefit; without an approved plan, its share of
 * the programme's own forecast (as the dashboard's planned is then the forecast). Benefits shared between programmes
 * count at the programme's share of their home programme's planned kroner ({@link SharedPlanned}), as on the
 * dashboard.
 */
@Component
class ScopedPlanned {

    private final Plans plans;
    private final SharedPlanned shared;

    ScopedPlanned(Plans plans, SharedPlanned shared) {
        this.plans = plans;
        this.shared = shared;
    }

    /**
     * The organisation's planned per year over the programmes the scoped dashboard counts.
     *
     * @param own the programmes' own benefits, each at 100 % (before the benefits shared between programmes are
     *     counted at their shares): what a programme without an approved plan plans
     */
    SortedMap<Integer, BigDecimal> of(
            OrganisationScopeService.Scoped s, OrganisationId organisation, List<BenefitFacts> own) {
        Dashboard whole = s.whole();
        Map<String, BigDecimal> percent = new HashMap<>();
        s.counted().forEach(b -> percent.put(b.id().toString(), OrganisationShares.percent(b, organisation)));
        Set<Integer> years = whole.years().stream().map(Dashboard.Year::year).collect(Collectors.toSet());
        SortedMap<Integer, BigDecimal> byYear = new TreeMap<>();
        for (Programme p : s.reading().visible()) {
            if (whole.programmes().stream().anyMatch(l -> l.id().equals(p.id()))) {
                of(
                                p,
                                years,
                                id -> percent.getOrDefault(id, BigDecimal.ZERO),
                                ownForecast(own, p, organisation),
                                s.reading())
                        .forEach((y, v) -> byYear.merge(y, v, BigDecimal::add));
            }
        }
        return byYear;
    }

    /** The organisation's share of the programme's own benefits' forecast, each at 100 %. */
    private static Map<Integer, BigDecimal> ownForecast(
            List<BenefitFacts> own, Programme p, OrganisationId organisation) {
        Map<Integer, BigDecimal> byYear = new HashMap<>();
        own.stream()
                .filter(b -> b.programme().equals(p.id()))
                .forEach(b -> b.valueByYear()
                        .forEach((y, v) -> byYear.merge(
                                y,
                                OrganisationFigures.share(v, OrganisationShares.percent(b, organisation)),
                                BigDecimal::add)));
        return byYear;
    }

    /**
     * @param percent the organisation's share of a benefit, by the benefit's id as the snapshot keeps it
     * @param forecast the organisation's share of the programme's own benefits' forecast per year (the benefits
     *     shared with it left out, its own at 100 %), for a programme without an approved plan
     */
    private SortedMap<Integer, BigDecimal> of(
            Programme programme,
            Set<Integer> years,
            Function<String, BigDecimal> percent,
            Map<Integer, BigDecimal> forecast,
            Reading reading) {
        PlanSnapshot snapshot = approved(programme);
        SortedMap<Integer, BigDecimal> byYear = new TreeMap<>();
        years.forEach(year -> byYear.put(year, BigDecimal.ZERO));
        if (snapshot == null) {
            forecast.forEach((year, value) -> byYear.merge(year, value, BigDecimal::add));
        } else {
            for (PlanSnapshot.BenefitEntry b : snapshot.benefits()) {
                if (!PlannedFigures.received(b)) {
                    add(byYear, PlannedFigures.ofBenefit(b, years), percent.apply(b.id()));
                }
            }
        }
        shared.changes(programme.id(), reading)
                .forEach((id, change) -> add(byYear, change, percent.apply(id.toString())));
        return byYear;
    }

    private static void add(SortedMap<Integer, BigDecimal> byYear, Map<Integer, BigDecimal> value, BigDecimal share) {
        if (share.signum() != 0) {
            value.forEach((year, v) -> byYear.merge(year, OrganisationFigures.share(v, share), BigDecimal::add));
        }
    }

    private PlanSnapshot approved(Programme p) {
        for (Plan plan : plans.ofProgramme(p.id())) {
            if (!plan.isProgrammePlan()) {
                continue;
            }
            for (PlanVersion version : plans.versions(plan.id())) {
                if (version.status() == VersionStatus.APPROVED) {
                    return plans.content(plan.id(), version.number());
                }
            }
        }
        return null;
    }
}
