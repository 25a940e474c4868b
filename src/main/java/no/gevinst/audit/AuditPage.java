package no.gevinst.audit;

import java.util.List;

/**
 * One page of a search, newest first.
 *
 * @param next the id to continue behind for the next (older) page, or null when this is the last
 */
public record AuditPage(AuditQuery query, List<LoggedChange> entries, Long next) {

    public AuditPage {
        entries = List.copyOf(entries);
    }

    public boolean hasNext() {
        return next != null;
    }
}
