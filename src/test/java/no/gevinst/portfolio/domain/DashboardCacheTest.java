package no.gevinst.portfolio.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import no.gevinst.shared.NotFoundException;
import org.junit.jupiter.api.Test;

/** What the cache keeps, for whom, and how many computations it lets run at once. */
class DashboardCacheTest {

    private final DashboardCache cache = new DashboardCache();

    @Test
    void aValueIsKeptUnderTheGenerationItWasComputedFromAndPerScope() {
        AtomicInteger computed = new AtomicInteger();
        // Asked at generation 3, computed from data at 4 (a write committed in between): kept under 4 only.
        String first =
                cache.get(key("kari", 3), () -> new DashboardCache.Generated<>(4, "v" + computed.incrementAndGet()));
        assertThat(first).isEqualTo("v1");
        assertThat(cache.<String>get(key("kari", 4), () -> fail())).isEqualTo("v1");
        assertThat(cache.get(key("kari", 3), () -> new DashboardCache.Generated<>(4, "v" + computed.incrementAndGet())))
                .isEqualTo("v2");
        assertThat(cache.get(key("ole", 4), () -> new DashboardCache.Generated<>(4, "ole's")))
                .isEqualTo("ole's");
        assertThat(cache.<String>get(key("kari", 4), () -> fail())).isEqualTo("v2");
    }

    @Test
    void theLeastRecentlyUsedGoFirstBeyondTheBound() {
        for (int g = 0; g <= DashboardCache.KEPT; g++) {
            long generation = g;
            cache.get(key("kari", g), () -> new DashboardCache.Generated<>(generation, "g" + generation));
        }
        assertThat(cache.<String>get(key("kari", DashboardCache.KEPT), () -> fail()))
                .isEqualTo("g" + DashboardCache.KEPT);
        assertThat(cache.get(key("kari", 0), () -> new DashboardCache.Generated<>(0, "again")))
                .isEqualTo("again");
    }

    @Test
    void usersAskingTheSameAtOnceWaitForOneComputationAndShareItsFailure() throws Exception {
        CountDownLatch arrived = new CountDownLatch(8);
        AtomicInteger computed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> {
                    arrived.countDown();
                    return cache.get(key("kari", 1), () -> {
                        computed.incrementAndGet();
                        // Every user has asked before the one computation ends.
                        await(arrived);
                        return new DashboardCache.Generated<>(1, "once");
                    });
                }));
            }
            for (Future<String> answer : answers) {
                assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo("once");
            }
            assertThat(computed).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
        assertThatThrownBy(() -> cache.get(key("kari", 2), () -> {
                    throw new NotFoundException("programme", "x");
                }))
                .isInstanceOf(NotFoundException.class);
        // A failure is not kept: the next asking computes again.
        assertThat(cache.get(key("kari", 2), () -> new DashboardCache.Generated<>(2, "found")))
                .isEqualTo("found");
    }

    @Test
    void noMoreThanTwoDashboardsAreComputedAtOnce() throws Exception {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String user = "user" + i;
                answers.add(pool.submit(() -> cache.get(key(user, 1), () -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    Thread.onSpinWait();
                    running.decrementAndGet();
                    return new DashboardCache.Generated<>(1, user);
                })));
            }
            for (int i = 0; i < 8; i++) {
                assertThat(answers.get(i).get(10, TimeUnit.SECONDS)).isEqualTo("user" + i);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(most.get()).isBetween(1, DashboardCache.COMPUTED_AT_ONCE);
    }

    private static DashboardCache.Key key(String user, long generation) {
        return new DashboardCache.Key("dashboard", user, generation);
    }

    private static <T> DashboardCache.Generated<T> fail() {
        throw new AssertionError("computed although kept");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
