package no.gevinst.programme.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.gevinst.access.AccessPolicy;
import no.gevinst.access.Role;
import no.gevinst.audit.AuditLog;
import no.gevinst.audit.AuditScope;
import no.gevinst.programme.FrameworkItem;
import no.gevinst.programme.FrameworkKind;
import no.gevinst.programme.Objective;
import no.gevinst.programme.ObjectiveInput;
import no.gevinst.programme.ObjectiveNumbered;
import no.gevinst.programme.Phase;
import no.gevinst.programme.Programme;
import no.gevinst.programme.ProgrammeInput;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.FrameworkItemId;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.ObjectiveId;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.VersionConflictException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class ProgrammeService implements Programmes {

    static final String ENTITY = "programme";
    static final String OBJECTIVE = "objective";

    private final ProgrammeRepository repository;
    private final ProgrammeAccess programmeAccess;
    private final AccessPolicy access;
    private final ProgrammeValidator validator;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final ProgrammeFramework framework;

    ProgrammeService(
            ProgrammeRepository repository,
            ProgrammeAccess programmeAccess,
            AccessPolicy access,
            ProgrammeValidator validator,
            AuditLog auditLog,
            ApplicationEventPublisher events,
            ProgrammeFramework framework) {
        this.repository = repository;
        this.programmeAccess = programmeAccess;
        this.access = access;
        this.validator = validator;
        this.auditLog = auditLog;
        this.events = events;
        this.framework = framework;
    }

    @Override
    public List<Programme> visible() {
        return repository.all().stream().filter(programmeAccess::canSee).toList();
    }

    @Override
    public Set<ProgrammeId> visibleIds() {
        return visible().stream().map(Programme::id).collect(Collectors.toSet());
    }

    @Override
    public java.util.Map<ProgrammeId, String> names() {
        java.util.Map<ProgrammeId, String> names = new java.util.LinkedHashMap<>();
        repository.all().forEach(p -> names.put(p.id(), p.name()));
        return names;
    }

    @Override
    public Optional<Programme> find(ProgrammeId id) {
        return repository.find(id).filter(programmeAccess::canSee);
    }

    @Override
    public boolean canCoordinate(ProgrammeId id) {
        return find(id).map(programmeAccess::canCoordinate).orElse(false);
    }

    @Override
    public boolean canCreate() {
        return programmeAccess.canCreate();
    }

    @Override
    @Transactional
    public Programme create(ProgrammeInput input) {
        // Asked before the rest is read, so that a refusal says nothing about what else was wrong.
        no.gevinst.shared.Ids.parse(input.ownerOrganisationId(), no.gevinst.shared.OrganisationId::new)
                .ifPresentOrElse(o -> access.require(Role.GEVINSTKOORDINATOR, o), programmeAccess::requireCreate);
        ProgrammeId id = ProgrammeId.newId();
        Programme programme = validator.programme(id, input, 0, DefaultFramework.items(), null);
        access.require(Role.GEVINSTKOORDINATOR, programme.owner());
        repository.insert(programme);
        framework.create(programme);
        auditLog.record(AuditScope.of(id, programme.owner()), ENTITY, id, "create", null, programme);
        return programme;
    }

    @Override
    @Transactional
    public Programme update(ProgrammeId id, ProgrammeInput input, long expectedVersion) {
        Programme before = existing(id);
        programmeAccess.requireCoordinator(before);
        if (before.version() != expectedVersion) {
            throw new VersionConflictException(ENTITY, id, expectedVersion, before.version());
        }
        Programme after =
                validator.programme(id, input, expectedVersion + 1, before.framework(), before.currentPhase());
        if (!repository.update(after, expectedVersion)) {
            throw new VersionConflictException(ENTITY, id, expectedVersion, expectedVersion + 1);
        }
        auditLog.record(AuditScope.of(id, after.owner()), ENTITY, id, "update", before, after);
        return after;
    }

    @Override
    @Transactional
    public Programme moveToPhase(ProgrammeId id, Phase next) {
        Programme before = existing(id);
        programmeAccess.requireCoordinator(before);
        Phase current = before.currentPhase();
        if (next == null || current.ordinal() + 1 != next.ordinal()) {
            throw InvalidInputException.of(
                    "phase", "programme.phase.notNext", current.name(), next == null ? "" : next.name());
        }
        Programme after = withPhase(before, next);
        if (!repository.movePhase(id, current, next, before.version())) {
            throw new VersionConflictException(ENTITY, id, before.version(), before.version() + 1);
        }
        auditLog.record(AuditScope.of(id, after.owner()), ENTITY, id, "move-phase", before, after);
        if (next == Phase.CLOSE) {
            events.publishEvent(new no.gevinst.programme.ProgrammeClosed(id));
        }
        return after;
    }

    private static Programme withPhase(Programme p, Phase phase) {
        return p.toBuilder().currentPhase(phase).version(p.version() + 1).build();
    }

    @Override
    @Transactional
    public FrameworkItem addFrameworkItem(ProgrammeId id, FrameworkKind kind, String name) {
        return framework.add(coordinated(id), kind, name);
    }

    @Override
    @Transactional
    public Programme renameFrameworkItem(ProgrammeId id, FrameworkItemId item, String name, long expectedVersion) {
        return framework.rename(coordinated(id), item, name, expectedVersion);
    }

    @Override
    @Transactional
    public Programme removeFrameworkItem(ProgrammeId id, FrameworkItemId item, long expectedVersion) {
        return framework.remove(coordinated(id), item, expectedVersion);
    }

    /** The programme, when the user sees it (else 404) and coordinates it (else 403). */
    private Programme coordinated(ProgrammeId id) {
        Programme programme = existing(id);
        programmeAccess.requireCoordinator(programme);
        return programme;
    }

    @Override
    public List<Objective> objectives(ProgrammeId id) {
        return find(id).map(p -> repository.objectives(List.of(id))).orElse(List.of());
    }

    @Override
    public List<Objective> objectives(Set<ProgrammeId> ids) {
        return ids.isEmpty() ? List.of() : repository.objectives(ids);
    }

    @Override
    @Transactional
    public Objective addObjective(ProgrammeId id, ObjectiveInput input) {
        programmeAccess.requireCoordinator(existing(id));
        Objective objective = validator.objective(ObjectiveId.newId(), id, input, 0);
        repository.insertObjective(objective);
        events.publishEvent(new ObjectiveNumbered(objective.id(), id, objective.number()));
        auditLog.record(AuditScope.of(id), OBJECTIVE, objective.id(), "create", null, objective);
        return objective;
    }

    @Override
    @Transactional
    public Objective updateObjective(ObjectiveId id, ObjectiveInput input, long expectedVersion) {
        Objective before = repository.findObjective(id).orElseThrow(() -> new NotFoundException(OBJECTIVE, id));
        programmeAccess.requireCoordinator(existing(before.programme()));
        if (before.version() != expectedVersion) {
            throw new VersionConflictException(OBJECTIVE, id, expectedVersion, before.version());
        }
        Objective after = validator.objective(id, before.programme(), input, expectedVersion + 1);
        if (!repository.updateObjective(after, expectedVersion)) {
            throw new VersionConflictException(OBJECTIVE, id, expectedVersion, expectedVersion + 1);
        }
        events.publishEvent(new ObjectiveNumbered(id, after.programme(), after.number()));
        auditLog.record(AuditScope.of(after.programme()), OBJECTIVE, id, "update", before, after);
        return after;
    }

    private Programme existing(ProgrammeId id) {
        return find(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }
}
