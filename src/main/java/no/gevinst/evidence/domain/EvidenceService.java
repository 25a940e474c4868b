package no.gevinst.evidence.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.gevinst.access.AccessPolicy;
import no.gevinst.access.Role;
import no.gevinst.audit.AuditLog;
import no.gevinst.audit.AuditScope;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitQuery;
import no.gevinst.benefit.Benefits;
import no.gevinst.evidence.Evidence;
import no.gevinst.evidence.EvidenceId;
import no.gevinst.evidence.EvidenceInput;
import no.gevinst.evidence.EvidenceRegister;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.VersionConflictException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class EvidenceService implements EvidenceRegister {

    static final String ENTITY = "evidence";

    private final EvidenceRepository repository;
    private final Programmes programmes;
    private final Benefits benefits;
    private final AccessPolicy access;
    private final AuditLog auditLog;

    EvidenceService(
            EvidenceRepository repository,
            Programmes programmes,
            Benefits benefits,
            AccessPolicy access,
            AuditLog auditLog) {
        this.repository = repository;
        this.programmes = programmes;
        this.benefits = benefits;
        this.access = access;
        this.auditLog = auditLog;
    }

    @Override
    public List<Evidence> list(ProgrammeId programme) {
        visible(programme);
        return repository.ofProgramme(programme);
    }

    @Override
    public Optional<Evidence> find(ProgrammeId programme, EvidenceId id) {
        visible(programme);
        return repository.find(id).filter(e -> e.programme().equals(programme));
    }

    @Override
    public List<Evidence> ofBenefit(Benefit benefit) {
        return repository.ofBenefit(benefit.id());
    }

    @Override
    public List<Evidence> forBenefits(ProgrammeId programme, java.util.Collection<BenefitId> benefits) {
        return list(programme).stream()
                .filter(e -> e.benefits().stream().anyMatch(benefits::contains))
                .toList();
    }

    @Override
    public boolean canWrite(ProgrammeId programme) {
        return programmes
                .find(programme)
                .map(p -> programmes.canCoordinate(programme)
                        || p.organisations().stream().anyMatch(o -> access.may(Role.GEVINSTEIER, o)))
                .orElse(false);
    }

    @Override
    @Transactional
    public Evidence create(ProgrammeId programme, EvidenceInput input) {
        requireWriter(programme);
        Evidence evidence = EvidenceInputs.read(EvidenceId.newId(), programme, input, benefitsOf(programme), 0);
        repository.insert(evidence);
        auditLog.record(AuditScope.of(programme), ENTITY, evidence.id(), "create", null, evidence);
        return evidence;
    }

    @Override
    @Transactional
    public Evidence update(ProgrammeId programme, EvidenceId id, EvidenceInput input, long expectedVersion) {
        requireWriter(programme);
        Evidence before = find(programme, id).orElseThrow(() -> new NotFoundException(ENTITY, id));
        if (before.version() != expectedVersion) {
            throw new VersionConflictException(ENTITY, id, expectedVersion, before.version());
        }
        Evidence after = EvidenceInputs.read(id, programme, input, benefitsOf(programme), expectedVersion + 1);
        if (!repository.update(after, expectedVersion)) {
            throw new VersionConflictException(ENTITY, id, expectedVersion, expectedVersion + 1);
        }
        auditLog.record(AuditScope.of(programme), ENTITY, id, "update", before, after);
        return after;
    }

    @Override
    @Transactional
    public void delete(ProgrammeId programme, EvidenceId id, long expectedVersion) {
        requireWriter(programme);
        Evidence before = find(programme, id).orElseThrow(() -> new NotFoundException(ENTITY, id));
        if (before.version() != expectedVersion || !repository.delete(id, expectedVersion)) {
            throw new VersionConflictException(ENTITY, id, expectedVersion, before.version());
        }
        auditLog.record(AuditScope.of(programme), ENTITY, id, "delete", before, null);
    }

    private Set<BenefitId> benefitsOf(ProgrammeId programme) {
        return benefits.list(BenefitQuery.inProgramme(programme)).stream()
                .map(Benefit::id)
                .collect(Collectors.toSet());
    }

    @Override
    public void requireWriter(ProgrammeId programme) {
        visible(programme);
        if (!canWrite(programme)) {
            throw new AccessDeniedException("Neither coordinates nor owns benefits in programme " + programme);
        }
    }

    private Programme visible(ProgrammeId programme) {
        return programmes.require(programme);
    }
}
