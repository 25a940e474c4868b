package no.gevinst.shared;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Work that several Gevinst nodes sharing one database must do once, not once per node: the first start's
 * administrator and demo dataset. Each node checks and acts inside one transaction that first takes a PostgreSQL
 * advisory lock named after the work; a second node starting at the same moment waits for that lock, and then
 * sees what the first committed. The lock is released by the commit or rollback, also when a node dies.
 */
public final class AcrossNodes {

    private AcrossNodes() {}

    /**
     * Waits for the lock named, and holds it until the surrounding transaction ends.
     *
     * @throws IllegalStateException outside a transaction, where the lock would be released at once
     */
    public static void holdUntilCommit(JdbcClient jdbc, String work) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("The lock on '" + work + "' needs a transaction to hold it");
        }
        // 64-bit key from a name space of our own, so it cannot collide with the ids other locks are taken on.
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(:name, 0))")
                .param("name", "gevinst:once:" + work)
                .query((rs, n) -> 1)
                .list();
    }
}
