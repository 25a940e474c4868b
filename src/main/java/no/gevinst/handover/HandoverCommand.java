package no.gevinst.handover;

import java.io.Serializable;
import java.time.LocalDate;
import no.gevinst.shared.PersonId;
import no.gevinst.shared.Violations;
import org.jspecify.annotations.Nullable;

/**
 * A handover as a coordinator proposes it, read once from what the page or the client sent ({@link #parse}): the
 * receiving line manager and the date. Whether the person exists and is a line manager of the programme is the
 * service's to judge.
 *
 * @param version the version of the open proposal being revised; null for a new one
 */
public record HandoverCommand(
        PersonId receiver, LocalDate handoverDate, @Nullable Long version) implements Serializable {

    /**
     * The proposal sent: the receiver's person id and the date as text.
     *
     * @throws no.gevinst.shared.InvalidInputException naming {@code receiverId} or {@code handoverDate} (both, when
     *     both are wrong)
     */
    public static HandoverCommand parse(
            @Nullable String receiverId, @Nullable String handoverDate, @Nullable Long version) {
        Violations v = new Violations();
        PersonId receiver = CommandFields.id(
                receiverId, PersonId::new, "receiverId", "handover.receiver.required", "person.unknown", v);
        LocalDate date = CommandFields.date(handoverDate, "handoverDate", "handover.date.required", v);
        v.throwIfAny();
        return new HandoverCommand(receiver, date, version);
    }
}
