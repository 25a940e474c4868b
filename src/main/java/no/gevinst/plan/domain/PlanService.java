package no.gevinst.plan.domain;

import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.gevinst.audit.AuditLog;
import no.gevinst.plan.AnnualBasis;
import no.gevinst.plan.Comparison;
import no.gevinst.plan.Measure;
import no.gevinst.plan.Plan;
import no.gevinst.plan.PlanId;
import no.gevinst.plan.PlanSections;
import no.gevinst.plan.PlanSnapshot;
import no.gevinst.plan.PlanVersion;
import no.gevinst.plan.Plans;
import no.gevinst.plan.Risk;
import no.gevinst.programme.Programme;
import no.gevinst.shared.Ids;
import no.gevinst.shared.Inputs;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.Violations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan module's facade: creates plans and hands each operation to the part that owns it, {@link PlanVersions}
 * (versions and approval), {@link MeasuresAndRisks} (a plan's entries) and {@link PlanDocuments}; the transactions
 * are drawn here.
 */
@Service
@Transactional(readOnly = true)
class PlanService implements Plans {

    private final PlanRepository repository;
    private final PlanAccess access;
    private final PlanVersions versions;
    private final MeasuresAndRisks entries;
    private final PlanDocuments documents;
    private final AuditLog auditLog;

    PlanService(
            PlanRepository repository,
            PlanAccess access,
            PlanVersions versions,
            MeasuresAndRisks entries,
            PlanDocuments documents,
            AuditLog auditLog) {
        this.repository = repository;
        this.access = access;
        this.versions = versions;
        this.entries = entries;
        this.documents = documents;
        this.auditLog = auditLog;
    }

    @Override
    public List<Plan> ofProgramme(ProgrammeId programme) {
        access.existing(programme);
        return repository.ofProgramme(programme);
    }

    @Override
    public Optional<Plan> find(PlanId id) {
        return access.find(id);
    }

    @Override
    @Transactional
    public Plan create(ProgrammeId programme, PlanInput input) {
        Programme p = access.existing(programme);
        access.requireCoordinator(programme);
        Violations v = new Violations();
        OrganisationId party = null;
        if (!Inputs.text(input.partyId()).isEmpty()) {
            party = Ids.parse(input.partyId(), OrganisationId::new)
                    .filter(p.organisations()::contains)
                    .orElse(null);
            if (party == null) {
                v.add("partyId", "plan.party.unknown");
            }
        }
        String title = Inputs.text(input.title());
        if (title.isEmpty() || title.length() > 200) {
            v.add("title", "plan.title.required");
        }
        if (!v.has("partyId") && repository.exists(programme, party)) {
            v.add("partyId", "plan.exists");
        }
        v.throwIfAny();
        Plan plan = new Plan(PlanId.newId(), programme, party, title);
        repository.insert(plan);
        versions.first(plan);
        auditLog.record(PlanAccess.scope(plan), "plan", plan.id().value(), "create", null, plan);
        return plan;
    }

    @Override
    public boolean canEdit(PlanId plan) {
        return find(plan).map(access::mayEdit).orElse(false);
    }

    @Override
    public void requireEditable(PlanId plan) {
        access.editable(plan);
    }

    @Override
    public boolean canApprove(PlanId plan) {
        return find(plan).map(access::mayApprove).orElse(false);
    }

    @Override
    public void requireApprovable(PlanId plan) {
        access.approvable(plan);
    }

    @Override
    public List<PlanVersion> versions(PlanId plan) {
        return versions.of(plan);
    }

    @Override
    public PlanVersion version(PlanId plan, int number) {
        return versions.version(plan, number);
    }

    @Override
    public PlanSnapshot content(PlanId plan, int number) {
        return versions.content(plan, number);
    }

    @Override
    public PlanSnapshot documentContent(PlanId plan, int number) {
        return versions.documentContent(plan, number);
    }

    @Override
    @Transactional
    public PlanVersion newDraft(PlanId plan, String reason) {
        return versions.newDraft(plan, reason);
    }

    @Override
    @Transactional
    public PlanVersion editSections(PlanId plan, int number, PlanSections sections, long expectedVersion) {
        return versions.editSections(plan, number, sections, expectedVersion);
    }

    @Override
    @Transactional
    public PlanVersion submit(PlanId plan, int number, long expectedVersion) {
        return versions.submit(plan, number, expectedVersion);
    }

    @Override
    @Transactional
    public PlanVersion submit(PlanId plan, int number) {
        // Read and written in one transaction, so that the audit row is written with the step.
        return versions.submit(plan, number, versions.version(plan, number).version());
    }

    @Override
    @Transactional
    public PlanVersion returnToDraft(PlanId plan, int number, long expectedVersion) {
        return versions.returnToDraft(plan, number, expectedVersion);
    }

    @Override
    @Transactional
    public PlanVersion approve(PlanId plan, int number, ApprovalInput input, long expectedVersion) {
        return versions.approve(plan, number, input, expectedVersion);
    }

    @Override
    @Transactional
    public PlanVersion approve(PlanId plan, int number, ApprovalInput input) {
        return versions.approve(
                plan, number, input, versions.version(plan, number).version());
    }

    @Override
    public Comparison compare(PlanId plan, int from, int to) {
        return versions.compare(plan, from, to);
    }

    @Override
    public List<Measure> measures(PlanId plan) {
        return entries.measures().of(plan);
    }

    @Override
    @Transactional
    public Measure addMeasure(PlanId plan, MeasureInput input) {
        return entries.measures().add(plan, input);
    }

    @Override
    @Transactional
    public Measure updateMeasure(PlanId plan, UUID measure, MeasureInput input, long expectedVersion) {
        return entries.measures().update(plan, measure, input, expectedVersion);
    }

    @Override
    @Transactional
    public void removeMeasure(PlanId plan, UUID measure, long expectedVersion) {
        entries.measures().remove(plan, measure, expectedVersion);
    }

    @Override
    public List<Risk> risks(PlanId plan) {
        return entries.risks().of(plan);
    }

    @Override
    @Transactional
    public Risk addRisk(PlanId plan, RiskInput input) {
        return entries.risks().add(plan, input);
    }

    @Override
    @Transactional
    public Risk updateRisk(PlanId plan, UUID risk, RiskInput input, long expectedVersion) {
        return entries.risks().update(plan, risk, input, expectedVersion);
    }

    @Override
    @Transactional
    public void removeRisk(PlanId plan, UUID risk, long expectedVersion) {
        entries.risks().remove(plan, risk, expectedVersion);
    }

    @Override
    public void workbook(PlanId plan, int number, OutputStream out) {
        documents.workbook(plan, number, out);
    }

    @Override
    public AnnualBasis annualBasis(PlanId plan, int year) {
        return documents.annualBasis(plan, year);
    }
}
