package no.gevinst.lesson.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.gevinst.audit.AuditLog;
import no.gevinst.audit.AuditScope;
import no.gevinst.lesson.Lesson;
import no.gevinst.lesson.LessonMeasure;
import no.gevinst.lesson.LessonMeasureInput;
import no.gevinst.organisation.People;
import no.gevinst.organisation.Person;
import no.gevinst.shared.Ids;
import no.gevinst.shared.Inputs;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.PersonId;
import no.gevinst.shared.TextLimits;
import no.gevinst.shared.VersionConflictException;
import no.gevinst.shared.Violations;
import org.springframework.stereotype.Component;

/**
 * The measures a lesson starts. They are kept here: the plan's measures serve benefits inside a versioned plan, the
 * maturity module's answer a dimension in a unit, and neither offers a facade for a measure of its own; a lesson's
 * programme need not have a plan at all.
 */
@Component
class LessonMeasures {

    static final String ENTITY = "lesson-measure";

    private final LessonMeasureRepository repository;
    private final People people;
    private final AuditLog auditLog;

    LessonMeasures(LessonMeasureRepository repository, People people, AuditLog auditLog) {
        this.repository = repository;
        this.people = people;
        this.auditLog = auditLog;
    }

    List<LessonMeasure> of(Lesson lesson) {
        return repository.ofLesson(lesson.id());
    }

    LessonMeasure add(Lesson lesson, LessonMeasureInput input) {
        Violations v = new Violations();
        String action = LessonInputs.text("action", input.action(), TextLimits.LINE, true, v);
        Optional<Person> owner = Ids.parse(input.ownerId(), PersonId::new).flatMap(people::find);
        if (owner.isEmpty()) {
            v.add("ownerId", "lesson.measure.owner.invalid");
        }
        LocalDate deadline = Inputs.date(input.deadline(), "deadline", v);
        if (deadline == null && !v.has("deadline")) {
            v.add("deadline", "lesson.measure.deadline.required");
        }
        v.throwIfAny();
        LessonMeasure measure = new LessonMeasure(
                UUID.randomUUID(), lesson.id(), action, owner.get().id(), deadline, false, 0);
        repository.insert(measure);
        auditLog.record(AuditScope.of(lesson.programme()), ENTITY, measure.id(), "create", null, measure);
        return measure;
    }

    LessonMeasure markDone(Lesson lesson, UUID id, boolean done, long expectedVersion) {
        LessonMeasure before = repository
                .find(id)
                .filter(m -> m.lesson().equals(lesson.id()))
                .orElseThrow(() -> new NotFoundException(ENTITY, id));
        if (before.version() != expectedVersion || !repository.markDone(id, done, expectedVersion)) {
            throw new VersionConflictException(ENTITY, id, expectedVersion, before.version());
        }
        LessonMeasure after = repository.find(id).orElseThrow();
        auditLog.record(AuditScope.of(lesson.programme()), ENTITY, id, "update", before, after);
        return after;
    }
}
