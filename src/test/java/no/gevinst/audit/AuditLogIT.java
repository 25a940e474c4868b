package no.gevinst.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;
import no.gevinst.GevinstIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@GevinstIntegrationTest
class AuditLogIT {

    /** The application's role is refused by its rights; the owner's, by the trigger. */
    private static final String REFUSED = "(?s).*(permission denied for table audit_log|append-only).*";

    @Autowired
    AuditLog auditLog;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    private final String entityId = UUID.randomUUID().toString();

    @BeforeEach
    void recordOneChange() {
        transactions.executeWithoutResult(
                status -> auditLog.record("test-entity", entityId, "create", null, Map.of("name", "før")));
    }

    @Test
    void recordsWhoWhatAndTheStateAsJson() {
        AuditEntry entry = auditLog.history("test-entity", entityId).getFirst();
        assertThat(entry.actor()).isEqualTo("system");
        assertThat(entry.action()).isEqualTo("create");
        assertThat(entry.after()).isEqualTo("{\"name\": \"før\"}");
        assertThat(entry.occurredAt()).isNotNull();
    }

    @Test
    void auditRowsCannotBeUpdated() {
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_log SET actor = 'forger' WHERE entity_id = :id")
                        .param("id", entityId)
                        .update())
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageMatching(REFUSED);
        assertThat(auditLog.history("test-entity", entityId).getFirst().actor()).isEqualTo("system");
    }

    @Test
    void auditRowsCannotBeDeletedOrTruncated() {
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_log WHERE entity_id = :id")
                        .param("id", entityId)
                        .update())
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageMatching(REFUSED);
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_log").update())
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageMatching(REFUSED);
        assertThat(auditLog.history("test-entity", entityId)).hasSize(1);
    }

    @Test
    void refusesToRecordOutsideTheTransactionOfAWrite() {
        assertThatThrownBy(() -> auditLog.record("test-entity", entityId, "update", null, null))
                .isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
    }
}
