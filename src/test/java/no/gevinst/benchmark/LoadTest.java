package no.gevinst.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * A closed-model load generator: each of N logged-in users (its own HTTP client, so its own cookies and
 * connection) requests its steps one after the other, without think time, until the duration is over. Every
 * request's latency is kept, so the percentiles are exact. The users are virtual threads; the server's work is
 * what limits the throughput on a machine with a few cores, since a blocked virtual thread costs nothing.
 */
final class LoadTest {

    /** One kind of request in a user's loop; the path may differ per iteration (another benefit each time). */
    record Step(String group, IntFunction<String> path) {

        static Step of(String group, String path) {
            return new Step(group, i -> path);
        }
    }

    /**
     * What one group of requests (or all of them) got. Throughput and latencies are of the answers with status 200
     * only: a server that answers 503 in 2 ms under overload must not look fast. Errors are counted beside them.
     */
    record GroupResult(String group, Latencies latencies, int errors, double seconds) {

        double throughput() {
            return latencies.count() / seconds;
        }

        String errorText() {
            return errors + " of " + (latencies.count() + errors);
        }
    }

    record Result(int users, double seconds, Map<String, GroupResult> groups, GroupResult overall) {}

    private LoadTest() {}

    /** Runs the steps in a loop on every session at once; the sessions must be logged in already. */
    static Result run(List<BenchmarkSession> sessions, List<Step> steps, Duration duration) throws Exception {
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        List<Future<UserRecord>> users = new ArrayList<>();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int u = 0; u < sessions.size(); u++) {
                BenchmarkSession session = sessions.get(u);
                int offset = u;
                users.add(executor.submit(() -> loop(session, steps, deadline, offset)));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        UserRecord all = new UserRecord(steps.size());
        for (Future<UserRecord> user : users) {
            all.add(user.get());
        }
        Map<String, GroupResult> groups = new LinkedHashMap<>();
        for (int s = 0; s < steps.size(); s++) {
            String group = steps.get(s).group();
            GroupResult earlier = groups.get(group);
            long[] nanos = all.nanos(s);
            int errors = all.errors[s];
            if (earlier != null) {
                nanos = concat(nanos, earlier.latencies().sortedCopy());
                errors += earlier.errors();
            }
            groups.put(group, new GroupResult(group, Latencies.of(nanos), errors, seconds));
        }
        long[] every = new long[0];
        int errors = 0;
        for (int s = 0; s < steps.size(); s++) {
            every = concat(every, all.nanos(s));
            errors += all.errors[s];
        }
        return new Result(
                sessions.size(), seconds, groups, new GroupResult("overall", Latencies.of(every), errors, seconds));
    }

    private static UserRecord loop(BenchmarkSession session, List<Step> steps, long deadline, int offset) {
        UserRecord record = new UserRecord(steps.size());
        int iteration = offset;
        while (System.nanoTime() < deadline) {
            for (int k = 0; k < steps.size() && System.nanoTime() < deadline; k++) {
                // Each user starts its loop at another step, so that every step is under load from the start.
                int s = (k + offset) % steps.size();
                String path = steps.get(s).path().apply(iteration);
                long begin = System.nanoTime();
                boolean ok;
                try {
                    ok = session.fetch(path).status() == 200;
                } catch (Exception e) {
                    ok = false;
                }
                record.add(s, System.nanoTime() - begin, ok);
            }
            iteration++;
        }
        return record;
    }

    private static long[] concat(long[] a, long[] b) {
        long[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    /** One user's samples per step, in growing arrays: no sharing between users while they run. */
    private static final class UserRecord {
        private final long[][] nanos;
        private final int[] counts;
        private final int[] errors;

        UserRecord(int steps) {
            nanos = new long[steps][256];
            counts = new int[steps];
            errors = new int[steps];
        }

        /** Keeps the latency of an answer that counts; an error is only counted, as its speed says nothing. */
        void add(int step, long duration, boolean ok) {
            if (!ok) {
                errors[step]++;
                return;
            }
            if (counts[step] == nanos[step].length) {
                nanos[step] = Arrays.copyOf(nanos[step], counts[step] * 2);
            }
            nanos[step][counts[step]++] = duration;
        }

        void add(UserRecord other) {
            for (int s = 0; s < counts.length; s++) {
                for (int i = 0; i < other.counts[s]; i++) {
                    add(s, other.nanos[s][i], true);
                }
                errors[s] += other.errors[s];
            }
        }

        long[] nanos(int step) {
            return Arrays.copyOf(nanos[step], counts[step]);
        }
    }
}
