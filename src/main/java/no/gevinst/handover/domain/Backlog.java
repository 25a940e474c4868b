package no.gevinst.handover.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.gevinst.access.AccessPolicy;
import no.gevinst.access.Role;
import no.gevinst.audit.AuditLog;
import no.gevinst.audit.AuditScope;
import no.gevinst.handover.Handover;
import no.gevinst.handover.ImprovementItem;
import no.gevinst.handover.OpenMeasure;
import no.gevinst.organisation.Organisation;
import no.gevinst.organisation.Organisations;
import no.gevinst.organisation.People;
import no.gevinst.organisation.Person;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.PersonId;
import no.gevinst.shared.VersionConflictException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Each organisation's improvement backlog: the open measures of the benefits it accepted, carried on in its continuous
 * improvement work. A measure that needs several organisations is coordinated by a regional coordinator of the
 * organisation's region (its own organisation or the one above it, the RHF of an HF).
 */
@Component
class Backlog {

    static final String ENTITY = "improvement-item";

    private final BacklogRepository repository;
    private final HandoverRepository handovers;
    private final Organisations organisations;
    private final People people;
    private final AccessPolicy access;
    private final AuditLog auditLog;

    Backlog(
            BacklogRepository repository,
            HandoverRepository handovers,
            Organisations organisations,
            People people,
            AccessPolicy access,
            AuditLog auditLog) {
        this.repository = repository;
        this.handovers = handovers;
        this.organisations = organisations;
        this.people = people;
        this.access = access;
        this.auditLog = auditLog;
    }

    /** Puts the accepted handover's open measures into the receiving organisation's backlog, each once. */
    void takeOver(Handover accepted) {
        for (OpenMeasure m : accepted.snapshot().measures()) {
            ImprovementItem item = ImprovementItem.builder()
                    .id(UUID.randomUUID())
                    .organisation(accepted.organisation())
                    .handover(accepted.id())
                    .benefit(accepted.benefit())
                    .measure(m.measure())
                    .action(m.action())
                    .responsible(SnapshotTaker.person(m.responsible()))
                    .deadline(m.deadline())
                    .measureStatus(m.status())
                    .organisations(
                            m.organisations().stream().map(OrganisationId::new).toList())
                    .crossOrganisation(m.crossOrganisation())
                    .build();
            if (repository.insert(item)) {
                auditLog.record(
                        AuditScope.of(accepted.programme(), accepted.organisation()),
                        ENTITY,
                        item.id(),
                        "create",
                        null,
                        item);
            }
        }
    }

    List<ImprovementItem> of(OrganisationId organisation) {
        return repository.ofOrganisation(visible(organisation).id());
    }

    /** Administrators, and a regional coordinator of the organisation or of the organisation above it. */
    boolean canAssign(OrganisationId organisation) {
        Optional<Organisation> found = organisations.find(organisation);
        if (found.isEmpty()) {
            return false;
        }
        return access.may(Role.REGIONAL_KOORDINATOR, organisation)
                || (found.get().parent() != null
                        && access.may(Role.REGIONAL_KOORDINATOR, found.get().parent()));
    }

    ImprovementItem assign(UUID id, @Nullable PersonId coordinatorId, long expectedVersion) {
        ImprovementItem item = repository.find(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
        visible(item.organisation());
        if (!canAssign(item.organisation())) {
            throw new AccessDeniedException("Requires the role REGIONAL_KOORDINATOR in the organisation's region");
        }
        if (!item.crossOrganisation()) {
            throw InvalidInputException.of("coordinatorId", "backlog.notCrossOrganisation");
        }
        Optional<Person> coordinator = coordinatorId == null ? Optional.empty() : people.find(coordinatorId);
        if (coordinator.isEmpty()) {
            throw InvalidInputException.of("coordinatorId", "person.unknown");
        }
        if (item.version() != expectedVersion
                || !repository.assign(id, coordinator.get().id(), expectedVersion)) {
            throw new VersionConflictException(ENTITY, id, expectedVersion, item.version());
        }
        ImprovementItem after = repository.find(id).orElseThrow();
        auditLog.record(
                AuditScope.of(handovers.programmeOf(item.handover()).orElse(null), item.organisation()),
                ENTITY,
                id,
                "assign",
                item,
                after);
        return after;
    }

    private Organisation visible(OrganisationId organisation) {
        return organisations.find(organisation).orElseThrow(() -> new NotFoundException("organisation", organisation));
    }
}
