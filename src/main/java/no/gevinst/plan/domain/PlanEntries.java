package no.gevinst.plan.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import no.gevinst.audit.AuditLog;
import no.gevinst.plan.Plan;
import no.gevinst.plan.PlanId;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.VersionConflictException;

/**
 * One way to list, add, change and remove a plan's entries of one kind (its measures or its risks): only the plan's
 * editors write, every write names the version it read (a stale one is refused) and every write is audited.
 *
 * @param <E> the entry (Measure, Risk)
 * @param <I> what is typed for it
 */
final class PlanEntries<E, I> {

    /** What differs between the kinds of entry: their names, where they are stored and how one is read from input. */
    record Kind<E, I>(
            String name,
            String auditType,
            Function<E, UUID> id,
            ToLongFunction<E> version,
            Function<PlanId, List<E>> stored,
            Consumer<E> insert,
            Predicate<E> update,
            Delete delete,
            Reading<E, I> reading) {}

    /** Removes an entry if it still has the version read; false when nothing was removed. */
    @FunctionalInterface
    interface Delete {
        boolean delete(PlanId plan, UUID entry, long version);
    }

    /** An entry from its input, or an InvalidInputException naming every fault. */
    @FunctionalInterface
    interface Reading<E, I> {
        E read(Plan plan, UUID id, I input, long version);
    }

    private final Kind<E, I> kind;
    private final PlanAccess access;
    private final AuditLog auditLog;

    PlanEntries(Kind<E, I> kind, PlanAccess access, AuditLog auditLog) {
        this.kind = kind;
        this.access = access;
        this.auditLog = auditLog;
    }

    List<E> of(PlanId plan) {
        access.existing(plan);
        return kind.stored().apply(plan);
    }

    E add(PlanId id, I input) {
        Plan plan = access.editable(id);
        E entry = kind.reading().read(plan, UUID.randomUUID(), input, 0);
        kind.insert().accept(entry);
        auditLog.record(PlanAccess.scope(plan), kind.auditType(), kind.id().apply(entry), "create", null, entry);
        return entry;
    }

    E update(PlanId id, UUID entryId, I input, long expectedVersion) {
        Plan plan = access.editable(id);
        E before = current(id, entryId, expectedVersion);
        E after = kind.reading().read(plan, entryId, input, kind.version().applyAsLong(before));
        if (!kind.update().test(after)) {
            // Someone else saved it between the read and the write (two requests naming the same version).
            throw new VersionConflictException(kind.name(), entryId, expectedVersion, expectedVersion + 1);
        }
        auditLog.record(PlanAccess.scope(plan), kind.auditType(), entryId, "update", before, after);
        // Read back, so that the answer carries the version the next write must name.
        return stored(id, entryId).orElseThrow();
    }

    void remove(PlanId id, UUID entryId, long expectedVersion) {
        Plan plan = access.editable(id);
        E before = current(id, entryId, expectedVersion);
        if (!kind.delete().delete(id, entryId, expectedVersion)) {
            throw new VersionConflictException(kind.name(), entryId, expectedVersion, expectedVersion + 1);
        }
        auditLog.record(PlanAccess.scope(plan), kind.auditType(), entryId, "delete", before, null);
    }

    /** The stored entry, refused as stale when it no longer has the version read. */
    private E current(PlanId plan, UUID entryId, long expectedVersion) {
        E entry = stored(plan, entryId).orElseThrow(() -> new NotFoundException(kind.name(), entryId));
        long version = kind.version().applyAsLong(entry);
        if (version != expectedVersion) {
            throw new VersionConflictException(kind.name(), entryId, expectedVersion, version);
        }
        return entry;
    }

    private Optional<E> stored(PlanId plan, UUID entryId) {
        return kind.stored().apply(plan).stream()
                .filter(e -> kind.id().apply(e).equals(entryId))
                .findFirst();
    }
}
