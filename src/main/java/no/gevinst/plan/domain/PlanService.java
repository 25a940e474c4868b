package no.gevinst.plan.domain;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.gevinst.access.AccessPolicy;
import no.gevinst.access.CurrentUser;
import no.gevinst.access.Role;
import no.gevinst.audit.AuditLog;
import no.gevinst.audit.AuditScope;
import no.gevinst.benefit.Benefit;
import no.gevinst.organisation.People;
import no.gevinst.plan.AnnualBasis;
import no.gevinst.plan.Approval;
import no.gevinst.plan.Comparison;
import no.gevinst.plan.Measure;
import no.gevinst.plan.MeasureStatus;
import no.gevinst.plan.Plan;
import no.gevinst.plan.PlanId;
import no.gevinst.plan.PlanSections;
import no.gevinst.plan.PlanSnapshot;
import no.gevinst.plan.PlanVersion;
import no.gevinst.plan.Plans;
import no.gevinst.plan.Risk;
import no.gevinst.plan.RiskStatus;
import no.gevinst.plan.VersionStatus;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.Ids;
import no.gevinst.shared.Inputs;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.NorwegianTime;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.PersonId;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.VersionConflictException;
import no.gevinst.shared.Violations;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class PlanService implements Plans {

    /** The years an annual status can be asked for; outside them a year is a typing error, not a report. */
    private static final int FIRST_REPORT_YEAR = 2000;

    private static final int LAST_REPORT_YEAR = 2100;

    private final PlanRepository repository;
    private final Programmes programmes;
    private final People people;
    private final SnapshotReader reader;
    private final PlanWorkbook workbook;
    private final AccessPolicy access;
    private final AuditLog auditLog;

    PlanService(
            PlanRepository repository,
            Programmes programmes,
            People people,
            SnapshotReader reader,
            PlanWorkbook workbook,
            AccessPolicy access,
            AuditLog auditLog) {
        this.repository = repository;
        this.programmes = programmes;
        this.people = people;
        this.reader = reader;
        this.workbook = workbook;
        this.access = access;
        this.auditLog = auditLog;
    }

    @Override
    public List<Plan> ofProgramme(ProgrammeId programme) {
        existing(programme);
        return repository.ofProgramme(programme);
    }

    @Override
    public Optional<Plan> find(PlanId id) {
        return repository.find(id).filter(p -> programmes.find(p.programme()).isPresent());
    }

    @Override
    @Transactional
    public Plan create(ProgrammeId programme, PlanInput input) {
        Programme p = existing(programme);
        requireCoordinator(programme);
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
        PlanVersion first = PlanVersion.draft(plan.id(), 1, "", PlanSections.EMPTY, actor(), Instant.now());
        repository.insert(first);
        auditLog.record(scope(plan), "plan", plan.id().value(), "create", null, plan);
        return plan;
    }

    @Override
    public boolean canEdit(PlanId plan) {
        return find(plan).map(this::mayEdit).orElse(false);
    }

    @Override
    public void requireEditable(PlanId plan) {
        requireEditor(existing(plan));
    }

    @Override
    public boolean canApprove(PlanId plan) {
        return find(plan).map(this::mayApprove).orElse(false);
    }

    @Override
    public void requireApprovable(PlanId plan) {
        requireApprover(existing(plan));
    }

    @Override
    public List<PlanVersion> versions(PlanId plan) {
        existing(plan);
        return repository.versions(plan);
    }

    @Override
    public PlanVersion version(PlanId plan, int number) {
        existing(plan);
        return repository
                .version(plan, number)
                .orElseThrow(() -> new NotFoundException("plan version", plan + "/" + number));
    }

    @Override
    public PlanSnapshot content(PlanId plan, int number) {
        PlanVersion version = version(plan, number);
        if (version.status().isFrozen()) {
            return repository.snapshot(plan, number).orElseThrow();
        }
        return live(existing(plan), version.sections());
    }

    @Override
    @Transactional
    public PlanVersion newDraft(PlanId id, String reason) {
        Plan plan = existing(id);
        requireEditor(plan);
        List<PlanVersion> versions = repository.versions(id);
        PlanVersion latest = versions.getFirst();
        Violations v = new Violations();
        if (!latest.status().isFrozen()) {
            v.add("reason", "plan.version.openExists", latest.number());
        }
        if (Inputs.text(reason).isEmpty()) {
            v.add("reason", "plan.version.reasonRequired");
        }
        v.throwIfAny();
        PlanVersion draft = PlanVersion.draft(
                id, latest.number() + 1, Inputs.text(reason), latest.sections(), actor(), Instant.now());
        repository.insert(draft);
        auditLog.record(scope(plan), "plan-version", id.value(), "draft", null, draft);
        return draft;
    }

    @Override
    @Transactional
    public PlanVersion editSections(PlanId id, int number, PlanSections sections, long expectedVersion) {
        Plan plan = existing(id);
        requireEditor(plan);
        PlanVersion before = current(id, number, expectedVersion);
        return save(before, step(() -> before.withSections(sections)), null, "edit");
    }

    @Override
    @Transactional
    public PlanVersion submit(PlanId id, int number, long expectedVersion) {
        Plan plan = existing(id);
        requireEditor(plan);
        PlanVersion before = current(id, number, expectedVersion);
        return save(before, step(() -> before.submit(actor(), Instant.now())), null, "submit");
    }

    @Override
    @Transactional
    public PlanVersion submit(PlanId id, int number) {
        // Read and written in one transaction, so that the audit row is written with the step.
        return submit(id, number, version(id, number).version());
    }

    @Override
    @Transactional
    public PlanVersion returnToDraft(PlanId id, int number, long expectedVersion) {
        Plan plan = existing(id);
        requireApprover(plan);
        PlanVersion before = current(id, number, expectedVersion);
        return save(before, step(before::returnToDraft), null, "return");
    }

    @Override
    @Transactional
    public PlanVersion approve(PlanId id, int number, ApprovalInput input, long expectedVersion) {
        Plan plan = existing(id);
        requireApprover(plan);
        PlanVersion before = current(id, number, expectedVersion);
        Violations v = new Violations();
        String body = Inputs.text(input.onBehalfOf());
        if (body.isEmpty()) {
            v.add("onBehalfOf", "plan.approval.body");
        }
        LocalDate date = Inputs.date(input.decisionDate(), "decisionDate", v);
        if (date == null && !v.has("decisionDate")) {
            v.add("decisionDate", "plan.approval.date");
        } else if (date != null && date.isAfter(NorwegianTime.today())) {
            v.add("decisionDate", "plan.approval.future");
        }
        String reference = Inputs.text(input.reference());
        if (reference.isEmpty()) {
            v.add("reference", "plan.approval.reference");
        }
        reader.requireValuation(plan, v);
        v.throwIfAny();
        PlanVersion approved = step(() -> before.approve(new Approval(actor(), body, date, reference, Instant.now())));
        // The version approved before this one is replaced by it; only one approved version stands at a time.
        repository.versions(id).stream()
                .filter(x -> x.status() == VersionStatus.APPROVED)
                .forEach(x -> save(x, x.supersede(), null, "supersede"));
        return save(before, approved, live(plan, before.sections()), "approve");
    }

    @Override
    @Transactional
    public PlanVersion approve(PlanId id, int number, ApprovalInput input) {
        return approve(id, number, input, version(id, number).version());
    }

    @Override
    public Comparison compare(PlanId id, int from, int to) {
        PlanVersion later = version(id, Math.max(from, to));
        PlanSnapshot before = content(id, Math.min(from, to));
        PlanSnapshot after = content(id, Math.max(from, to));
        String by = later.approval() == null
                ? later.createdBy()
                : later.createdBy() + " / " + later.approval().approvedBy();
        return new Comparison(
                Math.min(from, to), Math.max(from, to), by, later.reason(), SnapshotComparer.compare(before, after));
    }

    @Override
    public List<Measure> measures(PlanId plan) {
        existing(plan);
        return repository.measures(plan);
    }

    @Override
    @Transactional
    public Measure addMeasure(PlanId id, MeasureInput input) {
        Plan plan = existing(id);
        requireEditor(plan);
        Measure measure = measure(plan, UUID.randomUUID(), input, 0);
        repository.insert(measure);
        auditLog.record(scope(plan), "plan-measure", measure.id(), "create", null, measure);
        return measure;
    }

    @Override
    @Transactional
    public Measure updateMeasure(PlanId id, UUID measureId, MeasureInput input, long expectedVersion) {
        Plan plan = existing(id);
        requireEditor(plan);
        Measure before = repository.measures(id).stream()
                .filter(m -> m.id().equals(measureId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("measure", measureId));
        requireVersion("measure", measureId, expectedVersion, before.version());
        Measure after = measure(plan, measureId, input, before.version());
        if (!repository.update(after)) {
            // Someone else saved it between the read and the write (two requests naming the same version).
            throw new VersionConflictException("measure", measureId, expectedVersion, expectedVersion + 1);
        }
        auditLog.record(scope(plan), "plan-measure", measureId, "update", before, after);
        // Read back, so that the answer carries the version the next write must name.
        return repository.measures(id).stream()
                .filter(m -> m.id().equals(measureId))
                .findFirst()
                .orElseThrow();
    }

    @Override
    @Transactional
    public void removeMeasure(PlanId id, UUID measure, long expectedVersion) {
        Plan plan = existing(id);
        requireEditor(plan);
        Measure before = repository.measures(id).stream()
                .filter(m -> m.id().equals(measure))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("measure", measure));
        requireVersion("measure", measure, expectedVersion, before.version());
        if (!repository.deleteMeasure(id, measure, expectedVersion)) {
            throw new VersionConflictException("measure", measure, expectedVersion, expectedVersion + 1);
        }
        auditLog.record(scope(plan), "plan-measure", measure, "delete", before, null);
    }

    @Override
    public List<Risk> risks(PlanId plan) {
        existing(plan);
        return repository.risks(plan);
    }

    @Override
    @Transactional
    public Risk addRisk(PlanId id, RiskInput input) {
        Plan plan = existing(id);
        requireEditor(plan);
        Risk risk = risk(plan, UUID.randomUUID(), input, 0);
        repository.insert(risk);
        auditLog.record(scope(plan), "plan-risk", risk.id(), "create", null, risk);
        return risk;
    }

    @Override
    @Transactional
    public Risk updateRisk(PlanId id, UUID riskId, RiskInput input, long expectedVersion) {
        Plan plan = existing(id);
        requireEditor(plan);
        Risk before = repository.risks(id).stream()
                .filter(r -> r.id().equals(riskId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("risk", riskId));
        requireVersion("risk", riskId, expectedVersion, before.version());
        Risk after = risk(plan, riskId, input, before.version());
        if (!repository.update(after)) {
            throw new VersionConflictException("risk", riskId, expectedVersion, expectedVersion + 1);
        }
        auditLog.record(scope(plan), "plan-risk", riskId, "update", before, after);
        return repository.risks(id).stream()
                .filter(r -> r.id().equals(riskId))
                .findFirst()
                .orElseThrow();
    }

    @Override
    @Transactional
    public void removeRisk(PlanId id, UUID risk, long expectedVersion) {
        Plan plan = existing(id);
        requireEditor(plan);
        Risk before = repository.risks(id).stream()
                .filter(r -> r.id().equals(risk))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("risk", risk));
        requireVersion("risk", risk, expectedVersion, before.version());
        if (!repository.deleteRisk(id, risk, expectedVersion)) {
            throw new VersionConflictException("risk", risk, expectedVersion, expectedVersion + 1);
        }
        auditLog.record(scope(plan), "plan-risk", risk, "delete", before, null);
    }

    @Override
    public void workbook(PlanId id, int number, OutputStream out) {
        Plan plan = existing(id);
        PlanVersion version = version(id, number);
        workbook.write(plan, version, content(id, number), out);
    }

    @Override
    public AnnualBasis annualBasis(PlanId id, int year) {
        // A plan the user may not see is not found, whatever year was asked for.
        Plan plan = existing(id);
        if (year < FIRST_REPORT_YEAR || year > LAST_REPORT_YEAR) {
            throw InvalidInputException.of(
                    "year", "plan.annual.year", String.valueOf(FIRST_REPORT_YEAR), String.valueOf(LAST_REPORT_YEAR));
        }
        List<PlanVersion> versions = repository.versions(id);
        PlanVersion latest = versions.getFirst();
        Optional<PlanVersion> approved = versions.stream()
                .filter(v -> v.status() == VersionStatus.APPROVED)
                .findFirst();
        PlanSnapshot now = live(plan, latest.sections());
        PlanSnapshot planned = approved.map(v -> content(id, v.number())).orElse(null);
        return new AnnualBasis(
                plan,
                existing(plan.programme()),
                year,
                approved.orElse(null),
                planned,
                now,
                approved.map(v -> deviations(id, v, latest, planned, now)).orElse(null));
    }

    /**
     * What moved since the approved version: the comparison with the later draft when there is one, else the
     * records as they are now against the approved content, which is the same comparison before anyone drafts.
     */
    private Comparison deviations(
            PlanId id, PlanVersion approved, PlanVersion latest, PlanSnapshot planned, PlanSnapshot now) {
        if (latest.number() > approved.number()) {
            return compare(id, approved.number(), latest.number());
        }
        return new Comparison(approved.number(), approved.number(), "", "", SnapshotComparer.compare(planned, now));
    }

    private PlanSnapshot live(Plan plan, PlanSections sections) {
        return reader.read(plan, sections, repository.measures(plan.id()), repository.risks(plan.id()));
    }

    /** A measure from its input, or every violation of it. */
    private Measure measure(Plan plan, UUID id, MeasureInput in, long version) {
        Violations v = new Violations();
        String action = Inputs.text(in.action());
        if (action.isEmpty()) {
            v.add("action", "plan.measure.action");
        }
        Set<BenefitId> covered =
                reader.benefitsOf(plan).stream().map(Benefit::id).collect(Collectors.toSet());
        List<BenefitId> served = new ArrayList<>();
        for (String text : in.benefitIds()) {
            Optional<BenefitId> benefit = Ids.parse(text, BenefitId::new).filter(covered::contains);
            if (benefit.isEmpty()) {
                v.add("benefitIds", "plan.measure.benefit");
            } else if (!served.contains(benefit.get())) {
                served.add(benefit.get());
            }
        }
        PersonId responsible = person(in.responsibleId(), "responsibleId", v);
        LocalDate deadline = Inputs.date(in.deadline(), "deadline", v);
        MeasureStatus status = Inputs.text(in.status()).isEmpty()
                ? MeasureStatus.PLANNED
                : Inputs.choice(in.status(), MeasureStatus.class).orElse(null);
        if (status == null) {
            v.add("status", "plan.measure.status");
        }
        BigDecimal cost = amount(in.cost(), "cost", v);
        v.throwIfAny();
        return new Measure(id, plan.id(), action, served, responsible, deadline, status, cost, version);
    }

    /** A risk from its input, or every violation of it. */
    private Risk risk(Plan plan, UUID id, RiskInput in, long version) {
        Violations v = new Violations();
        String description = Inputs.text(in.description());
        if (description.isEmpty()) {
            v.add("description", "plan.risk.description");
        }
        BenefitId benefit = null;
        if (!Inputs.text(in.benefitId()).isEmpty()) {
            Set<BenefitId> covered =
                    reader.benefitsOf(plan).stream().map(Benefit::id).collect(Collectors.toSet());
            benefit = Ids.parse(in.benefitId(), BenefitId::new)
                    .filter(covered::contains)
                    .orElse(null);
            if (benefit == null) {
                v.add("benefitId", "plan.measure.benefit");
            }
        }
        int probability = scale(in.probability(), "probability", v);
        int impact = scale(in.impact(), "impact", v);
        PersonId owner = person(in.ownerId(), "ownerId", v);
        RiskStatus status = Inputs.text(in.status()).isEmpty()
                ? RiskStatus.OPEN
                : Inputs.choice(in.status(), RiskStatus.class).orElse(null);
        if (status == null) {
            v.add("status", "plan.risk.status");
        }
        v.throwIfAny();
        return new Risk(
                id,
                plan.id(),
                benefit,
                description,
                Inputs.text(in.cause()),
                Inputs.text(in.consequence()),
                probability,
                impact,
                Inputs.text(in.mitigation()),
                owner,
                status,
                version);
    }

    private static int scale(String text, String field, Violations v) {
        try {
            int value = Integer.parseInt(Inputs.text(text));
            if (value >= 1 && value <= 5) {
                return value;
            }
        } catch (NumberFormatException e) {
            // falls through to the violation below
        }
        v.add(field, "plan.risk.scale");
        return 1;
    }

    private static BigDecimal amount(String text, String field, Violations v) {
        String t = Inputs.text(text).replaceAll("[\\s\u00a0]", "").replace(',', '.');
        if (t.isEmpty()) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(t);
            if (value.signum() >= 0) {
                return Inputs.bounded(value, field, v);
            }
        } catch (NumberFormatException e) {
            // falls through to the violation below
        }
        v.add(field, "plan.measure.cost");
        return null;
    }

    private PersonId person(String text, String field, Violations v) {
        if (Inputs.text(text).isEmpty()) {
            return null;
        }
        Optional<PersonId> id =
                Ids.parse(text, PersonId::new).filter(p -> people.find(p).isPresent());
        if (id.isEmpty()) {
            v.add(field, "plan.person.unknown");
        }
        return id.orElse(null);
    }

    private PlanVersion current(PlanId id, int number, long expectedVersion) {
        PlanVersion version = version(id, number);
        requireVersion("plan version", id + "/" + number, expectedVersion, version.version());
        return version;
    }

    /** Refuses a write based on a version of the record that someone has changed since. */
    private static void requireVersion(String entity, Object id, long expected, long current) {
        if (current != expected) {
            throw new VersionConflictException(entity, id, expected, current);
        }
    }

    /** Writes a transition; a concurrent one in between loses nothing but is refused. */
    private PlanVersion save(PlanVersion before, PlanVersion after, PlanSnapshot snapshot, String action) {
        if (!repository.update(after, snapshot)) {
            throw new VersionConflictException(
                    "plan version", before.plan() + "/" + before.number(), before.version(), before.version() + 1);
        }
        auditLog.record(
                scope(existing(before.plan())), "plan-version", before.plan().value(), action, before, after);
        return repository.version(after.plan(), after.number()).orElseThrow();
    }

    /** Runs a transition; a step the method does not allow becomes a violation of the version's status. */
    private static PlanVersion step(java.util.function.Supplier<PlanVersion> transition) {
        try {
            return transition.get();
        } catch (IllegalStateException e) {
            throw InvalidInputException.of("status", "plan.version.illegalStep");
        }
    }

    /** The programme and party a plan's entries in the audit log concern. */
    private static AuditScope scope(Plan plan) {
        return AuditScope.of(plan.programme(), plan.party());
    }

    private Plan existing(PlanId id) {
        return find(id).orElseThrow(() -> new NotFoundException("plan", id));
    }

    private Programme existing(ProgrammeId programme) {
        return programmes.find(programme).orElseThrow(() -> new NotFoundException("programme", programme));
    }

    private void requireCoordinator(ProgrammeId programme) {
        if (!programmes.canCoordinate(programme)) {
            throw new AccessDeniedException("Only the programme's coordinators create plans");
        }
    }

    private void requireEditor(Plan plan) {
        if (!mayEdit(plan)) {
            throw new AccessDeniedException("Only the plan's coordinators change it");
        }
    }

    private void requireApprover(Plan plan) {
        if (!mayApprove(plan)) {
            throw new AccessDeniedException("Only the steering group or the coordinators approve a plan");
        }
    }

    /** The programme's coordinators edit every plan; a party's benefit coordinators edit the party's own. */
    private boolean mayEdit(Plan plan) {
        boolean partyCoordinator = plan.party() != null
                && access.currentUser()
                        .map(u -> u.holds(Role.GEVINSTKOORDINATOR, plan.party()))
                        .orElse(false);
        return partyCoordinator || programmes.canCoordinate(plan.programme());
    }

    /** The steering group decides; the programme's coordinators may record its decision. */
    private boolean mayApprove(Plan plan) {
        Programme programme = existing(plan.programme());
        boolean steeringGroup = access.currentUser()
                .map(u -> u.holdsInProgramme(Role.STYRINGSGRUPPE, programme.id())
                        || u.holds(Role.STYRINGSGRUPPE, programme.owner()))
                .orElse(false);
        return steeringGroup || programmes.canCoordinate(plan.programme());
    }

    private String actor() {
        return access.currentUser().map(CurrentUser::displayName).orElse("system");
    }
}
