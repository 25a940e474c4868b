package no.gevinst.report.domain;

import no.gevinst.network.NetworkDrawings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Warms the layout and PDF code up once the application is ready, in the background: the first layout and the
 * first PDF in a fresh JVM take two to three times as long as later ones (NetworkLayoutBenchmark,
 * PlanDocumentBenchmark), and the first reader should not pay for loading and compiling them.
 */
@Component
@ConditionalOnProperty(name = "gevinst.warm-up", havingValue = "true", matchIfMissing = true)
class DrawingWarmUp {

    private static final Logger log = LoggerFactory.getLogger(DrawingWarmUp.class);

    private final NetworkDocument document;
    private final NetworkDrawings drawings;

    DrawingWarmUp(NetworkDocument document, NetworkDrawings drawings) {
        this.document = document;
        this.drawings = drawings;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Thread thread = new Thread(this::run, "drawing-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    void run() {
        long started = System.nanoTime();
        String svg = drawings.warmUp();
        document.pdf("", "", svg);
        log.debug("Drawing and PDF code warmed up in {} ms", (System.nanoTime() - started) / 1_000_000);
    }
}
