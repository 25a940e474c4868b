package no.gevinst.indicator.domain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.gevinst.indicator.Baseline;
import no.gevinst.indicator.GoLiveDays;
import no.gevinst.shared.IndicatorId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Places the baselines that are set at a go-live just before it, as they are read for the page, the status and the
 * portfolio ({@link GoLiveDays}); the stored baseline keeps what was recorded. Only a baseline recorded as set at
 * go-live ({@link Baseline#atGoLive()}) is placed: the others were measured before the change and stay where they
 * were measured. One read for any number of indicators; none when no baseline read is set at go-live, which keeps
 * pages that show none at the statements they had.
 */
@Component
class PlacedBaselines {

    private final ObjectProvider<GoLiveDays> goLiveDays;

    PlacedBaselines(ObjectProvider<GoLiveDays> goLiveDays) {
        this.goLiveDays = goLiveDays;
    }

    Optional<Baseline> of(IndicatorId id, Optional<Baseline> baseline) {
        if (baseline.isEmpty()) {
            return baseline;
        }
        return Optional.of(of(Map.of(id, baseline.get())).get(id));
    }

    /** The same baselines, those set at a go-live placed before it. */
    Map<IndicatorId, Baseline> of(Map<IndicatorId, Baseline> baselines) {
        GoLiveDays days = goLiveDays.getIfAvailable();
        if (days == null || baselines.isEmpty()) {
            return baselines;
        }
        List<IndicatorId> atGoLive = baselines.entrySet().stream()
                .filter(e -> e.getValue().atGoLive())
                .map(Map.Entry::getKey)
                .toList();
        if (atGoLive.isEmpty()) {
            return baselines;
        }
        Map<IndicatorId, LocalDate> goLive = days.of(atGoLive);
        if (goLive.isEmpty()) {
            return baselines;
        }
        Map<IndicatorId, Baseline> placed = new HashMap<>(baselines);
        goLive.forEach((id, day) -> placed.computeIfPresent(id, (i, b) -> b.placedBefore(day)));
        return placed;
    }
}
