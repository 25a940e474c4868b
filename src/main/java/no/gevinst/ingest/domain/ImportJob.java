package no.gevinst.ingest.domain;

import java.time.Instant;
import java.util.UUID;

/** An upload of measurements in the background, with how far it has come and how it ended. */
public record ImportJob(
        UUID id,
        String fileName,
        String startedBy,
        Status status,
        long rowsRead,
        long rowsRejected,
        long added,
        long unchanged,
        String errorsJson,
        Instant startedAt,
        Instant finishedAt) {

    public enum Status {
        RUNNING,
        DONE,
        REFUSED,
        FAILED
    }

    public boolean running() {
        return status == Status.RUNNING;
    }
}
