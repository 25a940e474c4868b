package no.gevinst.portfolio.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.gevinst.indicator.Indicator;
import no.gevinst.indicator.IndicatorKind;
import no.gevinst.indicator.Indicators;
import no.gevinst.indicator.Trajectory;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.ProgrammeId;

/**
 * What the dashboard works out of one programme's indicators' definitions alone, kept under their generation (V62)
 * rather than the register's: each benefit's measure keys, which the double-counting control compares, and the
 * priced benefits' measurable indicators with their målbane, which realised kroner are reckoned from. An edit of a benefit
 * has the programme's facts worked out again from its register, but these are taken as kept: at a region's size the
 * programme's 6 000 indicators are no longer read, keyed and their trajectories read after every edit.
 */
final class IndicatorParts {

    private IndicatorParts() {}

    /**
     * Each benefit's measure keys ({@link IndicatorKeys}), each with the name of the first of the benefit's indicators
     * that has it, in the indicators' order; a benefit without indicators is absent.
     */
    static Map<BenefitId, Map<String, String>> measureKeys(ProgrammeId programme, Reading reading) {
        return reading.keptOfIndicators("measure keys", programme, "", () -> {
            Map<BenefitId, Map<String, String>> keys = new HashMap<>();
            reading.indicators(programme).forEach((benefit, measuredBy) -> {
                Map<String, String> measures = new LinkedHashMap<>();
                for (Indicator i : measuredBy) {
                    IndicatorKeys.of(i).forEach(key -> measures.putIfAbsent(key, i.name()));
                }
                keys.put(benefit, Collections.unmodifiableMap(measures));
            });
            return Collections.unmodifiableMap(keys);
        });
    }

    /**
     * Each of the benefits' quantitative indicators that have a baseline and targets, with their målbane, in the
     * indicators' order: only they have an achievement (scales and yes/no do not). A benefit without any is absent.
     * Kept for the benefits asked for (the programme's priced ones), which an edit of a benefit leaves the same.
     */
    static Map<BenefitId, List<RealisedBasis.Measurable>> measurable(
            ProgrammeId programme, Set<BenefitId> benefits, Reading reading, Indicators indicators) {
        return reading.keptOfIndicators("measurable", programme, Set.copyOf(benefits), () -> {
            Map<BenefitId, List<Indicator>> measuredBy = reading.indicators(programme);
            List<Indicator> quantitative = benefits.stream()
                    .flatMap(b -> measuredBy.getOrDefault(b, List.of()).stream())
                    .filter(i -> i.kind() == IndicatorKind.QUANTITATIVE)
                    .toList();
            Map<IndicatorId, Trajectory> trajectories = indicators.trajectories(
                    quantitative.stream().map(Indicator::id).toList());
            Map<BenefitId, List<RealisedBasis.Measurable>> measurable = new HashMap<>();
            for (Indicator i : quantitative) {
                Trajectory t = trajectories.get(i.id());
                if (t != null) {
                    measurable
                            .computeIfAbsent(i.benefit(), k -> new ArrayList<>())
                            .add(RealisedBasis.Measurable.of(i, t));
                }
            }
            measurable.replaceAll((benefit, list) -> List.copyOf(list));
            return Collections.unmodifiableMap(measurable);
        });
    }
}
