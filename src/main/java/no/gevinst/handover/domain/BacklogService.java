package no.gevinst.handover.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.gevinst.access.AccessPolicy;
import no.gevinst.access.Role;
import no.gevinst.audit.AuditLog;
import no.gevinst.audit.AuditScope;
import no.gevinst.handover.ImprovementBacklogs;
import no.gevinst.handover.ImprovementItem;
import no.gevinst.handover.ImprovementItemCommand;
import no.gevinst.organisation.Organisations;
import no.gevinst.organisation.People;
import no.gevinst.plan.MeasureStatus;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.PersonId;
import no.gevinst.shared.VersionConflictException;
import no.gevinst.shared.Violations;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class BacklogService implements ImprovementBacklogs {

    private final Backlog backlog;
    private final BacklogRepository repository;
    private final HandoverRepository handovers;
    private final Organisations organisations;
    private final People people;
    private final AccessPolicy access;
    private final AuditLog auditLog;

    BacklogService(
            Backlog backlog,
            BacklogRepository repository,
            HandoverRepository handovers,
            Organisations organisations,
            People people,
            AccessPolicy access,
            AuditLog auditLog) {
        this.backlog = backlog;
        this.repository = repository;
        this.handovers = handovers;
        this.organisations = organisations;
        this.people = people;
        this.access = access;
        this.auditLog = auditLog;
    }

    @Override
    public List<ImprovementItem> items(OrganisationId organisation) {
        return backlog.of(organisation);
    }

    @Override
    public ImprovementItem item(OrganisationId organisation, UUID item) {
        visible(organisation);
        return repository
                .find(item)
                .filter(i -> i.organisation().equals(organisation))
                .orElseThrow(() -> new NotFoundException(Backlog.ENTITY, item));
    }

    @Override
    public boolean canManage(OrganisationId organisation) {
        return access.may(Role.GEVINSTKOORDINATOR, organisation)
                || access.may(Role.GEVINSTEIER, organisation)
                || backlog.canAssign(organisation);
    }

    @Override
    public boolean canAssign(OrganisationId organisation) {
        return backlog.canAssign(organisation);
    }

    @Override
    @Transactional
    public ImprovementItem add(OrganisationId organisation, ImprovementItemCommand command) {
        visible(organisation);
        requireManage(organisation);
        Violations violations = new Violations();
        PersonId responsible = responsible(command.responsible(), violations);
        List<OrganisationId> needed = needed(organisation, command.organisations(), violations);
        violations.throwIfAny();
        ImprovementItem item = ImprovementItem.builder()
                .id(UUID.randomUUID())
                .organisation(organisation)
                .action(command.action())
                .responsible(responsible)
                .deadline(command.deadline())
                .measureStatus(MeasureStatus.PLANNED.name())
                .organisations(needed)
                .crossOrganisation(needed.size() > 1)
                .build();
        repository.insert(item);
        auditLog.record(AuditScope.of(null, organisation), Backlog.ENTITY, item.id(), "create", null, item);
        return item;
    }

    @Override
    @Transactional
    public ImprovementItem changeStatus(
            OrganisationId organisation, UUID id, MeasureStatus next, long expectedVersion) {
        ImprovementItem before = item(organisation, id);
        requireManage(organisation);
        if (before.version() != expectedVersion || !repository.changeStatus(id, next.name(), expectedVersion)) {
            throw new VersionConflictException(Backlog.ENTITY, id, expectedVersion, before.version());
        }
        ImprovementItem after = repository.find(id).orElseThrow();
        auditLog.record(scope(before), Backlog.ENTITY, id, "status", before, after);
        return after;
    }

    @Override
    @Transactional
    public ImprovementItem assign(
            OrganisationId organisation, UUID id, @Nullable PersonId coordinator, long expectedVersion) {
        item(organisation, id);
        return backlog.assign(id, coordinator, expectedVersion);
    }

    /** Rights before the input: a refused user learns nothing from what is wrong with what they sent. */
    private void requireManage(OrganisationId organisation) {
        if (!canManage(organisation)) {
            throw new AccessDeniedException("Requires a coordinator or gevinsteier of the organisation");
        }
    }

    /** The person, who must exist; none when none was named. */
    private @Nullable PersonId responsible(@Nullable PersonId person, Violations violations) {
        if (person == null) {
            return null;
        }
        if (people.find(person).isEmpty()) {
            violations.add("responsibleId", "person.unknown");
            return null;
        }
        return person;
    }

    /** The backlog's own organisation first, then the others the measure needs, each once; each must exist. */
    private List<OrganisationId> needed(OrganisationId own, List<OrganisationId> others, Violations violations) {
        Set<OrganisationId> needed = new LinkedHashSet<>();
        needed.add(own);
        for (OrganisationId other : others) {
            if (organisations.find(other).isEmpty()) {
                violations.add("organisationIds", "organisation.unknown");
                return List.of(own);
            }
            needed.add(other);
        }
        return new ArrayList<>(needed);
    }

    private AuditScope scope(ImprovementItem item) {
        return AuditScope.of(
                item.handover() == null
                        ? null
                        : handovers.programmeOf(item.handover()).orElse(null),
                item.organisation());
    }

    private void visible(OrganisationId organisation) {
        organisations.find(organisation).orElseThrow(() -> new NotFoundException("organisation", organisation));
    }
}
