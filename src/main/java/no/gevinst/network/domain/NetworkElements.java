package no.gevinst.network.domain;

import no.gevinst.audit.AuditLog;
import no.gevinst.audit.AuditScope;
import no.gevinst.network.ElementCommand;
import no.gevinst.network.ElementId;
import no.gevinst.network.NetworkElement;
import no.gevinst.network.NodeKind;
import no.gevinst.organisation.People;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.VersionConflictException;
import no.gevinst.shared.Violations;
import org.springframework.stereotype.Component;

/**
 * The network's own elements (enablers, prerequisites, changes, drivers) with their change descriptions: added,
 * changed and removed by the programme's coordinators, each change guarded by the version read.
 */
@Component
class NetworkElements {

    private static final String ENTITY = "network element";

    private final NetworkRepository repository;
    private final NetworkRights rights;
    private final NetworkNodes nodes;
    private final People people;
    private final AuditLog auditLog;

    NetworkElements(
            NetworkRepository repository, NetworkRights rights, NetworkNodes nodes, People people, AuditLog auditLog) {
        this.repository = repository;
        this.rights = rights;
        this.nodes = nodes;
        this.people = people;
        this.auditLog = auditLog;
    }

    NetworkElement element(ProgrammeId programme, ElementId element) {
        rights.existing(programme);
        return nodes.element(stored(programme, element));
    }

    NetworkElement add(ProgrammeId programme, ElementCommand in) {
        rights.requireCoordinator(programme);
        NodeKind kind = in.kind();
        if (kind == null) {
            // A command made without parse; parse refuses a missing kind itself.
            new Violations().add("kind", "network.element.kind").throwIfAny();
        }
        var stored = validated(ElementId.newId(), kind, in, 0);
        repository.insert(programme, stored);
        auditLog.record(AuditScope.of(programme), "network-element", stored.id().value(), "create", null, stored);
        return nodes.element(stored);
    }

    NetworkElement update(ProgrammeId programme, ElementId element, ElementCommand in, long expectedVersion) {
        rights.requireCoordinator(programme);
        NetworkRepository.StoredElement before = stored(programme, element);
        requireVersion(element, expectedVersion, before.version());
        if (in.kind() != null && in.kind() != before.kind()) {
            new Violations().add("kind", "network.element.kindFixed").throwIfAny();
        }
        var after = validated(element, before.kind(), in, expectedVersion + 1);
        if (!repository.update(programme, after, expectedVersion)) {
            // Another request naming the same version got there first.
            throw new VersionConflictException(ENTITY, element, expectedVersion, expectedVersion + 1);
        }
        auditLog.record(AuditScope.of(programme), "network-element", element.value(), "update", before, after);
        return nodes.element(after);
    }

    void remove(ProgrammeId programme, ElementId element, long expectedVersion) {
        rights.requireCoordinator(programme);
        NetworkRepository.StoredElement before = stored(programme, element);
        requireVersion(element, expectedVersion, before.version());
        if (!repository.delete(programme, element, expectedVersion)) {
            throw new VersionConflictException(ENTITY, element, expectedVersion, expectedVersion + 1);
        }
        auditLog.record(AuditScope.of(programme), "network-element", element.value(), "delete", before, null);
    }

    /** The version stored now, for the application's own loaders that change whatever is stored. */
    long version(ProgrammeId programme, ElementId element) {
        return stored(programme, element).version();
    }

    private static void requireVersion(ElementId element, long expected, long current) {
        if (expected != current) {
            throw new VersionConflictException(ENTITY, element, expected, current);
        }
    }

    /**
     * The element the command describes, or every rule it breaks given the element's kind (as stored, for a change)
     * and the people known; nothing is written while any remains.
     */
    private NetworkRepository.StoredElement validated(ElementId id, NodeKind kind, ElementCommand in, long version) {
        Violations v = new Violations();
        if (in.owner() != null && people.find(in.owner()).isEmpty()) {
            v.add("ownerId", "network.element.owner");
        }
        if (in.movedDate() != null && kind != NodeKind.ENABLER) {
            v.add("movedDate", "network.element.movedOnlyForEnablers");
        }
        if (!in.change().isEmpty() && !kind.isChange()) {
            v.add("today", "network.element.changeOnlyForChanges");
        }
        v.throwIfAny();
        return new NetworkRepository.StoredElement(
                id,
                kind,
                in.label(),
                in.description(),
                in.owner() == null ? null : in.owner().value(),
                in.release(),
                in.status(),
                in.plannedDate(),
                in.movedDate(),
                in.change(),
                version);
    }

    private NetworkRepository.StoredElement stored(ProgrammeId programme, ElementId element) {
        return repository.element(programme, element).orElseThrow(() -> new NotFoundException(ENTITY, element));
    }
}
