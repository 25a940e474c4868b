package no.gevinst.portfolio.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import no.gevinst.benefit.BenefitClass;
import no.gevinst.benefit.BenefitQuery;
import no.gevinst.benefit.BenefitStatus;
import no.gevinst.benefit.Benefits;
import no.gevinst.benefit.IndicatorFilter;
import no.gevinst.benefit.RegisterTally;
import no.gevinst.programme.Programme;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The register's counts over several programmes as the sum of each programme's own, kept per programme across
 * readings: after a write only the written programme is counted again, not the whole portfolio (counting twenty
 * thousand benefits with their health warnings was most of a dashboard's time in the database after a write). A
 * benefit belongs to one programme, so every count is the sum of the programmes' counts; names are put in the order
 * the database's collation gives them, as the register's own {@code ORDER BY} does.
 */
@Component
class ProgrammeTallies {

    private final Benefits benefits;
    private final JdbcClient jdbc;

    ProgrammeTallies(Benefits benefits, JdbcClient jdbc) {
        this.benefits = benefits;
        this.jdbc = jdbc;
    }

    /** The counts of the programmes' benefits: what the register counts for all of them at once. */
    RegisterTally of(List<Programme> counted, LocalDate today, LocalDate horizon, Reading reading) {
        // What a measurement cannot change is kept under the programme's register, the rest under the programme.
        List<RegisterTally> parts = counted.stream()
                .map(p -> RegisterTally.of(
                        reading.keptOfRegister(
                                "tally:register",
                                p.id(),
                                () -> benefits.registerCounts(BenefitQuery.inProgramme(p.id()), today, horizon)),
                        reading.kept(
                                "tally:measured",
                                p.id(),
                                () -> benefits.measuredCounts(BenefitQuery.inProgramme(p.id())))))
                .toList();
        return merged(parts, this::inDatabaseOrder);
    }

    /**
     * The programmes' counts added up.
     *
     * @param inDatabaseOrder the strings given, sorted as the database sorts text
     */
    static RegisterTally merged(List<RegisterTally> parts, Function<Collection<String>, List<String>> inDatabaseOrder) {
        long total = 0;
        long warnings = 0;
        Map<BenefitStatus, Long> byStatus = new EnumMap<>(BenefitStatus.class);
        Map<IndicatorFilter, Long> byIndicator = new EnumMap<>(IndicatorFilter.class);
        Map<BenefitClass, Long> byClass = new EnumMap<>(BenefitClass.class);
        Map<String, Long> byArea = new HashMap<>();
        Map<String, Long> byPriorityArea = new HashMap<>();
        Map<String, Long> byRag = new HashMap<>();
        List<RegisterTally.StartingSoon> soon = new ArrayList<>();
        for (RegisterTally t : parts) {
            total += t.total();
            warnings += t.withWarnings();
            t.byStatus().forEach((k, n) -> byStatus.merge(k, n, Long::sum));
            t.byIndicator().forEach((k, n) -> byIndicator.merge(k, n, Long::sum));
            t.byClass().forEach((k, n) -> byClass.merge(k, n, Long::sum));
            t.byArea().forEach((k, n) -> byArea.merge(k, n, Long::sum));
            t.byPriorityArea().forEach((k, n) -> byPriorityArea.merge(k, n, Long::sum));
            t.indicatorsByRag().forEach((k, n) -> byRag.merge(k, n, Long::sum));
            soon.addAll(t.startingSoon());
        }
        Set<String> texts = new LinkedHashSet<>(byArea.keySet());
        texts.addAll(byPriorityArea.keySet());
        texts.addAll(byRag.keySet());
        soon.forEach(s -> texts.add(s.code()));
        Map<String, Integer> rank = rank(texts, inDatabaseOrder);
        soon.sort(
                Comparator.comparing(RegisterTally.StartingSoon::expectedStart).thenComparing(s -> rank.get(s.code())));
        return new RegisterTally(
                total,
                byStatus,
                byIndicator,
                ordered(byArea, rank),
                ordered(byPriorityArea, rank),
                byClass,
                warnings,
                ordered(byRag, rank),
                soon.subList(0, Math.min(soon.size(), RegisterTally.STARTING_SOON_SHOWN)));
    }

    /** Each text's place in the database's order of them all. */
    private static Map<String, Integer> rank(
            Set<String> texts, Function<Collection<String>, List<String>> inDatabaseOrder) {
        Map<String, Integer> rank = new HashMap<>();
        for (String text : texts.isEmpty() ? List.<String>of() : inDatabaseOrder.apply(texts)) {
            rank.putIfAbsent(text, rank.size());
        }
        return rank;
    }

    private static Map<String, Long> ordered(Map<String, Long> counts, Map<String, Integer> rank) {
        Map<String, Long> ordered = new LinkedHashMap<>();
        counts.keySet().stream().sorted(Comparator.comparing(rank::get)).forEach(k -> ordered.put(k, counts.get(k)));
        return ordered;
    }

    /** Orders already asked for: the same names (areas, traffic lights, codes) come back with every dashboard. */
    private final Map<Set<String>, List<String>> ordered = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Set<String>, List<String>> eldest) {
            return size() > 16;
        }
    };

    /**
     * The database's own order of text (its collation), which the register's counts are listed in. The collation
     * never changes under a running node, so an order once read is kept: a dashboard after a write then saves a trip.
     */
    private List<String> inDatabaseOrder(Collection<String> texts) {
        Set<String> asked = Set.copyOf(texts);
        synchronized (ordered) {
            List<String> known = ordered.get(asked);
            if (known != null) {
                return known;
            }
        }
        List<String> read = List.copyOf(jdbc.sql("SELECT t FROM unnest(CAST(:texts AS text[])) AS t ORDER BY t")
                .param("texts", texts.toArray(String[]::new))
                .query(String.class)
                .list());
        synchronized (ordered) {
            ordered.put(asked, read);
        }
        return read;
    }
}
