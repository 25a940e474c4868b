package no.gevinst.network;

import java.time.LocalDate;
import java.util.Set;
import no.gevinst.shared.Ids;
import no.gevinst.shared.Inputs;
import no.gevinst.shared.PersonId;
import no.gevinst.shared.Violations;
import org.jspecify.annotations.Nullable;

/**
 * An element as the network module takes it: read once, at the edge (form, API, demo loader), from the text sent
 * ({@link Networks.ElementInput}). Only the rules that need what is stored remain for the module: that the owner
 * exists, that a changed element keeps its kind, that moved dates and change descriptions belong to its kind.
 *
 * @param kind null when a change leaves it out (the element keeps its own)
 * @param owner null when no one is named
 */
public record ElementCommand(
        @Nullable NodeKind kind,
        String label,
        String description,
        @Nullable PersonId owner,
        String release,
        ElementStatus status,
        @Nullable LocalDate plannedDate,
        @Nullable LocalDate movedDate,
        ChangeDescription change) {

    private static final Set<NodeKind> OWN_KINDS = Set.of(
            NodeKind.ENABLER,
            NodeKind.PREREQUISITE,
            NodeKind.ENABLING_CHANGE,
            NodeKind.BUSINESS_CHANGE,
            NodeKind.DRIVER);

    /**
     * A new element: its kind must be one the network owns (not a benefit or objective, which the register keeps).
     *
     * @throws no.gevinst.shared.InvalidInputException naming every field that does not read
     */
    public static ElementCommand parse(Networks.ElementInput in) {
        Violations v = new Violations();
        NodeKind kind = Inputs.choice(in.kind(), NodeKind.class)
                .filter(OWN_KINDS::contains)
                .orElse(null);
        if (kind == null) {
            v.add("kind", "network.element.kind");
        }
        return read(kind, in, v);
    }

    /**
     * A change of an element: the kind may be left out; a kind that names none cannot be the element's own, so it is
     * refused as a change of kind.
     *
     * @throws no.gevinst.shared.InvalidInputException naming every field that does not read
     */
    public static ElementCommand parseChange(Networks.ElementInput in) {
        Violations v = new Violations();
        NodeKind kind = null;
        if (!Inputs.text(in.kind()).isEmpty()) {
            kind = Inputs.choice(in.kind(), NodeKind.class).orElse(null);
            if (kind == null) {
                v.add("kind", "network.element.kindFixed");
            }
        }
        return read(kind, in, v);
    }

    private static ElementCommand read(@Nullable NodeKind kind, Networks.ElementInput in, Violations v) {
        String label = Inputs.text(in.label());
        if (label.isEmpty() || label.length() > 200) {
            v.add("label", "network.element.label");
        }
        PersonId owner = owner(in.ownerId(), v);
        ElementStatus status = Inputs.text(in.status()).isEmpty()
                ? ElementStatus.PLANNED
                : Inputs.choice(in.status(), ElementStatus.class).orElse(null);
        if (status == null) {
            v.add("status", "network.element.status");
        }
        LocalDate planned = Inputs.date(in.plannedDate(), "plannedDate", v);
        LocalDate moved = Inputs.date(in.movedDate(), "movedDate", v);
        v.throwIfAny();
        return new ElementCommand(
                kind,
                label,
                Inputs.text(in.description()),
                owner,
                Inputs.text(in.release()),
                status,
                planned,
                moved,
                in.change());
    }

    private static @Nullable PersonId owner(String text, Violations v) {
        if (Inputs.text(text).isEmpty()) {
            return null;
        }
        PersonId id = Ids.parse(text, PersonId::new).orElse(null);
        if (id == null) {
            v.add("ownerId", "network.element.owner");
        }
        return id;
    }
}
