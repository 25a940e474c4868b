package no.gevinst.report.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.gevinst.benefit.Allocation;
import no.gevinst.benefit.Benefit;
import no.gevinst.indicator.Indicator;
import no.gevinst.indicator.IndicatorStatus;
import no.gevinst.indicator.Rag;
import no.gevinst.plan.Comparison;
import no.gevinst.plan.PlanSnapshot;
import no.gevinst.shared.DocumentWriter;
import no.gevinst.shared.OrganisationId;

/**
 * How a cell of the annual status reads: dates, shares, the worst traffic light of a benefit's indicators, its
 * latest values, the target in force in a year, and a compared value in the reader's words.
 */
final class AnnualStatusCells {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** Characters of a changed text shown in the deviations; more would drown the figures that moved. */
    private static final int LONGEST_VALUE = 240;

    private final DocumentWriter w;

    AnnualStatusCells(DocumentWriter w) {
        this.w = w;
    }

    /**
     * A compared value as the reader knows it: statuses, classes and frequencies by their names in the reader's
     * language, and long prose cut short, since the report says that a text changed and the plan holds the text.
     */
    String value(String field, String raw) {
        for (String prefix : Comparison.valuePrefixes(field)) {
            String word = w.word(prefix + raw);
            if (!word.equals(prefix + raw)) {
                return word;
            }
        }
        return raw.length() > LONGEST_VALUE ? raw.substring(0, LONGEST_VALUE).strip() + " …" : raw;
    }

    static String arisesIn(Benefit benefit, Map<OrganisationId, String> names) {
        if (benefit == null || benefit.allocations().isEmpty()) {
            return "–";
        }
        return benefit.allocations().stream()
                .map(Allocation::organisation)
                .map(o -> names.getOrDefault(o, o.toString()))
                .collect(Collectors.joining(", "));
    }

    /**
     * The approved target that applies at the end of the year: the last one dated in or before it; before the
     * first target's year, that first target, said to lie ahead.
     */
    String targetFor(PlanSnapshot.IndicatorEntry indicator, int year) {
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        return indicator.targets().stream()
                .filter(t -> !t.date().isAfter(yearEnd))
                .reduce((first, second) -> second)
                .map(t -> w.number(t.value()) + " (" + date(t.date()) + ")")
                .or(() -> indicator.targets().stream()
                        .findFirst()
                        .map(t -> w.word("plan.annual.nextTarget", w.number(t.value()), date(t.date()))))
                .orElse("–");
    }

    /** Red before amber before green; none when nothing is measured against a trajectory. */
    static Rag worst(Map<Indicator, IndicatorStatus> statuses) {
        List<Rag> order = List.of(Rag.RED, Rag.AMBER, Rag.GREEN);
        return statuses == null
                ? Rag.NONE
                : order.stream()
                        .filter(r -> statuses.values().stream().anyMatch(s -> s.rag() == r))
                        .findFirst()
                        .orElse(Rag.NONE);
    }

    String latest(Map<Indicator, IndicatorStatus> statuses) {
        List<String> values = statuses.entrySet().stream()
                .filter(e -> e.getValue().measured())
                .map(e -> e.getKey().name() + ": " + w.number(e.getValue().latest()) + " ("
                        + date(e.getValue().latestPeriodEnd()) + ")")
                .toList();
        return values.isEmpty() ? w.word("plan.annual.notMeasured") : String.join("; ", values);
    }

    String percent(BigDecimal share) {
        return share == null
                ? "–"
                : w.number(share.multiply(BigDecimal.valueOf(100)).setScale(0, RoundingMode.HALF_EVEN)) + "\u00A0%";
    }

    static String nz(String text) {
        return text == null || text.isBlank() ? "–" : text;
    }

    static String date(LocalDate date) {
        return date == null ? "–" : DATE.format(date);
    }
}
