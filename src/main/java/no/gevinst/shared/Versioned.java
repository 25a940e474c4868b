package no.gevinst.shared;

/**
 * A record written with optimistic locking: the version it was read with goes back with a change (If-Match in the
 * API, a hidden field on the pages), so {@link ApiWrites} can answer any of them with its ETag the same way.
 */
public interface Versioned {

    long version();
}
