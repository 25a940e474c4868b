package no.gevinst.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.UUID;
import javax.sql.DataSource;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.ingest.domain.ImportJobs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An import whose node stopped (a restart, a crash) is marked failed with its reason when Gevinst starts, instead of
 * showing as running for ever; one that a node is still running is left alone. The import's rows are written in the
 * one transaction that holds the job's lock, so a job that died left no rows behind.
 */
@GevinstIntegrationTest
class InterruptedImportIT {

    @Autowired
    ImportJobs imports;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void aJobLeftRunningByAStoppedNodeIsMarkedFailedWithItsReason() {
        UUID job = runningJob();

        imports.markInterrupted();

        assertThat(status(job)).isEqualTo("FAILED");
        assertThat(jdbc.sql("SELECT errors::text FROM import_job WHERE id = :id")
                        .param("id", job)
                        .query(String.class)
                        .single())
                .contains("ingest.job.interrupted");
        assertThat(jdbc.sql("SELECT finished_at IS NOT NULL FROM import_job WHERE id = :id")
                        .param("id", job)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void aJobThatANodeIsStillRunningIsLeftAlone() throws Exception {
        UUID job = runningJob();
        try (Connection node = dataSource.getConnection()) {
            node.setAutoCommit(false);
            // What the importing node holds for as long as its import's transaction lasts.
            try (var lock = node.prepareStatement("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))")) {
                lock.setString(1, job.toString());
                lock.execute();
            }

            imports.markInterrupted();

            assertThat(status(job)).isEqualTo("RUNNING");
            node.rollback();
        }
        imports.markInterrupted();
        assertThat(status(job)).isEqualTo("FAILED");
    }

    private UUID runningJob() {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO import_job (id, file_name, started_by, status, started_at)
                        VALUES (:id, 'malinger.csv', 'mia', 'RUNNING', now() - interval '1 hour')
                        """).param("id", id).update();
        return id;
    }

    private String status(UUID job) {
        return jdbc.sql("SELECT status FROM import_job WHERE id = :id")
                .param("id", job)
                .query(String.class)
                .single();
    }
}
