package no.gevinst.portfolio;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.ProgrammeId;

/**
 * One place where a gain is counted more than once.
 *
 * @param key stable across detections (the rule and the benefits involved), so a decision on it survives
 * @param overlapByYear the kroner counted twice in each year; the net total leaves them out unless accepted
 * @param messageKey explains the finding in words, with {@code arguments}
 */
public record Conflict(
        String key,
        ConflictRule rule,
        List<ConflictBenefit> benefits,
        SortedMap<Integer, BigDecimal> overlapByYear,
        String messageKey,
        List<String> arguments) {

    public Conflict {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(rule, "rule");
        benefits = List.copyOf(benefits);
        overlapByYear = Collections.unmodifiableSortedMap(new TreeMap<>(overlapByYear));
        arguments = List.copyOf(arguments);
    }

    /**
     * The overlapping amount in kroner per year: the largest yearly overlap, which is the overlap once both sides
     * are fully phased in. Zero when the benefits are not priced in the same years.
     */
    public BigDecimal amountPerYear() {
        return overlapByYear.values().stream().max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
    }

    /** The overlap summed over the years of the analysis. */
    public BigDecimal totalOverlap() {
        return overlapByYear.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal overlapIn(int year) {
        return overlapByYear.getOrDefault(year, BigDecimal.ZERO);
    }

    public Set<ProgrammeId> programmes() {
        return benefits.stream().map(ConflictBenefit::programme).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The key of the conflict the rule finds between the benefits, with any qualifier such as the organisation:
     * the rule and a digest of the benefit ids (sorted) and the qualifier, so the same overlap found again gets
     * the same key, whatever else changed, and its decision still applies.
     */
    public static String keyOf(ConflictRule rule, List<BenefitId> benefits, String qualifier) {
        String text = java.util.stream.Stream.concat(
                        benefits.stream().map(b -> b.value().toString()).sorted(),
                        java.util.stream.Stream.of(qualifier))
                .collect(Collectors.joining(","));
        return rule.slug() + "-" + java.util.HexFormat.of().formatHex(no.gevinst.shared.Sha256.of(text), 0, 8);
    }

    /**
     * The qualifier of a staff-time conflict (rule e): the staff group's programme and the name of the assumption
     * that counts it, which a copy of the programme names anew.
     */
    public static String staffGroup(ProgrammeId programme, String name) {
        return programme.value() + "/" + name;
    }

    public boolean involves(BenefitId benefit) {
        return benefits.stream().anyMatch(b -> b.id().equals(benefit));
    }
}
