package no.gevinst.maturity.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.gevinst.maturity.RoundId;
import no.gevinst.shared.OrganisationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The pooled results of a closed round imported from another installation (issue 20), as that installation showed
 * them: its answers never travel, so these sums are all there is to show. A round of this installation has none, and
 * they are read only for a round without answers of its own (the import takes them only for a closed round).
 */
@Repository
class ImportedResults {

    /** One shown group: its sums per dimension, its name and the names of the units pooled into it, as exported. */
    record Group(Tally tally, String name, List<String> pooledFrom) {}

    /** A round's imported results: the groups shown, how many answered in all, how many groups were withheld. */
    record Imported(List<Group> groups, int respondents, int withheldGroups) {}

    private final JdbcClient jdbc;

    ImportedResults(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Imported> of(RoundId round) {
        List<Group> groups = groups(round);
        Optional<int[]> total = jdbc.sql(
                        "SELECT respondents, withheld_groups FROM maturity_result_total WHERE round_id = :r")
                .param("r", round.value())
                .query((rs, n) -> new int[] {rs.getInt("respondents"), rs.getInt("withheld_groups")})
                .optional();
        if (groups.isEmpty() && total.isEmpty()) {
            return Optional.empty();
        }
        int shown = groups.stream().mapToInt(g -> g.tally().respondents()).sum();
        return Optional.of(new Imported(
                groups, total.map(t -> t[0]).orElse(shown), total.map(t -> t[1]).orElse(0)));
    }

    private List<Group> groups(RoundId round) {
        Map<UUID, String> names = new LinkedHashMap<>();
        Map<UUID, List<String>> pooled = new HashMap<>();
        Map<UUID, Integer> respondents = new HashMap<>();
        Map<UUID, Map<String, Tally.Sum>> sums = new HashMap<>();
        jdbc.sql("""
                        SELECT organisation_id, name, pooled_from, dimension, respondents, points, answers
                        FROM maturity_result WHERE round_id = :r ORDER BY organisation_id, dimension
                        """).param("r", round.value()).query(rs -> {
            UUID unit = rs.getObject("organisation_id", UUID.class);
            names.putIfAbsent(unit, rs.getString("name"));
            pooled.putIfAbsent(
                    unit, Arrays.asList((String[]) rs.getArray("pooled_from").getArray()));
            respondents.putIfAbsent(unit, rs.getInt("respondents"));
            sums.computeIfAbsent(unit, k -> new HashMap<>())
                    .put(rs.getString("dimension"), new Tally.Sum(rs.getLong("points"), rs.getLong("answers")));
        });
        List<Group> groups = new ArrayList<>();
        names.forEach((unit, name) -> groups.add(new Group(
                new Tally(new OrganisationId(unit), respondents.get(unit), sums.get(unit)), name, pooled.get(unit))));
        return groups;
    }
}
