package no.gevinst.network;

import java.time.LocalDate;
import no.gevinst.shared.ProgrammeId;

/**
 * An enabler, change or prerequisite of a programme's network that a person owns and has not finished, for their own
 * start page; its page is {@code /programmes/{programme}/network/elements/{id}}.
 *
 * @param due the moved date when the plan has moved, else the planned date; null when neither is set
 */
public record OwnedElement(
        ProgrammeId programme, ElementId id, NodeKind kind, String label, ElementStatus status, LocalDate due) {

    /** Not delivered by the day it was due (it is open, or it would not be owned here). */
    public boolean isOverdue(LocalDate today) {
        return due != null && due.isBefore(today);
    }
}
