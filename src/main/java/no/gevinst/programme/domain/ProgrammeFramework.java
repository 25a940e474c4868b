package no.gevinst.programme.domain;

import java.util.ArrayList;
import java.util.List;
import no.gevinst.audit.AuditLog;
import no.gevinst.audit.AuditScope;
import no.gevinst.programme.FrameworkChanged;
import no.gevinst.programme.FrameworkItem;
import no.gevinst.programme.FrameworkItemUse;
import no.gevinst.programme.FrameworkKind;
import no.gevinst.programme.Programme;
import no.gevinst.shared.FrameworkItemId;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.VersionConflictException;
import no.gevinst.shared.Violations;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The rules of a programme's framework: its areas and priority areas added, renamed and removed (issue 21). The
 * caller (ProgrammeService) has checked that the user coordinates the programme and runs this in its transaction;
 * every write publishes the framework as it now stands and is audited.
 */
@Component
class ProgrammeFramework {

    static final String FRAMEWORK_ITEM = "framework-item";

    private final FrameworkRepository repository;
    private final ObjectProvider<FrameworkItemUse> uses;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;

    ProgrammeFramework(
            FrameworkRepository repository,
            ObjectProvider<FrameworkItemUse> uses,
            AuditLog auditLog,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.uses = uses;
        this.auditLog = auditLog;
        this.events = events;
    }

    /** The default framework of a new programme. */
    void create(Programme programme) {
        programme.framework().forEach(item -> repository.insert(programme.id(), item));
        events.publishEvent(new FrameworkChanged(programme.id(), programme.framework()));
    }

    FrameworkItem add(Programme programme, FrameworkKind kind, @Nullable String name) {
        String stripped = name(programme, kind, name, null);
        int position = programme.framework().stream()
                        .filter(i -> i.kind() == kind)
                        .mapToInt(FrameworkItem::position)
                        .max()
                        .orElse(0)
                + 1;
        FrameworkItem item = new FrameworkItem(FrameworkItemId.newId(), kind, stripped, position);
        repository.insert(programme.id(), item);
        List<FrameworkItem> framework = new ArrayList<>(programme.framework());
        framework.add(item);
        events.publishEvent(new FrameworkChanged(programme.id(), framework));
        auditLog.record(AuditScope.of(programme.id()), FRAMEWORK_ITEM, item.id(), "create", null, item);
        return item;
    }

    Programme rename(Programme programme, FrameworkItemId id, @Nullable String name, long expectedVersion) {
        FrameworkItem before = item(programme, id);
        current(programme, expectedVersion);
        FrameworkItem after =
                new FrameworkItem(id, before.kind(), name(programme, before.kind(), name, id), before.position());
        claim(programme, expectedVersion);
        repository.rename(after);
        List<FrameworkItem> framework = programme.framework().stream()
                .map(i -> i.id().equals(id) ? after : i)
                .toList();
        events.publishEvent(new FrameworkChanged(programme.id(), framework));
        auditLog.record(AuditScope.of(programme.id()), FRAMEWORK_ITEM, id, "update", before, after);
        return changed(programme, framework, expectedVersion);
    }

    /** Removes the item when no benefit uses it; one in use is refused naming it and how many use it. */
    Programme remove(Programme programme, FrameworkItemId id, long expectedVersion) {
        FrameworkItem item = item(programme, id);
        current(programme, expectedVersion);
        long using = uses.orderedStream().mapToLong(u -> u.benefitsUsing(id)).sum();
        if (using > 0) {
            throw InvalidInputException.of("item", "framework.remove.inUse", item.name(), using);
        }
        claim(programme, expectedVersion);
        repository.delete(id);
        List<FrameworkItem> framework =
                programme.framework().stream().filter(i -> !i.id().equals(id)).toList();
        events.publishEvent(new FrameworkChanged(programme.id(), framework));
        auditLog.record(AuditScope.of(programme.id()), FRAMEWORK_ITEM, id, "delete", item, null);
        return changed(programme, framework, expectedVersion);
    }

    private static FrameworkItem item(Programme programme, FrameworkItemId id) {
        return programme.frameworkItem(id).orElseThrow(() -> new NotFoundException(FRAMEWORK_ITEM, id));
    }

    /** Refuses a programme read at another version than it has now: nothing is judged or written then. */
    private static void current(Programme programme, long expectedVersion) {
        if (programme.version() != expectedVersion) {
            throw new VersionConflictException(
                    ProgrammeService.ENTITY, programme.id(), expectedVersion, programme.version());
        }
    }

    private void claim(Programme programme, long expectedVersion) {
        if (!repository.claim(programme.id(), expectedVersion)) {
            throw new VersionConflictException(
                    ProgrammeService.ENTITY, programme.id(), expectedVersion, expectedVersion + 1);
        }
    }

    private static Programme changed(Programme programme, List<FrameworkItem> framework, long expectedVersion) {
        return programme.toBuilder()
                .framework(framework)
                .version(expectedVersion + 1)
                .build();
    }

    /** The name stripped, when it is given and no other item of the kind has it (in any case). */
    private static String name(
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
}
