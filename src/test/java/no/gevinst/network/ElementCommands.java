package no.gevinst.network;

/**
 * Elements for tests, read as the edges read them: {@code ElementCommands.of("ENABLER", "Portal", "", "R1", "", "")}
 * instead of the sixteen-field input. A field that does not read throws, as at the edge.
 */
public final class ElementCommands {

    private ElementCommands() {}

    /** A new element, status planned, no change description; blank or null fields are left out. */
    public static ElementCommand of(
            String kind, String label, String ownerId, String release, String plannedDate, String movedDate) {
        return ElementCommand.parse(Networks.ElementInput.of(kind, label, ownerId, release, plannedDate, movedDate));
    }

    /** The same fields as a change of a stored element (the kind may be left blank). */
    public static ElementCommand change(
            String kind, String label, String ownerId, String release, String plannedDate, String movedDate) {
        return ElementCommand.parseChange(
                Networks.ElementInput.of(kind, label, ownerId, release, plannedDate, movedDate));
    }
}
