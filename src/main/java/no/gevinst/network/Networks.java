package no.gevinst.network;

import java.io.Serializable;
import java.util.List;
import no.gevinst.shared.ProgrammeId;

/** The benefit dependency networks of the programmes: read, drawn and edited. */
public interface Networks {

    /** The programme's network: its own elements, the register's benefits and objectives, and the links. */
    Network of(ProgrammeId programme);

    /** The part of the programme's network the view asks for; an unknown focus is a violation of {@code focus}. */
    Network of(ProgrammeId programme, NetworkView view);

    /**
     * The whole network and the part the view asks for, from one reading: a page that shows a view still lists
     * the whole network's nodes in its forms.
     */
    Viewed viewed(ProgrammeId programme, NetworkView view);

    /** The whole network and the view shown of it; the same object when the view is the whole programme. */
    record Viewed(Network whole, Network shown) {}

    /**
     * The links the programme's map states, without reading its nodes: what the portfolio's double-counting control
     * needs (which benefit leads to which, and the shares into each). A link to a benefit since removed may remain.
     */
    List<NetworkLink> statedLinks(ProgrammeId programme);

    /** The view drawn in layers as a standalone SVG document. */
    String svg(ProgrammeId programme, NetworkView view);

    /**
     * The elements the person owns that are neither done nor cancelled, in the programmes the user may see, soonest
     * due first: one query however many networks there are.
     */
    List<OwnedElement> openElementsOf(no.gevinst.shared.PersonId owner);

    /** One of the network's own elements with its change description. */
    NetworkElement element(ProgrammeId programme, ElementId element);

    /**
     * Refuses a user who may not draw the programme's network (its coordinators may): asked before anything the user
     * sent is read, so that a refused user learns nothing from what is wrong with it.
     *
     * @throws no.gevinst.shared.NotFoundException when the programme is not visible to the user
     * @throws org.springframework.security.access.AccessDeniedException when it is visible but not theirs to draw
     */
    void requireMayChange(ProgrammeId programme);

    /** Adds an enabler, prerequisite, change or driver; only the programme's coordinators may. */
    NetworkElement addElement(ProgrammeId programme, ElementCommand command);

    /** Changes an element; its kind stays. Moving an enabler's date moves the slippage forecast downstream. */
    NetworkElement updateElement(
            ProgrammeId programme, ElementId element, ElementCommand command, long expectedVersion);

    /** Removes an element with its links and change description, if it still has the version read. */
    void removeElement(ProgrammeId programme, ElementId element, long expectedVersion);

    /** The same over whatever is stored: for the application's own loaders and tests, never for requests. */
    default NetworkElement updateElement(ProgrammeId programme, ElementId element, ElementCommand command) {
        return updateElement(
                programme, element, command, element(programme, element).version());
    }

    /** The same over whatever is stored: for the application's own loaders and tests, never for requests. */
    default void removeElement(ProgrammeId programme, ElementId element) {
        removeElement(programme, element, element(programme, element).version());
    }

    /** Links two nodes of the programme's network; refused when it would break a rule that cannot wait. */
    NetworkLink link(ProgrammeId programme, LinkCommand command);

    /** Removes the link between two nodes; the register's own benefit-to-objective links are removed there. */
    void unlink(ProgrammeId programme, String from, String to);

    /**
     * An element as typed into a form or sent to the API, every field text; the edge reads it once into an
     * {@link ElementCommand}. The change description's fields belong to enabling and business changes only.
     */
    record ElementInput(
            String kind,
            String label,
            String description,
            String ownerId,
            String release,
            String status,
            String plannedDate,
            String movedDate,
            String today,
            String future,
            String process,
            String technology,
            String organisation,
            String organisationalBarriers,
            String financialBarriers,
            String barrierRemoval)
            implements Serializable {

        public ChangeDescription change() {
            return ElementInputBuilder.changeOf(this);
        }

        /** An element with the fields most callers need; status planned and no change description. */
        public static ElementInput of(
                String kind, String label, String ownerId, String release, String plannedDate, String movedDate) {
            return ElementInputBuilder.planned(kind, label, ownerId, release, plannedDate, movedDate);
        }

        public ElementInput withChange(ChangeDescription c) {
            return ElementInputBuilder.from(this).change(c).build();
        }
    }

    /** A link as typed; share in percent and lag in months may be blank. The edge reads it into a {@link LinkCommand}. */
    record LinkInput(String from, String to, String kind, String share, String lagMonths) implements Serializable {}
}
