package no.gevinst.stakeholder.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.gevinst.audit.AuditLog;
import no.gevinst.audit.AuditScope;
import no.gevinst.organisation.Organisation;
import no.gevinst.organisation.Organisations;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.VersionConflictException;
import no.gevinst.stakeholder.ActionInput;
import no.gevinst.stakeholder.InvolvementAction;
import no.gevinst.stakeholder.Stakeholder;
import no.gevinst.stakeholder.StakeholderId;
import no.gevinst.stakeholder.StakeholderInput;
import no.gevinst.stakeholder.Stakeholders;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class StakeholderService implements Stakeholders {

    static final String ENTITY = "stakeholder";

    private final StakeholderRepository repository;
    private final ActionRepository actionRepository;
    private final Actions actions;
    private final Organisations organisations;
    private final Programmes programmes;
    private final AuditLog auditLog;

    StakeholderService(
            StakeholderRepository repository,
            ActionRepository actionRepository,
            Actions actions,
            Organisations organisations,
            Programmes programmes,
            AuditLog auditLog) {
        this.repository = repository;
        this.actionRepository = actionRepository;
        this.actions = actions;
        this.organisations = organisations;
        this.programmes = programmes;
        this.auditLog = auditLog;
    }

    @Override
    public List<Stakeholder> stakeholders(ProgrammeId programme, Optional<OrganisationId> organisation) {
        programmes.require(programme);
        return repository.ofProgramme(programme, organisation);
    }

    @Override
    public Optional<Stakeholder> find(ProgrammeId programme, StakeholderId stakeholder) {
        programmes.require(programme);
        return repository.find(stakeholder).filter(s -> s.programme().equals(programme));
    }

    @Override
    public boolean canCoordinate(ProgrammeId programme) {
        return programmes.canCoordinate(programme);
    }

    @Override
    public void requireCoordinator(ProgrammeId programme) {
        programmes.requireCoordinator(programme);
    }

    @Override
    public List<Organisation> eligibleOrganisations(ProgrammeId programme) {
        return organisations.withUnitsUnder(programmes.require(programme).organisations());
    }

    @Override
    @Transactional
    public Stakeholder create(ProgrammeId programme, StakeholderInput input) {
        return create(programme, input, false);
    }

    private Stakeholder create(ProgrammeId programme, StakeholderInput input, boolean demo) {
        requireCoordinator(programme);
        Stakeholder created = StakeholderInputs.parse(
                StakeholderId.newId(), programme, input, eligibleOrganisations(programme), demo, 0);
        repository.insert(created);
        auditLog.record(scope(created), ENTITY, created.id(), "create", null, created);
        return created;
    }

    @Override
    @Transactional
    public Stakeholder update(ProgrammeId programme, StakeholderId id, StakeholderInput input, long expectedVersion) {
        requireCoordinator(programme);
        Stakeholder before = existing(programme, id);
        VersionConflictException.unlessCurrent(ENTITY, id, expectedVersion, before.version());
        Stakeholder after = StakeholderInputs.parse(
                id, programme, input, eligibleOrganisations(programme), before.demo(), expectedVersion + 1);
        if (!repository.update(after, expectedVersion)) {
            throw new VersionConflictException(ENTITY, id, expectedVersion, expectedVersion + 1);
        }
        auditLog.record(scope(after), ENTITY, id, "update", before, after);
        return after;
    }

    @Override
    @Transactional
    public void delete(ProgrammeId programme, StakeholderId id, long expectedVersion) {
        requireCoordinator(programme);
        Stakeholder before = existing(programme, id);
        if (before.version() != expectedVersion || !repository.delete(id, expectedVersion)) {
            throw new VersionConflictException(ENTITY, id, expectedVersion, before.version());
        }
        auditLog.record(scope(before), ENTITY, id, "delete", before, null);
    }

    @Override
    @Transactional
    public void deleteAction(ProgrammeId programme, StakeholderId stakeholder, UUID action, long expectedVersion) {
        requireCoordinator(programme);
        actions.delete(existing(programme, stakeholder), action, expectedVersion);
    }

    @Override
    public List<InvolvementAction> actions(ProgrammeId programme, List<StakeholderId> stakeholders) {
        programmes.require(programme);
        return actionRepository.of(programme, stakeholders);
    }

    @Override
    @Transactional
    public InvolvementAction addAction(ProgrammeId programme, StakeholderId stakeholder, ActionInput input) {
        requireCoordinator(programme);
        return actions.add(existing(programme, stakeholder), input, false);
    }

    @Override
    @Transactional
    public InvolvementAction setStatus(
            ProgrammeId programme, StakeholderId stakeholder, UUID action, String status, long expectedVersion) {
        requireCoordinator(programme);
        return actions.setStatus(existing(programme, stakeholder), action, status, expectedVersion);
    }

    @Override
    @Transactional
    public Stakeholder loadDemo(ProgrammeId programme, StakeholderInput input, List<ActionInput> planned) {
        Stakeholder created = create(programme, input, true);
        planned.forEach(a -> actions.add(created, a, true));
        return created;
    }

    private static AuditScope scope(Stakeholder s) {
        return s.organisation() == null ? AuditScope.of(s.programme()) : AuditScope.of(s.programme(), s.organisation());
    }

    private Stakeholder existing(ProgrammeId programme, StakeholderId id) {
        return find(programme, id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }
}
