package no.gevinst.maturity.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.gevinst.audit.AuditLog;
import no.gevinst.audit.AuditScope;
import no.gevinst.maturity.MaturityMeasure;
import no.gevinst.maturity.MeasureInput;
import no.gevinst.maturity.Round;
import no.gevinst.organisation.People;
import no.gevinst.organisation.Person;
import no.gevinst.shared.Ids;
import no.gevinst.shared.Inputs;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.PersonId;
import no.gevinst.shared.TextLimits;
import no.gevinst.shared.VersionConflictException;
import no.gevinst.shared.Violations;
import org.springframework.stereotype.Component;

/**
 * The measures started from a round's results. They are kept here rather than among the plan's measures: a plan's
 * measure serves benefits inside a versioned plan, while this one answers a dimension in a unit, and a round's
 * programme need not have a plan at all.
 */
@Component
class Measures {

    static final String ENTITY = "maturity-measure";

    private final MeasureRepository repository;
    private final People people;
    private final AuditLog auditLog;

    Measures(MeasureRepository repository, People people, AuditLog auditLog) {
        this.repository = repository;
        this.people = people;
        this.auditLog = auditLog;
    }

    List<MaturityMeasure> of(Round round) {
        return repository.ofRound(round.id());
    }

    MaturityMeasure add(Round round, MeasureInput input) {
        Violations violations = new Violations();
        String dimension = Inputs.text(input.dimension());
        if (round.asks().dimensions().stream().noneMatch(d -> d.key().equals(dimension))) {
            violations.add("dimension", "maturity.measure.dimension.invalid");
        }
        Optional<OrganisationId> unit = Ids.parse(input.unitId(), OrganisationId::new)
                .filter(u ->
                        round.units().stream().anyMatch(r -> r.organisation().equals(u) || u.equals(r.parent())));
        if (unit.isEmpty()) {
            violations.add("unitId", "maturity.measure.unit.invalid");
        }
        String action = action(input, violations);
        Optional<Person> owner = Ids.parse(input.ownerId(), PersonId::new).flatMap(people::find);
        if (owner.isEmpty()) {
            violations.add("ownerId", "maturity.measure.owner.invalid");
        }
        LocalDate deadline = deadline(input, violations);
        violations.throwIfAny();
        MaturityMeasure measure = new MaturityMeasure(
                UUID.randomUUID(),
                round.id(),
                dimension,
                unit.get(),
                action,
                owner.get().id(),
                deadline,
                false,
                0);
        repository.insert(measure);
        auditLog.record(AuditScope.of(round.programme(), unit.get()), ENTITY, measure.id(), "create", null, measure);
        return measure;
    }

    private static String action(MeasureInput input, Violations violations) {
        String action = Inputs.text(input.action());
        Inputs.check("action", input.action(), violations);
        if (action.isEmpty()) {
            violations.add("action", "maturity.measure.action.required");
        } else if (action.length() > TextLimits.LINE) {
            violations.add("action", "text.tooLong", TextLimits.LINE, action.length());
        }
        return action;
    }

    private static LocalDate deadline(MeasureInput input, Violations violations) {
        LocalDate deadline = Inputs.date(input.deadline(), "deadline", violations);
        if (deadline == null && !violations.has("deadline")) {
            violations.add("deadline", "maturity.measure.deadline.required");
        }
        return deadline;
    }

    MaturityMeasure markDone(Round round, UUID id, boolean done, long expectedVersion) {
        MaturityMeasure before = repository
                .find(id)
                .filter(m -> m.round().equals(round.id()))
                .orElseThrow(() -> new NotFoundException(ENTITY, id));
        if (before.version() != expectedVersion || !repository.markDone(id, done, expectedVersion)) {
            throw new VersionConflictException(ENTITY, id, expectedVersion, before.version());
        }
        MaturityMeasure after = repository.find(id).orElseThrow();
        auditLog.record(AuditScope.of(round.programme(), before.unit()), ENTITY, id, "update", before, after);
        return after;
    }
}
