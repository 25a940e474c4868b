package no.gevinst.indicator;

/**
 * A baseline as sent; dates as ISO text.
 *
 * @param atGoLive "true" when the baseline is set at go-live, which needs a reason
 */
public record BaselineInput(
        String value,
        String periodStart,
        String periodEnd,
        String method,
        String source,
        String evidence,
        String measuredBy,
        String atGoLive,
        String goLiveReason) {}
