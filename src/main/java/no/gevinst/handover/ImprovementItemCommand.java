package no.gevinst.handover;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.gevinst.shared.Ids;
import no.gevinst.shared.Inputs;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.PersonId;
import no.gevinst.shared.Violations;
import org.jspecify.annotations.Nullable;

/**
 * A measure the line adds to its own improvement backlog, read once from what the client sent ({@link #parse}).
 * Whether the person and the organisations exist is the service's to judge.
 *
 * @param responsible the person who carries it out, null for none yet
 * @param deadline null for none
 * @param organisations the other organisations it needs besides the backlog's own; with any, the regional
 *     coordinator names who coordinates it
 */
public record ImprovementItemCommand(
        String action,
        @Nullable PersonId responsible,
        @Nullable LocalDate deadline,
        List<OrganisationId> organisations) implements Serializable {

    /** More organisations than a region has is a mistake or an attack. */
    public static final int MAX_ORGANISATIONS = 50;

    public ImprovementItemCommand {
        organisations = List.copyOf(organisations);
    }

    /**
     * The measure sent, every field as text.
     *
     * @throws no.gevinst.shared.InvalidInputException naming {@code action}, {@code responsibleId}, {@code deadline}
     *     or {@code organisationIds}
     */
    public static ImprovementItemCommand parse(
            @Nullable String action,
            @Nullable String responsibleId,
            @Nullable String deadline,
            @Nullable List<String> organisationIds) {
        Violations v = new Violations();
        Inputs.check("action", action, v);
        if (!v.has("action") && Inputs.text(action).isEmpty()) {
            v.add("action", "backlog.action.required");
        }
        PersonId responsible =
                CommandFields.id(responsibleId, PersonId::new, "responsibleId", null, "person.unknown", v);
        var date = CommandFields.date(deadline, "deadline", null, v);
        List<OrganisationId> organisations = organisations(organisationIds, v);
        v.throwIfAny();
        return new ImprovementItemCommand(Inputs.text(action), responsible, date, organisations);
    }

    private static List<OrganisationId> organisations(@Nullable List<String> texts, Violations v) {
        List<String> given = texts == null ? List.of() : texts;
        if (given.size() > MAX_ORGANISATIONS) {
            v.add("organisationIds", "backlog.organisations.tooMany", MAX_ORGANISATIONS);
            return List.of();
        }
        List<OrganisationId> ids = new ArrayList<>();
        for (String text : given) {
            // A text the database would refuse names no organisation either.
            Optional<OrganisationId> id =
                    Inputs.refusal("organisationIds", text).isPresent()
                            ? Optional.empty()
                            : Ids.parse(text, OrganisationId::new);
            if (id.isEmpty()) {
                v.add("organisationIds", "organisation.unknown");
                return List.of();
            }
            ids.add(id.get());
        }
        return ids;
    }
}
