package no.gevinst.config.database;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes expired sessions once a minute across all nodes. Spring Session's own clean-up runs on every node at
 * second 0 of every minute, so that nodes with synchronised clocks all delete the same rows at the same moment;
 * it is switched off here, and whichever node's turn comes first in a minute claims the sweep ({@link
 * PeriodicTasks}) while the others skip it.
 */
@Component
class ExpiredSessionSweep extends EverySoOften implements SessionRepositoryCustomizer<JdbcIndexedSessionRepository> {

    static final String TASK = "expired-sessions";
    private static final Logger log = LoggerFactory.getLogger(ExpiredSessionSweep.class);
    private static final Duration PERIOD = Duration.ofMinutes(1);
    /** Less than the period, so that nodes whose turns drift apart do not skip a whole minute between them. */
    private static final Duration CLAIM = Duration.ofSeconds(50);

    private final PeriodicTasks tasks;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    ExpiredSessionSweep(PeriodicTasks tasks, JdbcClient jdbc, TransactionTemplate transactions) {
        super("session-sweep", PERIOD);
        this.tasks = tasks;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** Runs after Spring Boot's customizer, which sets the cron from spring.session.jdbc.cleanup-cron. */
    @Override
    public void customize(JdbcIndexedSessionRepository repository) {
        repository.setCleanupCron(Scheduled.CRON_DISABLED);
    }

    /**
     * Sweeps if no node did within the claim's period.
     *
     * @return the sessions deleted, or -1 when another node's sweep was recent enough
     */
    int sweep() {
        Integer deleted = transactions.execute(status -> {
            if (!tasks.claim(TASK, CLAIM)) {
                return -1;
            }
            // Spring Session writes expiry_time from the node's clock in epoch milliseconds; so does its clean-up.
            return jdbc.sql("DELETE FROM spring_session WHERE expiry_time < :now")
                    .param("now", System.currentTimeMillis())
                    .update();
        });
        return deleted == null ? -1 : deleted;
    }

    @Override
    void turn() {
        try {
            int deleted = sweep();
            if (deleted > 0) {
                log.debug("Deleted {} expired sessions", deleted);
            }
        } catch (RuntimeException e) {
            // The database may be down; DatabaseWatch reports that. The next turn tries again.
            log.warn("Sweeping expired sessions failed: {}", e.getMessage());
        }
    }
}
