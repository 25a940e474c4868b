package no.gevinst.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import no.gevinst.TestUsers;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * SIGKILL of the embedded PostgreSQL while writes are being acknowledged: Gevinst notices, starts it again on the
 * same directory and port, and every write that was acknowledged is there. Runs its own Gevinst, so the server
 * the other tests share is never killed.
 */
class KilledDatabaseIT {

    private static final String NAME = "killed-database-it";
    private static final int WRITERS = 4;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void everyAcknowledgedWriteSurvivesAKilledDatabaseServerThatGevinstStartsAgain() throws Exception {
        ProcessHandle restarted;
        try (var gevinst = SeparateGevinst.start(NAME)) {
            JdbcClient jdbc = gevinst.getBean(JdbcClient.class);
            Set<String> acknowledged = ConcurrentHashMap.newKeySet();
            AtomicInteger failed = new AtomicInteger();
            AtomicBoolean writing = new AtomicBoolean(true);
            ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                writers.submit(() -> write(jdbc, writer, writing, acknowledged, failed));
            }
            Awaitility.await("200 writes before the kill")
                    .atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(50))
                    .until(() -> acknowledged.size() >= 200);

            ProcessHandle postmaster = SeparateGevinst.postmaster(NAME);
            Instant killed = Instant.now();
            postmaster.destroyForcibly();
            postmaster.onExit().get(10, TimeUnit.SECONDS);
            int acknowledgedAtKill = acknowledged.size();

            List<Integer> answers = new ArrayList<>();
            int status = 0;
            while (status != 200 && Duration.between(killed, Instant.now()).toSeconds() < 60) {
                status = organisations(SeparateGevinst.port(gevinst));
                answers.add(status);
            }
            Duration recovery = Duration.between(killed, Instant.now());
            Awaitility.await("200 writes after the restart")
                    .atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(50))
                    .until(() -> acknowledged.size() >= acknowledgedAtKill + 200);
            writing.set(false);
            writers.shutdown();
            assertThat(writers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

            Set<String> stored = new HashSet<>(jdbc.sql("SELECT entity_id FROM audit_log WHERE entity_type = :type")
                    .param("type", NAME)
                    .query(String.class)
                    .list());
            Set<String> lost = new HashSet<>(acknowledged);
            lost.removeAll(stored);
            System.out.printf(
                    "%nKilledDatabaseIT: %d writes acknowledged (%d before the kill), %d refused, %d lost;"
                            + " API answers after the kill (status=count) %s; serving again %d ms after the kill%n",
                    acknowledged.size(),
                    acknowledgedAtKill,
                    failed.get(),
                    lost.size(),
                    answers.stream()
                            .collect(java.util.stream.Collectors.groupingBy(
                                    a -> a, java.util.TreeMap::new, java.util.stream.Collectors.counting())),
                    recovery.toMillis());

            assertThat(lost).isEmpty();
            assertThat(answers).last().isEqualTo(200);
            assertThat(answers).allMatch(answer -> answer == 200 || answer == 503);
            restarted = SeparateGevinst.postmaster(NAME);
            assertThat(restarted.pid()).isNotEqualTo(postmaster.pid());
        }
        assertThat(restarted.onExit().get(10, TimeUnit.SECONDS).isAlive())
                .as("the embedded server stops with Gevinst")
                .isFalse();
    }

    private static void write(
            JdbcClient jdbc, int writer, AtomicBoolean writing, Set<String> acknowledged, AtomicInteger failed) {
        for (int n = 0; writing.get(); n++) {
            String id = writer + "-" + n;
            try {
                jdbc.sql(
                                "INSERT INTO audit_log (actor, entity_type, entity_id, action) VALUES ('test', :type, :id, 'create')")
                        .param("type", NAME)
                        .param("id", id)
                        .update();
                acknowledged.add(id);
            } catch (DataAccessException e) {
                failed.incrementAndGet();
                pause();
            }
        }
    }

    private int organisations(int port) {
        String credentials = TestUsers.ADMIN + ":" + TestUsers.ADMIN_PASSWORD;
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/organisations"))
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(20))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
