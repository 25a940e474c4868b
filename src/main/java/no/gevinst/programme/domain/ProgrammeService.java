package no.gevinst.programme.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.gevinst.access.AccessPolicy;
import no.gevinst.access.Role;
import no.gevinst.audit.AuditLog;
import no.gevinst.audit.AuditScope;
import no.gevinst.programme.FrameworkChanged;
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
import no.gevinst.shared.Violations;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class ProgrammeService implements Programmes {

    static final String ENTITY = "programme";
    static final String OBJECTIVE = "objective";
    private static final String FRAMEWORK_ITEM = "framework-item";

    private final ProgrammeRepository repository;
    private final ProgrammeAccess programmeAccess;
    private final AccessPolicy access;
    private final ProgrammeValidator validator;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;

    ProgrammeService(
            ProgrammeRepository repository,
            ProgrammeAccess programmeAccess,
            AccessPolicy access,
            ProgrammeValidator validator,
            AuditLog auditLog,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.programmeAccess = programmeAccess;
        this.access = access;
        this.validator = validator;
        this.auditLog = auditLog;
        this.events = events;
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
        programme.framework().forEach(item -> repository.insertFrameworkItem(id, item));
        events.publishEvent(new FrameworkChanged(id, programme.framework()));
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
        Programme programme = existing(id);
        programmeAccess.requireCoordinator(programme);
        String stripped = frameworkName(programme, kind, name, null);
        int position = programme.framework().stream()
                        .filter(i -> i.kind() == kind)
                        .mapToInt(FrameworkItem::position)
                        .max()
                        .orElse(0)
                + 1;
        FrameworkItem item = new FrameworkItem(FrameworkItemId.newId(), kind, stripped, position);
        repository.insertFrameworkItem(id, item);
        List<FrameworkItem> framework = new java.util.ArrayList<>(programme.framework());
        framework.add(item);
        events.publishEvent(new FrameworkChanged(id, framework));
        auditLog.record(AuditScope.of(id), FRAMEWORK_ITEM, item.id(), "create", null, item);
        return item;
    }

    @Override
    @Transactional
    public FrameworkItem renameFrameworkItem(ProgrammeId id, FrameworkItemId itemId, String name) {
        Programme programme = existing(id);
        programmeAccess.requireCoordinator(programme);
        FrameworkItem before = programme.framework().stream()
                .filter(i -> i.id().equals(itemId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException(FRAMEWORK_ITEM, itemId));
        FrameworkItem after = new FrameworkItem(
                itemId, before.kind(), frameworkName(programme, before.kind(), name, itemId), before.position());
        repository.renameFrameworkItem(after);
        events.publishEvent(new FrameworkChanged(
                id,
                programme.framework().stream()
                        .map(i -> i.id().equals(itemId) ? after : i)
                        .toList()));
        auditLog.record(AuditScope.of(id), FRAMEWORK_ITEM, itemId, "update", before, after);
        return after;
    }

    /** The name stripped, when it is given and no other item of the kind has it (in any case). */
    private static String frameworkName(
            Programme programme, FrameworkKind kind, @Nullable String name, @Nullable FrameworkItemId self) {
        String stripped = name == null ? "" : name.strip();
        Violations violations = new Violations();
        if (stripped.isEmpty()) {
            violations.add("name", "framework.name.required");
        } else if (programme.framework().stream()
                .anyMatch(i ->
                        i.kind() == kind && !i.id().equals(self) && i.name().equalsIgnoreCase(stripped))) {
            violations.add("name", "framework.name.taken", stripped);
        }
        violations.throwIfAny();
        return stripped;
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
