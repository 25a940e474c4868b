package no.gevinst.benefit;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.gevinst.shared.BenefitId;

/**
 * The register counted rather than listed, for dashboards. Each count is what the register shows for the same query
 * with one more filter set, so that every number can link to its list: {@code byIndicator} counts benefits with at
 * least one indicator in the state, as the register's indicator filter does.
 *
 * @param indicatorsByRag the indicators of the counted benefits by their stored traffic light (GREEN, AMBER, RED, NONE)
 * @param startingSoon benefits whose expected start lies from today up to the horizon asked for, soonest first
 */
public record RegisterTally(
        long total,
        Map<BenefitStatus, Long> byStatus,
        Map<IndicatorFilter, Long> byIndicator,
        Map<String, Long> byArea,
        Map<String, Long> byPriorityArea,
        Map<BenefitClass, Long> byClass,
        long withWarnings,
        Map<String, Long> indicatorsByRag,
        List<StartingSoon> startingSoon) {

    /** How many benefits starting soon a tally names, soonest first. */
    public static final int STARTING_SOON_SHOWN = 50;

    public RegisterTally {
        byStatus = Map.copyOf(byStatus);
        byIndicator = Map.copyOf(byIndicator);
        byArea = ordered(byArea);
        byPriorityArea = ordered(byPriorityArea);
        byClass = Map.copyOf(byClass);
        indicatorsByRag = ordered(indicatorsByRag);
        startingSoon = List.copyOf(startingSoon);
    }

    /**
     * The counts a measurement cannot change, of the register alone: by status, area, priority area and class, and
     * those starting soon. The total is the sum of the counts by status (each benefit has one status).
     */
    public record RegisterCounts(
            Map<BenefitStatus, Long> byStatus,
            Map<String, Long> byArea,
            Map<String, Long> byPriorityArea,
            Map<BenefitClass, Long> byClass,
            List<StartingSoon> startingSoon) {

        public RegisterCounts {
            byStatus = Map.copyOf(byStatus);
            byArea = ordered(byArea);
            byPriorityArea = ordered(byPriorityArea);
            byClass = Map.copyOf(byClass);
            startingSoon = List.copyOf(startingSoon);
        }
    }

    /**
     * The counts a measurement can change: benefits by their indicators' state, those with a health warning (one is
     * that nothing was measured), and the indicators by their stored traffic light.
     */
    public record MeasuredCounts(Map<IndicatorFilter, Long> byIndicator, long withWarnings, Map<String, Long> byRag) {

        public MeasuredCounts {
            byIndicator = Map.copyOf(byIndicator);
            byRag = ordered(byRag);
        }
    }

    /** The tally of both kinds of counts of the same query. */
    public static RegisterTally of(RegisterCounts register, MeasuredCounts measured) {
        return new RegisterTally(
                register.byStatus().values().stream().mapToLong(Long::longValue).sum(),
                register.byStatus(),
                measured.byIndicator(),
                register.byArea(),
                register.byPriorityArea(),
                register.byClass(),
                measured.withWarnings(),
                measured.byRag(),
                register.startingSoon());
    }

    /** Names keep the order they came in (alphabetical from the database), which an immutable copy would lose. */
    private static Map<String, Long> ordered(Map<String, Long> counts) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }

    /** A benefit that is expected to start giving effect soon. */
    public record StartingSoon(BenefitId id, String code, String title, LocalDate expectedStart) {}
}
