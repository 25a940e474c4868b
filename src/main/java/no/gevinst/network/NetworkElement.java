package no.gevinst.network;

import java.time.LocalDate;

/**
 * One of the network's own elements as its record page and the API show it.
 *
 * @param movedDate the actual delivery date, or the new forecast when the plan has moved
 * @param version what a change or removal names (If-Match or the form's version) to be sure nobody changed it since
 */
public record NetworkElement(
        ElementId id,
        NodeKind kind,
        String label,
        String description,
        String ownerId,
        String owner,
        String release,
        ElementStatus status,
        LocalDate plannedDate,
        LocalDate movedDate,
        ChangeDescription change,
        long version) {}
