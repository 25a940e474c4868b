package no.gevinst.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.gevinst.GevinstModuleTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit module on its own, the example of a module test ({@link GevinstModuleTest}): it boots the audit module
 * and the shared module it depends on, not the whole application. What the module asks of the modules above it is
 * declared here ({@link Others}).
 */
@GevinstModuleTest
@Import(AuditLogIT.Others.class)
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

    /**
     * What the audit module asks the modules above it, which this test does not boot: who may search the log (the
     * programme module) and whose user names are whose (the access module). Nobody searches the log here.
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class Others {
        @Bean
        AuditReaders nobodyReads() {
            return () -> AuditReadership.NONE;
        }

        @Bean
        ActorNames noNames() {
            return new ActorNames() {
                @Override
                public Map<String, String> fullNames(Collection<String> usernames) {
                    return Map.of();
                }

                @Override
                public Set<String> matching(String actor) {
                    return Set.of(actor);
                }
            };
        }
    }
}
