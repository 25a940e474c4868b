package no.gevinst.organisation.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.gevinst.organisation.Organisation;
import no.gevinst.organisation.OrganisationNumber;
import no.gevinst.organisation.OrganisationType;
import no.gevinst.shared.DataGeneration;
import no.gevinst.shared.GenerationKept;
import no.gevinst.shared.OrganisationId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class OrganisationRepository {

    private static final String SELECT =
            "SELECT id, name, type, organisation_number, parent_id, version FROM organisation ";

    private static final String MEMO = "organisation.all";

    private final JdbcClient jdbc;

    /**
     * Every organisation, kept per data generation as the programmes are: the indicator page names each
     * measurement's unit and asked for all of them on every view (61 in a tenth of a region), though they change
     * only with a write (issue 15).
     */
    private final GenerationKept<Boolean, List<Organisation>> kept;

    OrganisationRepository(JdbcClient jdbc, DataGeneration generations) {
        this.jdbc = jdbc;
        this.kept = new GenerationKept<>(generations, 1);
    }

    /** Every organisation, read once per page request (the page and the parts added to it each ask for them). */
    List<Organisation> all() {
        return no.gevinst.shared.RequestMemo.remember(MEMO, () -> kept.get(true, this::readAll));
    }

    private List<Organisation> readAll() {
        return List.copyOf(jdbc.sql(SELECT + "ORDER BY lower(name), id")
                .query(OrganisationRepository::map)
                .list());
    }

    List<Organisation> search(String text) {
        return jdbc.sql(SELECT + """
                        WHERE strpos(lower(name), lower(:text)) > 0 OR strpos(organisation_number, :digits) > 0
                        ORDER BY lower(name), id
                        """)
                .param("text", text)
                .param("digits", text.replace(" ", ""))
                .query(OrganisationRepository::map)
                .list();
    }

    Optional<Organisation> find(OrganisationId id) {
        return jdbc.sql(SELECT + "WHERE id = :id")
                .param("id", id.value())
                .query(OrganisationRepository::map)
                .optional();
    }

    /** How many levels above or below a unit the tree is walked: a region's tree is a handful deep. */
    private static final int MAX_DEPTH = 20;

    /** Each unit with the organisations above it, nearest first, in one recursive query. */
    Map<OrganisationId, List<OrganisationId>> withAncestors(Collection<OrganisationId> units) {
        Map<OrganisationId, List<OrganisationId>> lines = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                        WITH RECURSIVE up (unit, organisation_id, parent_id, depth) AS (
                            SELECT o.id, o.id, o.parent_id, 0 FROM organisation o WHERE o.id = ANY(:units)
                          UNION ALL
                            SELECT up.unit, o.id, o.parent_id, up.depth + 1
                            FROM up JOIN organisation o ON o.id = up.parent_id
                            WHERE up.depth < :maxDepth
                        )
                        SELECT unit, organisation_id FROM up ORDER BY unit, depth
                        """).param("units", ids(units)).param("maxDepth", MAX_DEPTH).query(rs -> {
            lines.computeIfAbsent(new OrganisationId(rs.getObject("unit", UUID.class)), u -> new ArrayList<>())
                    .add(new OrganisationId(rs.getObject("organisation_id", UUID.class)));
        });
        return lines;
    }

    /** The units and every organisation below them, in one recursive query. */
    Set<OrganisationId> withDescendants(Collection<OrganisationId> units) {
        return Set.copyOf(jdbc.sql("""
                        WITH RECURSIVE down (organisation_id, depth) AS (
                            SELECT o.id, 0 FROM organisation o WHERE o.id = ANY(:units)
                          UNION
                            SELECT o.id, down.depth + 1
                            FROM down JOIN organisation o ON o.parent_id = down.organisation_id
                            WHERE down.depth < :maxDepth
                        )
                        SELECT DISTINCT organisation_id FROM down
                        """)
                .param("units", ids(units))
                .param("maxDepth", MAX_DEPTH)
                .query((rs, n) -> new OrganisationId(rs.getObject("organisation_id", UUID.class)))
                .list());
    }

    private static UUID[] ids(Collection<OrganisationId> units) {
        return units.stream().map(OrganisationId::value).distinct().toArray(UUID[]::new);
    }

    List<Organisation> findAll(Collection<OrganisationId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        UUID[] values = ids.stream().map(OrganisationId::value).toArray(UUID[]::new);
        return jdbc.sql(SELECT + "WHERE id = ANY(:ids) ORDER BY lower(name), id")
                .param("ids", values)
                .query(OrganisationRepository::map)
                .list();
    }

    boolean numberTakenByOther(OrganisationNumber number, OrganisationId self) {
        return jdbc.sql("SELECT count(*) FROM organisation WHERE organisation_number = :number AND id <> :self")
                        .param("number", number.value())
                        .param("self", self.value())
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The ids from this organisation up to the top of its hierarchy, itself first. */
    List<OrganisationId> ancestry(OrganisationId start) {
        return jdbc.sql("""
                        WITH RECURSIVE up(id, parent_id, depth) AS (
                            SELECT id, parent_id, 0 FROM organisation WHERE id = :start
                            UNION ALL
                            SELECT o.id, o.parent_id, up.depth + 1 FROM organisation o JOIN up ON o.id = up.parent_id
                            WHERE up.depth < 100
                        )
                        SELECT id FROM up ORDER BY depth
                        """)
                .param("start", start.value())
                .query((rs, n) -> new OrganisationId(rs.getObject("id", UUID.class)))
                .list();
    }

    void insert(Organisation organisation) {
        no.gevinst.shared.RequestMemo.forget(MEMO);
        jdbc.sql("""
                        INSERT INTO organisation (id, name, type, organisation_number, parent_id, version)
                        VALUES (:id, :name, :type, :number, :parent, :version)
                        """).params(columns(organisation)).update();
    }

    /** Writes the changes only if nobody else did since {@code expectedVersion}; answers whether it did. */
    boolean update(Organisation organisation, long expectedVersion) {
        no.gevinst.shared.RequestMemo.forget(MEMO);
        return jdbc.sql("""
                                UPDATE organisation
                                SET name = :name, type = :type, organisation_number = :number, parent_id = :parent,
                                    version = :version
                                WHERE id = :id AND version = :expected
                                """)
                        .params(columns(organisation))
                        .param("expected", expectedVersion)
                        .update()
                == 1;
    }

    /** The row's values as an insert and an update both write them. */
    private static Map<String, @Nullable Object> columns(Organisation organisation) {
        Map<String, @Nullable Object> columns = new HashMap<>();
        columns.put("id", organisation.id().value());
        columns.put("name", organisation.name());
        columns.put("type", organisation.type().name());
        columns.put("number", organisation.organisationNumber().value());
        columns.put(
                "parent",
                organisation.parent() == null ? null : organisation.parent().value());
        columns.put("version", organisation.version());
        return columns;
    }

    private static Organisation map(ResultSet rs, int rowNum) throws SQLException {
        UUID parent = rs.getObject("parent_id", UUID.class);
        return new Organisation(
                new OrganisationId(rs.getObject("id", UUID.class)),
                rs.getString("name"),
                OrganisationType.valueOf(rs.getString("type")),
                new OrganisationNumber(rs.getString("organisation_number")),
                parent == null ? null : new OrganisationId(parent),
                rs.getLong("version"));
    }
}
