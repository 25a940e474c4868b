package no.gevinst.lesson.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.gevinst.access.AccessPolicy;
import no.gevinst.access.Role;
import no.gevinst.audit.AuditLog;
import no.gevinst.audit.AuditScope;
import no.gevinst.lesson.Lesson;
import no.gevinst.lesson.LessonId;
import no.gevinst.lesson.LessonInput;
import no.gevinst.lesson.LessonMeasure;
import no.gevinst.lesson.LessonMeasureInput;
import no.gevinst.lesson.LessonPage;
import no.gevinst.lesson.LessonQuery;
import no.gevinst.lesson.Lessons;
import no.gevinst.lesson.Pilot;
import no.gevinst.lesson.PilotInput;
import no.gevinst.organisation.Organisation;
import no.gevinst.organisation.People;
import no.gevinst.organisation.Person;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.PersonId;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.VersionConflictException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class LessonService implements Lessons {

    static final String ENTITY = "lesson";
    static final String PILOT = "pilot";

    private final LessonRepository repository;
    private final LessonInputs inputs;
    private final LessonMeasures measures;
    private final PilotRepository pilots;
    private final PilotInputs pilotInputs;
    private final Programmes programmes;
    private final People people;
    private final AccessPolicy access;
    private final AuditLog auditLog;

    LessonService(
            LessonRepository repository,
            LessonInputs inputs,
            LessonMeasures measures,
            PilotRepository pilots,
            PilotInputs pilotInputs,
            Programmes programmes,
            People people,
            AccessPolicy access,
            AuditLog auditLog) {
        this.repository = repository;
        this.inputs = inputs;
        this.measures = measures;
        this.pilots = pilots;
        this.pilotInputs = pilotInputs;
        this.programmes = programmes;
        this.people = people;
        this.access = access;
        this.auditLog = auditLog;
    }

    @Override
    public LessonPage search(LessonQuery query) {
        var visible = programmes.visibleIds();
        return new LessonPage(repository.search(query, visible), query.page(), repository.count(query, visible));
    }

    @Override
    public Optional<Lesson> find(ProgrammeId programme, LessonId lesson) {
        visible(programme);
        return repository.find(lesson).filter(l -> l.programme().equals(programme));
    }

    @Override
    public boolean canWrite(ProgrammeId programme) {
        Optional<Programme> p = programmes.find(programme);
        return p.isPresent()
                && (programmes.canCoordinate(programme)
                        || access.currentUser()
                                .map(u -> u.holdsInAny(Role.GEVINSTEIER, p.get().organisations(), programme))
                                .orElse(false));
    }

    @Override
    public void requireWriter(ProgrammeId programme) {
        visible(programme);
        if (!canWrite(programme)) {
            throw new AccessDeniedException("Requires a coordinator or gevinsteier of programme " + programme);
        }
    }

    @Override
    public List<Organisation> pilotUnits(ProgrammeId programme) {
        return pilotInputs.eligibleUnits(visible(programme));
    }

    @Override
    @Transactional
    public Lesson create(ProgrammeId programme, LessonInput input) {
        return create(programme, input, false);
    }

    private Lesson create(ProgrammeId programme, LessonInput input, boolean demo) {
        requireWriter(programme);
        Lesson lesson = inputs.lesson(LessonId.newId(), visible(programme), input, writer(), demo, 0);
        repository.insert(lesson);
        auditLog.record(AuditScope.of(programme), ENTITY, lesson.id(), "create", null, lesson);
        return lesson;
    }

    @Override
    @Transactional
    public Lesson update(ProgrammeId programme, LessonId id, LessonInput input, long expectedVersion) {
        requireWriter(programme);
        Lesson before = existing(programme, id);
        if (before.version() != expectedVersion) {
            throw new VersionConflictException(ENTITY, id, expectedVersion, before.version());
        }
        Lesson after = inputs.lesson(id, visible(programme), input, writer(), before.demo(), expectedVersion + 1);
        if (!repository.update(after, expectedVersion)) {
            throw new VersionConflictException(ENTITY, id, expectedVersion, before.version());
        }
        Lesson stored = repository.find(id).orElseThrow();
        auditLog.record(AuditScope.of(programme), ENTITY, id, "update", before, stored);
        return stored;
    }

    @Override
    @Transactional
    public void delete(ProgrammeId programme, LessonId id, long expectedVersion) {
        requireWriter(programme);
        Lesson before = existing(programme, id);
        if (before.version() != expectedVersion || !repository.delete(id, expectedVersion)) {
            throw new VersionConflictException(ENTITY, id, expectedVersion, before.version());
        }
        auditLog.record(AuditScope.of(programme), ENTITY, id, "delete", before, null);
    }

    @Override
    public List<LessonMeasure> measures(ProgrammeId programme, LessonId lesson) {
        return measures.of(existing(programme, lesson));
    }

    @Override
    @Transactional
    public LessonMeasure addMeasure(ProgrammeId programme, LessonId lesson, LessonMeasureInput input) {
        requireWriter(programme);
        return measures.add(existing(programme, lesson), input);
    }

    @Override
    @Transactional
    public LessonMeasure markDone(
            ProgrammeId programme, LessonId lesson, UUID measure, boolean done, long expectedVersion) {
        requireWriter(programme);
        return measures.markDone(existing(programme, lesson), measure, done, expectedVersion);
    }

    @Override
    public List<Pilot> pilots(Optional<ProgrammeId> programme) {
        var visible = programmes.visibleIds();
        return pilots.ofProgrammes(programme
                .map(p -> visible.contains(p) ? List.of(p) : List.<ProgrammeId>of())
                .orElse(List.copyOf(visible)));
    }

    @Override
    public Optional<Pilot> findPilot(ProgrammeId programme, UUID pilot) {
        visible(programme);
        return pilots.find(pilot).filter(p -> p.programme().equals(programme));
    }

    @Override
    @Transactional
    public Pilot createPilot(ProgrammeId programme, PilotInput input) {
        return createPilot(programme, input, false);
    }

    private Pilot createPilot(ProgrammeId programme, PilotInput input, boolean demo) {
        requireWriter(programme);
        Pilot pilot = pilotInputs.pilot(UUID.randomUUID(), visible(programme), input, demo, 0);
        pilots.insert(pilot);
        auditLog.record(AuditScope.of(programme, pilot.unit()), PILOT, pilot.id(), "create", null, pilot);
        return pilot;
    }

    @Override
    @Transactional
    public Pilot updatePilot(ProgrammeId programme, UUID id, PilotInput input, long expectedVersion) {
        requireWriter(programme);
        Pilot before = findPilot(programme, id).orElseThrow(() -> new NotFoundException(PILOT, id));
        if (before.version() != expectedVersion) {
            throw new VersionConflictException(PILOT, id, expectedVersion, before.version());
        }
        Pilot after = pilotInputs.pilot(id, visible(programme), input, before.demo(), expectedVersion + 1);
        if (!pilots.update(after, expectedVersion)) {
            throw new VersionConflictException(PILOT, id, expectedVersion, before.version());
        }
        Pilot stored = pilots.find(id).orElseThrow();
        auditLog.record(AuditScope.of(programme, stored.unit()), PILOT, id, "update", before, stored);
        return stored;
    }

    @Override
    @Transactional
    public void deletePilot(ProgrammeId programme, UUID id, long expectedVersion) {
        requireWriter(programme);
        Pilot before = findPilot(programme, id).orElseThrow(() -> new NotFoundException(PILOT, id));
        if (before.version() != expectedVersion || !pilots.delete(id, expectedVersion)) {
            throw new VersionConflictException(PILOT, id, expectedVersion, before.version());
        }
        auditLog.record(AuditScope.of(programme, before.unit()), PILOT, id, "delete", before, null);
    }

    @Override
    @Transactional
    public Lesson loadDemo(ProgrammeId programme, LessonInput input) {
        return create(programme, input, true);
    }

    @Override
    @Transactional
    public Pilot loadDemoPilot(ProgrammeId programme, PilotInput input) {
        return createPilot(programme, input, true);
    }

    private PersonId writer() {
        return access.currentUser()
                .flatMap(u -> people.ofUser(u.id()))
                .map(Person::id)
                .orElse(null);
    }

    private Lesson existing(ProgrammeId programme, LessonId id) {
        return find(programme, id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    private Programme visible(ProgrammeId programme) {
        return programmes.require(programme);
    }
}
