package no.gevinst.indicator;

/**
 * Which page of an indicator's measurements is shown, newest first: pages are counted from 1. Whether there is a
 * next page is found by reading one row more than the page holds, never by counting the whole history.
 */
public record MeasurementPaging(int page, int size, boolean hasNext) {

    public static final int DEFAULT_SIZE = 100;
    public static final int MAX_SIZE = 1000;

    public MeasurementPaging {
        if (page < 1 || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page from 1, size 1.." + MAX_SIZE);
        }
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    /** The position of the page's first row among all, from 1. */
    public long first() {
        return (long) (page - 1) * size + 1;
    }
}
