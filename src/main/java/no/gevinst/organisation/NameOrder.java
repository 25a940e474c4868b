package no.gevinst.organisation;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The order of organisations and people by their names (lower case, then id), whoever may see them, for lists that
 * other modules keep ordered by name (a programme's parties and steering group, issue 21). It answers ranks, never
 * names, so it tells nothing a list of ids did not; all the ids of a page in one query, read again after a rename
 * as any other read is (the data generation moves).
 */
@Component
public class NameOrder {

    private final JdbcClient jdbc;

    NameOrder(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The rank of each organisation and person named, in one query; an id not found ranks after every other. */
    public Ranks of(Collection<OrganisationId> organisations, Collection<PersonId> people) {
        Map<UUID, Integer> ranks = new HashMap<>();
        if (organisations.isEmpty() && people.isEmpty()) {
            return new Ranks(ranks);
        }
        jdbc.sql("""
                        SELECT id FROM (
                            SELECT id, name FROM organisation WHERE id = ANY(:organisations)
                            UNION ALL SELECT id, name FROM person WHERE id = ANY(:people)) named
                        ORDER BY lower(name), id
                        """)
                .param(
                        "organisations",
                        organisations.stream().map(OrganisationId::value).toArray(UUID[]::new))
                .param("people", people.stream().map(PersonId::value).toArray(UUID[]::new))
                .query(rs -> {
                    ranks.put(rs.getObject("id", UUID.class), ranks.size());
                });
        return new Ranks(ranks);
    }

    /** Ranks by name: sorts lists of things that carry an organisation's or a person's id. */
    public record Ranks(Map<UUID, Integer> ranks) {

        public <T> List<T> sorted(List<T> items, Function<T, UUID> id) {
            return items.stream()
                    .sorted(Comparator.comparingInt((T item) -> ranks.getOrDefault(id.apply(item), Integer.MAX_VALUE))
                            .thenComparing(item -> id.apply(item)))
                    .toList();
        }
    }
}
