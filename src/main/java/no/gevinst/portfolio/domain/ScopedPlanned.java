package no.gevinst.portfolio.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import no.gevinst.plan.Plan;
import no.gevinst.plan.PlanSnapshot;
import no.gevinst.plan.PlanVersion;
import no.gevinst.plan.Plans;
import no.gevinst.plan.VersionStatus;
import no.gevinst.portfolio.OrganisationFigures;
import no.gevinst.programme.Programme;
import org.springframework.stereotype.Component;

/**
 * An organisation's share of "planned": each benefit of the latest approved programme plan version, as {@link
 * PlannedFigures} reads it, times the organisation's share of that benefit; without an approved plan, its share of
 * the forecast (as the dashboard's planned is then the forecast).
 */
@Component
class ScopedPlanned {

    private final Plans plans;

    ScopedPlanned(Plans plans) {
        this.plans = plans;
    }

    /**
     * @param percent the organisation's share of a benefit, by the benefit's id as the snapshot keeps it
     * @param forecast the organisation's forecast per year, for a programme without an approved plan
     */
    SortedMap<Integer, BigDecimal> of(
            Programme programme,
            Set<Integer> years,
            Function<String, BigDecimal> percent,
            Map<Integer, BigDecimal> forecast) {
        PlanSnapshot snapshot = approved(programme);
        SortedMap<Integer, BigDecimal> byYear = new TreeMap<>();
        years.forEach(year -> byYear.put(year, BigDecimal.ZERO));
        if (snapshot == null) {
            forecast.forEach((year, value) -> byYear.merge(year, value, BigDecimal::add));
            return byYear;
        }
        for (PlanSnapshot.BenefitEntry b : snapshot.benefits()) {
            BigDecimal share = percent.apply(b.id());
            if (b.nokPerYear() == null || share.signum() == 0) {
                continue;
            }
            if (b.valueByYear() != null) {
                b.valueByYear()
                        .forEach((year, value) ->
                                byYear.merge(year, OrganisationFigures.share(value, share), BigDecimal::add));
                continue;
            }
            LocalDate from = b.fullEffect() != null ? b.fullEffect() : b.expectedStart();
            for (int year : years) {
                if (from == null || from.getYear() <= year) {
                    byYear.merge(year, OrganisationFigures.share(b.nokPerYear(), share), BigDecimal::add);
                }
            }
        }
        return byYear;
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
