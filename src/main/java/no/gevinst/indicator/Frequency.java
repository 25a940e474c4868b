package no.gevinst.indicator;

import java.time.LocalDate;

/** How often an indicator is measured. */
public enum Frequency {
    MONTH(1),
    QUARTER(3),
    YEAR(12);

    private static final double DAYS_PER_MONTH = 365.25 / 12;

    private final int months;

    Frequency(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }

    /**
     * When the measurement of the next period is due: the end of the period after the one that ended then. A period
     * that ends on a month's last day is followed by one that does too (30 September → 31 December).
     */
    public LocalDate nextPeriodEnd(LocalDate lastPeriodEnd) {
        LocalDate next = lastPeriodEnd.plusMonths(months);
        return lastPeriodEnd.getDayOfMonth() == lastPeriodEnd.lengthOfMonth()
                ? next.withDayOfMonth(next.lengthOfMonth())
                : next;
    }

    /** The day after which an indicator last measured for a period ending then is stale: 1.5 × the frequency. */
    public LocalDate staleAfter(LocalDate lastPeriodEnd) {
        return lastPeriodEnd.plusDays(Math.round(months * 1.5 * DAYS_PER_MONTH));
    }
}
