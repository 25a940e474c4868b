package no.gevinst.maturity.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.gevinst.maturity.MaturityTemplate;
import no.gevinst.maturity.ResultCell;
import no.gevinst.maturity.ResultRow;
import no.gevinst.maturity.Results;
import no.gevinst.maturity.Round;
import no.gevinst.maturity.RoundStatus;
import no.gevinst.maturity.RoundUnit;
import no.gevinst.shared.OrganisationId;
import org.springframework.stereotype.Component;

/**
 * A closed round's results: the answers summed per unit in the database, pooled by {@link Pooling}, and compared with
 * the previous closed round of the same template where the same row is shown in both. A round imported from another
 * installation has no answers here: its results are the pooled ones that installation showed ({@link ImportedResults}),
 * read only for a round without answers of its own, so that stored results never stand in for real answers.
 */
@Component
class ResultsOf {

    private final RoundRepository rounds;
    private final ResponseRepository responses;
    private final ImportedResults imported;

    ResultsOf(RoundRepository rounds, ResponseRepository responses, ImportedResults imported) {
        this.rounds = rounds;
        this.responses = responses;
        this.imported = imported;
    }

    /** The rows shown, with how many answered in all and how many groups were withheld. */
    private record Shown(List<ResultRow> rows, int withheldGroups, int respondents) {}

    /**
     * The latest closed round's results for each unit of a programme, for the documents: closed rounds from the
     * latest back, each with the rows of the units no later one has shown. The rows are the results' own, pooled as
     * they are, so nothing is shown for fewer than five respondents here either.
     */
    java.util.List<no.gevinst.maturity.MaturitySummary> latest(no.gevinst.shared.ProgrammeId programme) {
        java.util.List<no.gevinst.maturity.MaturitySummary> summaries = new java.util.ArrayList<>();
        java.util.Set<no.gevinst.shared.OrganisationId> shown = new java.util.HashSet<>();
        for (Round round : rounds.ofProgramme(programme)) {
            Optional<Results> results = of(round);
            if (results.isEmpty()) {
                continue;
            }
            var rows = results.get().rows().stream()
                    .filter(row -> !shown.contains(row.unit()))
                    .toList();
            rows.forEach(row -> shown.add(row.unit()));
            if (!rows.isEmpty()) {
                summaries.add(new no.gevinst.maturity.MaturitySummary(
                        round, results.get().dimensions(), rows, results.get().withheldGroups()));
            }
        }
        return summaries;
    }

    Optional<Results> of(Round round) {
        if (round.status() != RoundStatus.CLOSED) {
            return Optional.empty();
        }
        Optional<Round> previous = previous(round);
        Map<OrganisationId, ResultRow> before = previous
                .map(p -> shown(p, Map.of()).rows())
                .orElse(List.of())
                .stream()
                .collect(java.util.stream.Collectors.toMap(ResultRow::unit, r -> r));
        Shown shown = shown(round, before);
        return Optional.of(new Results(
                round,
                round.asks().dimensions().stream()
                        .map(MaturityTemplate.Dimension::key)
                        .toList(),
                shown.rows(),
                shown.withheldGroups(),
                shown.respondents(),
                previous.orElse(null)));
    }

    /**
     * The round's rows: pooled from its answers, or, for a round with no answers here (one that came from another
     * installation), as that installation showed them. A round's own answers always win over stored results.
     */
    private Shown shown(Round round, Map<OrganisationId, ResultRow> before) {
        List<Tally> tallies = responses.tallies(round.id());
        Optional<ImportedResults.Imported> stored = tallies.isEmpty() ? imported.of(round.id()) : Optional.empty();
        if (stored.isPresent()) {
            return shown(round, stored.get(), before);
        }
        List<Pooling.Group> groups = groups(round, tallies);
        return new Shown(
                rows(round, groups, before),
                (int) groups.stream().filter(g -> !g.shown()).count(),
                groups.stream().mapToInt(g -> g.tally().respondents()).sum());
    }

    private static Shown shown(Round round, ImportedResults.Imported stored, Map<OrganisationId, ResultRow> before) {
        List<ResultRow> rows = new ArrayList<>();
        for (ImportedResults.Group g : stored.groups()) {
            rows.add(row(
                    round.asks(),
                    g.tally(),
                    g.name(),
                    g.pooledFrom(),
                    before.get(g.tally().unit())));
        }
        return new Shown(sorted(rows), stored.withheldGroups(), stored.respondents());
    }

    private static List<Pooling.Group> groups(Round round, List<Tally> tallies) {
        Map<OrganisationId, OrganisationId> parentOf = new HashMap<>();
        round.units().stream().filter(u -> u.parent() != null).forEach(u -> parentOf.put(u.organisation(), u.parent()));
        return Pooling.pool(tallies, parentOf, Results.THRESHOLD);
    }

    private static List<ResultRow> rows(
            Round round, List<Pooling.Group> groups, Map<OrganisationId, ResultRow> before) {
        Map<OrganisationId, String> names = new HashMap<>();
        for (RoundUnit u : round.units()) {
            names.put(u.organisation(), u.name());
            if (u.parent() != null) {
                names.putIfAbsent(u.parent(), u.parentName());
            }
        }
        List<ResultRow> rows = new ArrayList<>();
        for (Pooling.Group g : groups) {
            if (g.shown()) {
                rows.add(row(round.asks(), g, names, before.get(g.unit())));
            }
        }
        return sorted(rows);
    }

    private static List<ResultRow> sorted(List<ResultRow> rows) {
        rows.sort(Comparator.comparing(ResultRow::name)
                .thenComparing(r -> r.unit().toString()));
        return rows;
    }

    private static ResultRow row(
            MaturityTemplate template, Pooling.Group g, Map<OrganisationId, String> names, ResultRow before) {
        List<String> pooledFrom = g.pooledFrom().stream()
                .map(u -> names.getOrDefault(u, "–"))
                .sorted()
                .toList();
        return row(template, g.tally(), names.getOrDefault(g.unit(), "–"), pooledFrom, before);
    }

    private static ResultRow row(
            MaturityTemplate template, Tally tally, String name, List<String> pooledFrom, ResultRow before) {
        List<ResultCell> cells = new ArrayList<>();
        for (MaturityTemplate.Dimension d : template.dimensions()) {
            Tally.Sum sum = tally.sums().getOrDefault(d.key(), Tally.Sum.ZERO);
            BigDecimal mean = mean(sum);
            BigDecimal change = before == null || mean == null
                    ? null
                    : before.cells().stream()
                            .filter(c -> c.dimension().equals(d.key()) && c.mean() != null)
                            .findFirst()
                            .map(c -> mean.subtract(c.mean()))
                            .orElse(null);
            cells.add(new ResultCell(d.key(), tally.respondents(), sum.points(), sum.answers(), mean, change));
        }
        return new ResultRow(tally.unit(), name, pooledFrom, tally.respondents(), cells);
    }

    static BigDecimal mean(Tally.Sum sum) {
        return sum.answers() == 0
                ? null
                : BigDecimal.valueOf(sum.points()).divide(BigDecimal.valueOf(sum.answers()), 1, RoundingMode.HALF_UP);
    }

    /** The latest closed round of the same programme and template that closed before this one. */
    private Optional<Round> previous(Round round) {
        return rounds.ofProgramme(round.programme()).stream()
                .filter(r -> r.status() == RoundStatus.CLOSED
                        && r.template().equals(round.template())
                        && r.closesOn().isBefore(round.closesOn()))
                .max(Comparator.comparing(Round::closesOn));
    }
}
