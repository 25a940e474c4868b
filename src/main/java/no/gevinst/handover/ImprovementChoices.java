package no.gevinst.handover;

import no.gevinst.plan.MeasureStatus;
import no.gevinst.shared.PersonId;
import no.gevinst.shared.Violations;
import org.jspecify.annotations.Nullable;

/** Reads the single choices made on a backlog measure (its status, its coordinator) from what was sent, once. */
public final class ImprovementChoices {

    private ImprovementChoices() {}

    /**
     * The status the text names (PLANNED, IN_PROGRESS, DONE or CANCELLED, any case).
     *
     * @throws no.gevinst.shared.InvalidInputException naming {@code status}
     */
    public static MeasureStatus status(@Nullable String text) {
        Violations v = new Violations();
        MeasureStatus status = CommandFields.choice(text, MeasureStatus.class, "status", "backlog.status.invalid", v);
        v.throwIfAny();
        return status;
    }

    /**
     * The coordinator's person id; null when blank, which the backlog refuses as an unknown person once the rights
     * and the measure are checked.
     *
     * @throws no.gevinst.shared.InvalidInputException naming {@code coordinatorId} when the text is no id
     */
    public static @Nullable PersonId coordinator(@Nullable String text) {
        Violations v = new Violations();
        PersonId person = CommandFields.id(text, PersonId::new, "coordinatorId", null, "person.unknown", v);
        v.throwIfAny();
        return person;
    }
}
