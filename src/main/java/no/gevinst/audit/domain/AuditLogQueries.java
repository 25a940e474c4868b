package no.gevinst.audit.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.gevinst.audit.AuditEntry;
import no.gevinst.audit.AuditQuery;
import no.gevinst.shared.NorwegianTime;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the audit log newest first. Each filter is one condition the V22 indexes serve (time, actor, programme) or
 * the entity index of V1 does; pages continue behind the last entry shown (keyset), never by an offset.
 */
@Repository
class AuditLogQueries {

    private final JdbcClient jdbc;
    private final StateFields fields;

    AuditLogQueries(JdbcClient jdbc, StateFields fields) {
        this.jdbc = jdbc;
        this.fields = fields;
    }

    /**
     * A row found, with the programme and organisation it concerns.
     */
    record Row(AuditEntry entry, ProgrammeId programme, OrganisationId organisation) {}

    /**
     * Up to {@code limit} entries matching the query, among those the reader may read and older than the ceiling
     * (the entry recording this very read).
     *
     * @param programmes the programmes whose entries may be read, or null for every entry
     * @param actors the user names the query's "who" means, or null when it names nobody in particular
     */
    List<Row> find(AuditQuery query, Set<ProgrammeId> programmes, Set<String> actors, long ceiling, int limit) {
        StringBuilder sql = new StringBuilder("""
                SELECT id, occurred_at, actor, entity_type, entity_id, action, programme_id, organisation_id,
                       before_state::text AS before_state, after_state::text AS after_state
                FROM audit_log WHERE id < :ceiling
                """);
        var statement = new java.util.LinkedHashMap<String, Object>();
        statement.put("ceiling", ceiling);
        if (programmes != null) {
            sql.append(" AND programme_id IN (:programmes)");
            statement.put(
                    "programmes", programmes.stream().map(ProgrammeId::value).toList());
        }
        if (actors != null) {
            sql.append(" AND actor IN (:actors)");
            statement.put("actors", List.copyOf(actors));
        }
        queryConditions(sql, statement, query);
        sql.append(" ORDER BY occurred_at DESC, id DESC LIMIT :limit");
        statement.put("limit", limit);
        return jdbc.sql(sql.toString()).params(statement).query(this::row).list();
    }

    /** The conditions the query itself sets: what, which, when, and behind which entry. */
    private static void queryConditions(StringBuilder sql, java.util.Map<String, Object> statement, AuditQuery query) {
        condition(sql, statement, "entity_type = :type", "type", query.entityType());
        condition(sql, statement, "entity_id = :entity", "entity", query.entityId());
        condition(sql, statement, "action = :action", "action", query.action());
        condition(
                sql,
                statement,
                "programme_id = :programme",
                "programme",
                query.programme() == null ? null : query.programme().value());
        condition(sql, statement, "occurred_at >= :from", "from", startOf(query.from()));
        condition(
                sql,
                statement,
                "occurred_at < :to",
                "to",
                query.to() == null ? null : startOf(query.to().plusDays(1)));
        // Behind the entry of the previous page in the order shown: by time, and by id among entries of one instant.
        condition(
                sql,
                statement,
                "(occurred_at, id) < (SELECT a.occurred_at, a.id FROM audit_log a WHERE a.id = :after)",
                "after",
                query.after());
    }

    /**
     * The kinds of record the log holds entries of, read by skipping through the entity index one kind at a time,
     * so that it costs a lookup per kind however long the log is.
     */
    List<String> entityTypes() {
        return jdbc.sql("""
                        WITH RECURSIVE kinds(entity_type) AS (
                            (SELECT entity_type FROM audit_log ORDER BY entity_type LIMIT 1)
                            UNION ALL
                            SELECT (SELECT a.entity_type FROM audit_log a WHERE a.entity_type > kinds.entity_type
                                    ORDER BY a.entity_type LIMIT 1)
                            FROM kinds WHERE kinds.entity_type IS NOT NULL
                        )
                        SELECT entity_type FROM kinds WHERE entity_type IS NOT NULL
                        """).query(String.class).list();
    }

    private static void condition(
            StringBuilder sql, java.util.Map<String, Object> statement, String condition, String name, Object value) {
        if (value != null) {
            sql.append(" AND ").append(condition);
            statement.put(name, value);
        }
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(NorwegianTime.zone()).toOffsetDateTime();
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        String before = rs.getString("before_state");
        String after = rs.getString("after_state");
        AuditEntry entry = new AuditEntry(
                rs.getLong("id"),
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("actor"),
                rs.getString("entity_type"),
                rs.getString("entity_id"),
                rs.getString("action"),
                before,
                after,
                fields.changed(before, after));
        UUID programme = rs.getObject("programme_id", UUID.class);
        UUID organisation = rs.getObject("organisation_id", UUID.class);
        return new Row(
                entry,
                programme == null ? null : new ProgrammeId(programme),
                organisation == null ? null : new OrganisationId(organisation));
    }
}
