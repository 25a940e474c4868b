package no.gevinst.network.domain;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import no.gevinst.audit.AuditLog;
import no.gevinst.audit.AuditScope;
import no.gevinst.network.ChangeDescription;
import no.gevinst.network.ElementId;
import no.gevinst.network.ElementStatus;
import no.gevinst.network.NetworkElement;
import no.gevinst.network.Networks.ElementInput;
import no.gevinst.network.NodeKind;
import no.gevinst.organisation.People;
import no.gevinst.shared.Inputs;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.PersonId;
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

    private static final Set<NodeKind> OWN_KINDS = Set.of(
            NodeKind.ENABLER,
            NodeKind.PREREQUISITE,
            NodeKind.ENABLING_CHANGE,
            NodeKind.BUSINESS_CHANGE,
            NodeKind.DRIVER);

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

    NetworkElement add(ProgrammeId programme, ElementInput in) {
        rights.requireCoordinator(programme);
        Violations v = new Violations();
        NodeKind kind = Inputs.choice(in.kind(), NodeKind.class)
                .filter(OWN_KINDS::contains)
                .orElse(null);
        if (kind == null) {
            v.add("kind", "network.element.kind");
        }
        var stored = validated(ElementId.newId(), kind, in, v, 0);
        repository.insert(programme, stored);
        auditLog.record(AuditScope.of(programme), "network-element", stored.id().value(), "create", null, stored);
        return nodes.element(stored);
    }

    NetworkElement update(ProgrammeId programme, ElementId element, ElementInput in, long expectedVersion) {
        rights.requireCoordinator(programme);
        NetworkRepository.StoredElement before = stored(programme, element);
        requireVersion(element, expectedVersion, before.version());
        Violations v = new Violations();
        if (!Inputs.text(in.kind()).isEmpty()
                && Inputs.choice(in.kind(), NodeKind.class).orElse(null) != before.kind()) {
            v.add("kind", "network.element.kindFixed");
        }
        var after = validated(element, before.kind(), in, v, expectedVersion + 1);
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

    /** The element the input describes, or every violation of it; nothing is written while any remains. */
    private NetworkRepository.StoredElement validated(
            ElementId id, NodeKind kind, ElementInput in, Violations v, long version) {
        String label = Inputs.text(in.label());
        if (label.isEmpty() || label.length() > 200) {
            v.add("label", "network.element.label");
        }
        UUID owner = owner(in.ownerId(), v);
        ElementStatus status = Inputs.text(in.status()).isEmpty()
                ? ElementStatus.PLANNED
                : Inputs.choice(in.status(), ElementStatus.class).orElse(null);
        if (status == null) {
            v.add("status", "network.element.status");
        }
        LocalDate planned = Inputs.date(in.plannedDate(), "plannedDate", v);
        LocalDate moved = Inputs.date(in.movedDate(), "movedDate", v);
        if (moved != null && kind != null && kind != NodeKind.ENABLER) {
            v.add("movedDate", "network.element.movedOnlyForEnablers");
        }
        ChangeDescription change = in.change();
        if (!change.isEmpty() && kind != null && !kind.isChange()) {
            v.add("today", "network.element.changeOnlyForChanges");
        }
        v.throwIfAny();
        return new NetworkRepository.StoredElement(
                id,
                kind,
                label,
                Inputs.text(in.description()),
                owner,
                Inputs.text(in.release()),
                status,
                planned,
                moved,
                change,
                version);
    }

    private NetworkRepository.StoredElement stored(ProgrammeId programme, ElementId element) {
        return repository.element(programme, element).orElseThrow(() -> new NotFoundException(ENTITY, element));
    }

    private UUID owner(String text, Violations v) {
        if (Inputs.text(text).isEmpty()) {
            return null;
        }
        try {
            UUID id = UUID.fromString(Inputs.text(text));
            if (people.find(new PersonId(id)).isPresent()) {
                return id;
            }
        } catch (IllegalArgumentException e) {
            // falls through to the violation below
        }
        v.add("ownerId", "network.element.owner");
        return null;
    }
}
