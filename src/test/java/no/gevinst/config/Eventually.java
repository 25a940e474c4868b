package no.gevinst.config;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for something the system does by itself, failing only when it never happens within a generous bound. */
final class Eventually {

    private Eventually() {}

    static void await(String what, Duration atMost, BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Never happened within " + atMost + ": " + what);
            }
            Thread.sleep(50);
        }
    }
}
