package no.gevinst.audit.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import no.gevinst.audit.AuditEntry;
import no.gevinst.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@Service
class JdbcAuditLog implements AuditLog {

    /** The actor of changes made by the application itself, such as the first start. */
    static final String SYSTEM = "system";

    private static final Set<String> BOOKKEEPING = Set.of("version", "updatedAt");

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcAuditLog(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String entityType, Object entityId, String action, Object before, Object after) {
        jdbc.sql("""
                        INSERT INTO audit_log (actor, entity_type, entity_id, action, before_state, after_state)
                        VALUES (:actor, :type, :id, :action, CAST(:before AS jsonb), CAST(:after AS jsonb))
                        """)
                .param("actor", currentActor())
                .param("type", entityType)
                .param("id", String.valueOf(entityId))
                .param("action", action)
                .param("before", toJson(before))
                .param("after", toJson(after))
                .update();
    }

    @Override
    public List<AuditEntry> history(String entityType, Object entityId) {
        return jdbc.sql("""
                        SELECT id, occurred_at, actor, entity_type, entity_id, action,
                               before_state::text AS before_state, after_state::text AS after_state
                        FROM audit_log WHERE entity_type = :type AND entity_id = :id ORDER BY id
                        """)
                .param("type", entityType)
                .param("id", String.valueOf(entityId))
                .query((rs, n) -> new AuditEntry(
                        rs.getLong("id"),
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor"),
                        rs.getString("entity_type"),
                        rs.getString("entity_id"),
                        rs.getString("action"),
                        rs.getString("before_state"),
                        rs.getString("after_state"),
                        changedFields(rs.getString("before_state"), rs.getString("after_state"))))
                .list();
    }

    /** The top-level fields that differ; bookkeeping fields (version, updatedAt) are left out. */
    private List<String> changedFields(String before, String after) {
        JsonNode old = before == null ? json.createObjectNode() : json.readTree(before);
        JsonNode now = after == null ? json.createObjectNode() : json.readTree(after);
        Set<String> names = new LinkedHashSet<>();
        old.propertyNames().forEach(names::add);
        now.propertyNames().forEach(names::add);
        return names.stream()
                .filter(name -> !BOOKKEEPING.contains(name))
                .filter(name -> !Objects.equals(old.get(name), now.get(name)))
                .toList();
    }

    private String toJson(Object state) {
        return state == null ? null : json.writeValueAsString(state);
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? SYSTEM : authentication.getName();
    }
}
