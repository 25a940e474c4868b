package no.gevinst.network;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A node of the network. Benefits and objectives are the register's own records, referred to by id; enablers and
 * changes belong to the network.
 *
 * @param plannedDate an enabler's planned delivery, a change's due date, a benefit's expected start
 * @param movedDate an enabler's new (actual or forecast) delivery date when it has moved, else null
 */
public record NetworkNode(
        String id,
        NodeKind kind,
        String label,
        String owner,
        String status,
        LocalDate plannedDate,
        LocalDate movedDate) {

    public NetworkNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
    }

    /** When the node is ready as things stand: the moved date if any, else the planned one. */
    public LocalDate readyDate() {
        return movedDate != null ? movedDate : plannedDate;
    }
}
