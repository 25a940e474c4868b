package no.gevinst.indicator;

/**
 * What a batch of measurements did: rows added, and rows already recorded with the same value (sent again).
 */
public record RecordResult(long added, long unchanged) {

    public RecordResult plus(RecordResult other) {
        return new RecordResult(added + other.added, unchanged + other.unchanged);
    }
}
