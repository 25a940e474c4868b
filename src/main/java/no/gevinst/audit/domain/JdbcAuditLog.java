package no.gevinst.audit.domain;

import java.util.List;
import no.gevinst.audit.AuditEntry;
import no.gevinst.audit.AuditLog;
import no.gevinst.audit.AuditScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

@Service
class JdbcAuditLog implements AuditLog {

    /** The actor of changes made by the application itself, such as the first start. */
    static final String SYSTEM = "system";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final StateFields fields;

    JdbcAuditLog(JdbcClient jdbc, JsonMapper json, StateFields fields) {
        this.jdbc = jdbc;
        this.json = json;
        this.fields = fields;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(
            AuditScope scope, String entityType, Object entityId, String action, Object before, Object after) {
        insert(scope, entityType, entityId, action, before, after);
    }

    /** Overridden so that the transaction is required here too: a default method would call past the proxy. */
    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String entityType, Object entityId, String action, Object before, Object after) {
        insert(AuditScope.NONE, entityType, entityId, action, before, after);
    }

    /** Records the change and answers the id of its entry. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long insert(
            AuditScope scope, String entityType, Object entityId, String action, Object before, Object after) {
        AuditScope where = scope == null ? AuditScope.NONE : scope;
        return jdbc.sql("""
                        INSERT INTO audit_log (actor, entity_type, entity_id, action, before_state, after_state,
                                               programme_id, organisation_id)
                        VALUES (:actor, :type, :id, :action, CAST(:before AS jsonb), CAST(:after AS jsonb),
                                :programme, :organisation)
                        RETURNING id
                        """)
                .param("actor", currentActor())
                .param("type", entityType)
                .param("id", String.valueOf(entityId))
                .param("action", action)
                .param("before", toJson(before))
                .param("after", toJson(after))
                .param(
                        "programme",
                        where.programme() == null ? null : where.programme().value())
                .param(
                        "organisation",
                        where.organisation() == null
                                ? null
                                : where.organisation().value())
                .query(Long.class)
                .single();
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
                        fields.changed(rs.getString("before_state"), rs.getString("after_state"))))
                .list();
    }

    private String toJson(Object state) {
        return state == null ? null : json.writeValueAsString(state);
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? SYSTEM : authentication.getName();
    }
}
