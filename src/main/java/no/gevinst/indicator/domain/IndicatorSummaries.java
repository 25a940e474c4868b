package no.gevinst.indicator.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.gevinst.benefit.MeasurementSummaries;
import no.gevinst.benefit.MeasurementSummary;
import no.gevinst.indicator.Indicator;
import no.gevinst.indicator.IndicatorStatus;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.DataGeneration;
import no.gevinst.shared.GenerationKept;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.NorwegianTime;
import org.springframework.stereotype.Component;

/**
 * Tells the register and the benefit profile where benefits' indicators stand today: for all the benefits a page
 * shows at once, in four queries, reading only each indicator's latest periods. Kept for the data generation and the
 * day, as the indicator page's standing is ({@link IndicatorViews}): the latest periods' rows were two thirds of a
 * profile's database time at a region's size (issue 15), though they change only with a write. What is kept is the
 * same for every user: the benefit module asks only for benefits the user may see, and all their indicators are shown.
 */
@Component
class IndicatorSummaries implements MeasurementSummaries {

    private final RecentPeriods recent;
    private final IndicatorStatusRefresher refresher;
    private final GenerationKept<Key, Map<BenefitId, List<MeasurementSummary>>> kept;

    /** The benefits asked for, on a day. */
    private record Key(List<BenefitId> benefits, LocalDate today) {}

    IndicatorSummaries(RecentPeriods recent, IndicatorStatusRefresher refresher, DataGeneration generations) {
        this.recent = recent;
        this.refresher = refresher;
        this.kept = new GenerationKept<>(generations, 1024);
    }

    @Override
    public List<MeasurementSummary> of(BenefitId benefit) {
        return of(List.of(benefit)).getOrDefault(benefit, List.of());
    }

    @Override
    public Map<BenefitId, List<MeasurementSummary>> of(Collection<BenefitId> benefits) {
        LocalDate today = NorwegianTime.today();
        return kept.get(new Key(List.copyOf(benefits), today), () -> read(benefits, today));
    }

    private Map<BenefitId, List<MeasurementSummary>> read(Collection<BenefitId> benefits, LocalDate today) {
        Map<BenefitId, List<Indicator>> indicators = recent.indicatorsOf(benefits);
        Map<IndicatorId, IndicatorStatus> statuses = refresher.statuses(
                indicators.values().stream().flatMap(List::stream).toList(), today);
        Map<BenefitId, List<MeasurementSummary>> summaries = new LinkedHashMap<>();
        for (BenefitId benefit : benefits) {
            summaries.put(
                    benefit,
                    indicators.getOrDefault(benefit, List.of()).stream()
                            .map(i -> summary(i, statuses.get(i.id())))
                            .toList());
        }
        return Collections.unmodifiableMap(summaries);
    }

    private static MeasurementSummary summary(Indicator indicator, IndicatorStatus status) {
        return new MeasurementSummary(
                indicator.id().toString(),
                indicator.name(),
                indicator.unit(),
                status.rag().name(),
                status.latest(),
                status.latestPeriodEnd(),
                status.achievement(),
                status.stale());
    }
}
