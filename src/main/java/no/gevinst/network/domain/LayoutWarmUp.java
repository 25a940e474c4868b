package no.gevinst.network.domain;

import no.gevinst.network.NetworkDrawing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Warms the layout code up once the application is ready, in the background: the first layout in a fresh JVM is
 * about three times slower than later ones (NetworkLayoutBenchmark), and the first reader should not pay for it.
 */
@Component
@ConditionalOnProperty(name = "gevinst.network.warm-up", havingValue = "true", matchIfMissing = true)
class LayoutWarmUp {

    private static final Logger log = LoggerFactory.getLogger(LayoutWarmUp.class);

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Thread thread = new Thread(
                () -> {
                    long started = System.nanoTime();
                    NetworkDrawing.warmUp();
                    log.debug("Network layout warmed up in {} ms", (System.nanoTime() - started) / 1_000_000);
                },
                "network-layout-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }
}
