package no.gevinst.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import no.gevinst.GevinstIntegrationTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A domain event is recorded in the transaction that publishes it: a listener that fails leaves the publication
 * behind, and it is published again (at a node's start, or here by hand) until the listener has done its work.
 */
@GevinstIntegrationTest
@Import(EventPublicationRegistryIT.FailingOnce.class)
class EventPublicationRegistryIT {

    private static final Duration TEN_SECONDS = Duration.ofSeconds(10);

    record Probe(UUID id) {}

    /** Fails as often as told, then does its work. Its state is reached through methods: the bean is a proxy. */
    @TestConfiguration
    static class FailingOnce {
        private final AtomicInteger failuresLeft = new AtomicInteger();
        private final Set<UUID> handled = ConcurrentHashMap.newKeySet();

        @ApplicationModuleListener
        public void on(Probe probe) {
            if (failuresLeft.getAndDecrement() > 0) {
                throw new IllegalStateException("the listener's work failed");
            }
            handled.add(probe.id());
        }

        public void failNext(int times) {
            failuresLeft.set(times);
        }

        public boolean handled(UUID id) {
            return handled.contains(id);
        }
    }

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    IncompleteEventPublications incomplete;

    @Autowired
    FailingOnce listener;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anEventWhoseListenerFailedIsKeptAndPublishedAgainUntilItsWorkIsDone() {
        UUID id = UUID.randomUUID();
        listener.failNext(1);

        publishCommitted(new Probe(id));

        // The listener runs after the commit on another thread; once it has failed, its publication is still there.
        Awaitility.await().atMost(TEN_SECONDS).until(() -> failedPublicationsOf(id) == 1);
        assertThat(listener.handled(id)).isFalse();

        incomplete.resubmitIncompletePublications(publication -> true);

        Awaitility.await().atMost(TEN_SECONDS).until(() -> listener.handled(id) && publicationsOf(id) == 0);
    }

    @Test
    void anEventPublishedInAWriteThatIsRolledBackIsNeitherHandledNorKept() {
        UUID id = UUID.randomUUID();

        transactions.executeWithoutResult(status -> {
            events.publishEvent(new Probe(id));
            status.setRollbackOnly();
        });

        assertThat(listener.handled(id)).isFalse();
        assertThat(publicationsOf(id)).isZero();
    }

    @Test
    void anEventWhoseListenerSucceedsLeavesNoPublicationBehind() {
        UUID id = UUID.randomUUID();

        publishCommitted(new Probe(id));

        Awaitility.await().atMost(TEN_SECONDS).until(() -> listener.handled(id) && publicationsOf(id) == 0);
    }

    private void publishCommitted(Probe probe) {
        try {
            transactions.executeWithoutResult(status -> events.publishEvent(probe));
        } catch (IllegalStateException listenerFailedAfterTheCommit) {
            // Whether a failing after-commit listener's exception reaches the publisher is Spring's choice; the
            // publication's row below is what this test is about.
        }
    }

    private long failedPublicationsOf(UUID id) {
        return jdbc.sql(
                        "SELECT count(*) FROM event_publication WHERE serialized_event LIKE :id AND completion_date IS NULL"
                                + " AND status = 'FAILED'")
                .param("id", "%" + id + "%")
                .query(Long.class)
                .single();
    }

    private long publicationsOf(UUID id) {
        return jdbc.sql("SELECT count(*) FROM event_publication WHERE serialized_event LIKE :id")
                .param("id", "%" + id + "%")
                .query(Long.class)
                .single();
    }
}
