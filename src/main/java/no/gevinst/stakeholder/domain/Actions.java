package no.gevinst.stakeholder.domain;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import no.gevinst.audit.AuditLog;
import no.gevinst.audit.AuditScope;
import no.gevinst.organisation.People;
import no.gevinst.organisation.Person;
import no.gevinst.shared.Ids;
import no.gevinst.shared.Inputs;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.PersonId;
import no.gevinst.shared.TextLimits;
import no.gevinst.shared.VersionConflictException;
import no.gevinst.shared.Violations;
import no.gevinst.stakeholder.ActionInput;
import no.gevinst.stakeholder.ActionStatus;
import no.gevinst.stakeholder.Channel;
import no.gevinst.stakeholder.InvolvementAction;
import no.gevinst.stakeholder.Stakeholder;
import org.springframework.stereotype.Component;

/** The involvement plan's actions: added to a stakeholder, checked field by field, moved between statuses. */
@Component
class Actions {

    static final String ENTITY = "stakeholder-action";

    private final ActionRepository repository;
    private final People people;
    private final AuditLog auditLog;

    Actions(ActionRepository repository, People people, AuditLog auditLog) {
        this.repository = repository;
        this.people = people;
        this.auditLog = auditLog;
    }

    InvolvementAction add(Stakeholder stakeholder, ActionInput input, boolean demo) {
        Violations violations = new Violations();
        String description = Inputs.text(input.description());
        Inputs.check("description", input.description(), violations);
        if (description.isEmpty()) {
            violations.add("description", "stakeholder.action.description.required");
        } else if (description.length() > TextLimits.LINE) {
            violations.add("description", "text.tooLong", TextLimits.LINE, description.length());
        }
        LocalDate plannedOn = required(input.plannedOn(), "plannedOn", violations);
        Optional<Channel> channel = Inputs.choice(input.channel(), Channel.class);
        if (channel.isEmpty()) {
            violations.add("channel", "stakeholder.action.channel.invalid");
        }
        PersonId responsible = person(input.responsibleId(), "responsibleId", violations);
        PersonId owner = null;
        LocalDate deadline = null;
        if (input.measure()) {
            owner = person(input.measureOwnerId(), "measureOwnerId", violations);
            deadline = required(input.measureDeadline(), "measureDeadline", violations);
        }
        violations.throwIfAny();
        InvolvementAction action = new InvolvementAction(
                UUID.randomUUID(),
                stakeholder.id(),
                stakeholder.programme(),
                description,
                plannedOn,
                channel.get(),
                responsible,
                ActionStatus.PLANNED,
                input.measure(),
                owner,
                deadline,
                demo,
                0);
        repository.insert(action);
        auditLog.record(scope(stakeholder), ENTITY, action.id(), "create", null, action);
        return action;
    }

    InvolvementAction setStatus(Stakeholder stakeholder, UUID id, String status, long expectedVersion) {
        InvolvementAction before = repository
                .find(id)
                .filter(a -> a.stakeholder().equals(stakeholder.id()))
                .orElseThrow(() -> new NotFoundException(ENTITY, id));
        ActionStatus to = Inputs.choice(status, ActionStatus.class)
                .orElseThrow(() -> InvalidInputException.of("status", "stakeholder.action.status.invalid"));
        if (before.version() != expectedVersion || !repository.setStatus(id, to, expectedVersion)) {
            throw new VersionConflictException(ENTITY, id, expectedVersion, before.version());
        }
        InvolvementAction after = repository.find(id).orElseThrow();
        auditLog.record(scope(stakeholder), ENTITY, id, "update", before, after);
        return after;
    }

    void delete(Stakeholder stakeholder, UUID id, long expectedVersion) {
        InvolvementAction before = repository
                .find(id)
                .filter(a -> a.stakeholder().equals(stakeholder.id()))
                .orElseThrow(() -> new NotFoundException(ENTITY, id));
        if (before.version() != expectedVersion || !repository.delete(id, expectedVersion)) {
            throw new VersionConflictException(ENTITY, id, expectedVersion, before.version());
        }
        auditLog.record(scope(stakeholder), ENTITY, id, "delete", before, null);
    }

    private static AuditScope scope(Stakeholder stakeholder) {
        return stakeholder.organisation() == null
                ? AuditScope.of(stakeholder.programme())
                : AuditScope.of(stakeholder.programme(), stakeholder.organisation());
    }

    private PersonId person(String text, String field, Violations violations) {
        Optional<Person> person = Ids.parse(text, PersonId::new).flatMap(people::find);
        if (person.isEmpty()) {
            violations.add(field, "stakeholder.action.person.invalid");
            return null;
        }
        return person.get().id();
    }

    private static LocalDate required(String text, String field, Violations violations) {
        LocalDate date = Inputs.date(text, field, violations);
        if (date == null && !violations.has(field)) {
            violations.add(field, "stakeholder.action.date.required");
        }
        return date;
    }
}
