package no.gevinst.network;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A node of the network. Benefits and objectives are the register's own records, referred to by id; enablers and
 * changes belong to the network.
 *
 * @param status an element's {@link ElementStatus} or a benefit's register status, by name
 * @param plannedDate an enabler's planned delivery, a change's due date, a benefit's expected start
 * @param movedDate an enabler's actual or new forecast delivery date when it differs from the plan, else null
 * @param release the release or sprint an enabler is delivered in, blank when none
 * @param rag for a benefit the worst traffic light of its indicators (GREEN, AMBER, RED or NONE), else null
 */
public record NetworkNode(
        String id,
        NodeKind kind,
        String label,
        String owner,
        String status,
        LocalDate plannedDate,
        LocalDate movedDate,
        String release,
        String rag) {

    public NetworkNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        release = release == null ? "" : release;
    }

    public NetworkNode(
            String id,
            NodeKind kind,
            String label,
            String owner,
            String status,
            LocalDate plannedDate,
            LocalDate movedDate) {
        this(id, kind, label, owner, status, plannedDate, movedDate, "", null);
    }

    /** When the node is ready as things stand: the moved date if any, else the planned one. */
    public LocalDate readyDate() {
        return movedDate != null ? movedDate : plannedDate;
    }

    /** Whether the node is one of the network's own elements rather than a record of the register. */
    public boolean isElement() {
        return kind != NodeKind.BENEFIT && kind != NodeKind.DISBENEFIT && kind != NodeKind.OBJECTIVE;
    }
}
