package no.gevinst.config.database;

import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Lets one node of several do a periodic task per period (the ShedLock model in one statement, on the database's
 * clock): a node claims the task in the transaction that then does it, and the claim commits or rolls back with
 * the work, so a node that dies half-way leaves the task to the next one.
 */
@Component
class PeriodicTasks {

    private final JdbcClient jdbc;

    PeriodicTasks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Answers whether this node should do the task now: true when no node did it within the period. A node that
     * claims at the same moment waits for this transaction's end and is then told false.
     */
    boolean claim(String task, Duration period) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Claim '" + task + "' in the transaction that does it");
        }
        // In READ COMMITTED, a waiting upsert re-reads the row the other committed and re-checks the WHERE.
        return jdbc.sql("""
                        INSERT INTO periodic_task (task, last_run_at) VALUES (:task, now())
                        ON CONFLICT (task) DO UPDATE SET last_run_at = excluded.last_run_at
                        WHERE periodic_task.last_run_at <= now() - make_interval(secs => :seconds)
                        """)
                        .param("task", task)
                        .param("seconds", (double) period.toMillis() / 1000)
                        .update()
                == 1;
    }
}
