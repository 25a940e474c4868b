package no.gevinst.benefit.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import no.gevinst.access.AccessPolicy;
import no.gevinst.access.CurrentUser;
import no.gevinst.audit.AuditLog;
import no.gevinst.audit.AuditScope;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitInput;
import no.gevinst.benefit.BenefitQuery;
import no.gevinst.benefit.BenefitStatus;
import no.gevinst.benefit.Benefits;
import no.gevinst.benefit.HealthWarning;
import no.gevinst.benefit.MeasurementSummaries;
import no.gevinst.benefit.MeasurementSummary;
import no.gevinst.benefit.RegisterPage;
import no.gevinst.benefit.RegisterTally;
import no.gevinst.benefit.StatusChange;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.Ids;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.PersonId;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.VersionConflictException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class BenefitService implements Benefits {

    static final String ENTITY = "benefit";

    private final BenefitRepository repository;
    private final BenefitProfileReader reader;
    private final Programmes programmes;
    private final BenefitOwnership ownership;
    private final AccessPolicy access;
    private final AuditLog auditLog;
    private final List<MeasurementSummaries> summaries;
    private final RegisterQueries register;
    private final SharingRepository sharing;
    private final IndicatorStatusCopy statusCopy;

    BenefitService(
            BenefitRepository repository,
            BenefitProfileReader reader,
            Programmes programmes,
            BenefitOwnership ownership,
            AccessPolicy access,
            AuditLog auditLog,
            List<MeasurementSummaries> summaries,
            RegisterQueries register,
            SharingRepository sharing,
            IndicatorStatusCopy statusCopy) {
        this.statusCopy = statusCopy;
        this.register = register;
        this.sharing = sharing;
        this.summaries = summaries;
        this.repository = repository;
        this.reader = reader;
        this.programmes = programmes;
        this.ownership = ownership;
        this.access = access;
        this.auditLog = auditLog;
    }

    @Override
    public RegisterPage search(BenefitQuery query) {
        return register.search(query);
    }

    @Override
    public RegisterTally tally(BenefitQuery query, LocalDate today, LocalDate horizon) {
        // Both parts in this read's one transaction, as one snapshot.
        return RegisterTally.of(register.registerCounts(query, today, horizon), register.measuredCounts(query));
    }

    @Override
    public RegisterTally.RegisterCounts registerCounts(BenefitQuery query, LocalDate today, LocalDate horizon) {
        return register.registerCounts(query, today, horizon);
    }

    @Override
    public RegisterTally.MeasuredCounts measuredCounts(BenefitQuery query) {
        return register.measuredCounts(query);
    }

    @Override
    public java.util.Map<HealthWarning, Long> warningCounts(BenefitQuery query) {
        return register.warningCounts(query);
    }

    @Override
    public List<Benefit> list(BenefitQuery query) {
        return register.list(query);
    }

    @Override
    public Optional<Benefit> find(BenefitId id) {
        return repository.find(id).filter(b -> programmes.find(b.programme()).isPresent() || sharedWithMe(b));
    }

    /**
     * True when a programme the user sees shares the benefit, or one they coordinate is asked to: readers of a
     * sharing programme open the profile, and its coordinators see what they are asked to accept.
     */
    private boolean sharedWithMe(Benefit benefit) {
        Set<ProgrammeId> seen = programmes.visibleIds();
        return !seen.isEmpty()
                && sharing.sharedWithAny(
                        benefit.id(),
                        seen,
                        seen.stream().filter(programmes::canCoordinate).toList());
    }

    @Override
    public boolean canEdit(Benefit benefit) {
        return programmes.canCoordinate(benefit.programme()) || ownership.isOwner(benefit);
    }

    @Override
    public boolean canAssignOwner(Benefit benefit) {
        return programmes.canCoordinate(benefit.programme());
    }

    @Override
    public boolean mayOwn(no.gevinst.shared.PersonId person, ProgrammeId programme) {
        return programmes.find(programme).map(p -> ownership.mayOwn(person, p)).orElse(false);
    }

    @Override
    @Transactional
    public Benefit create(BenefitInput input) {
        // Asked before the profile is read, so that a refusal says nothing about what else was wrong.
        Ids.parse(input.programmeId(), ProgrammeId::new).ifPresent(this::requireCoordinator);
        Benefit benefit = reader.read(BenefitId.newId(), input, null, 0, false);
        requireCoordinator(benefit.programme());
        repository.insert(benefit);
        repository.recordStatusChange(benefit.id(), null, benefit.status(), null, actor());
        auditLog.record(AuditScope.of(benefit.programme()), ENTITY, benefit.id(), "create", null, benefit);
        return benefit;
    }

    /** Creates or, when the code exists, updates the benefit of one import row; the import's transaction holds. */
    Benefit importRow(BenefitInput input) {
        Optional<Benefit> existing = Optional.ofNullable(input.code())
                .filter(c -> !c.isBlank())
                .flatMap(c -> repository.findByCode(c.strip().toUpperCase(java.util.Locale.ROOT)))
                .flatMap(this::find);
        if (existing.isEmpty()) {
            Benefit benefit = reader.read(BenefitId.newId(), input, null, 0, true);
            requireCoordinator(benefit.programme());
            repository.insert(benefit);
            repository.recordStatusChange(benefit.id(), null, benefit.status(), "import", actor());
            auditLog.record(AuditScope.of(benefit.programme()), ENTITY, benefit.id(), "import", null, benefit);
            return benefit;
        }
        Benefit before = existing.get();
        requireCoordinator(before.programme());
        Benefit after = reader.read(before.id(), input, before, before.version() + 1, true);
        if (BenefitInputs.of(after).equals(BenefitInputs.of(before))) {
            return before; // an unchanged row, as when an export is imported again, writes nothing
        }
        write(before, after);
        if (after.status() != before.status()) {
            repository.recordStatusChange(after.id(), before.status(), after.status(), "import", actor());
        }
        auditLog.record(AuditScope.of(after.programme()), ENTITY, after.id(), "import", before, after);
        return after;
    }

    @Override
    @Transactional
    public Benefit update(BenefitId id, BenefitInput input, long expectedVersion) {
        Benefit before = editable(id, expectedVersion);
        // Asked before the profile is read: an owner handing the benefit on is refused whomever they name, rather
        // than told whether that person could own it.
        PersonId owner = Ids.parse(input.ownerId(), PersonId::new).orElse(null);
        if (!Objects.equals(owner, before.owner()) && !canAssignOwner(before)) {
            throw new AccessDeniedException("Only the programme's coordinators assign the owner of " + before.code());
        }
        Benefit after = reader.read(id, input, before, expectedVersion + 1, false);
        write(before, after);
        auditLog.record(AuditScope.of(after.programme()), ENTITY, id, "update", before, after);
        return after;
    }

    @Override
    @Transactional
    public Benefit transition(BenefitId id, BenefitStatus target, String reason, long expectedVersion) {
        Benefit before = editable(id, expectedVersion);
        Benefit moved = target == BenefitStatus.ABANDONED ? before.abandon(reason) : before.moveTo(target);
        Benefit after = reader.read(id, unchanged(moved), moved, expectedVersion + 1, false);
        write(before, after);
        repository.recordStatusChange(id, before.status(), after.status(), after.abandonReason(), actor());
        auditLog.record(AuditScope.of(after.programme()), ENTITY, id, "status:" + target.name(), before, after);
        return after;
    }

    @Override
    public List<StatusChange> statusHistory(BenefitId id) {
        return find(id).map(b -> repository.statusHistory(id)).orElse(List.of());
    }

    @Override
    public List<HealthWarning> warnings(Benefit benefit) {
        return warnings(List.of(benefit)).get(benefit.id());
    }

    /**
     * Whether a benefit is measured is read from the register's copy of its indicators' status, as its filter and
     * counts read it: the page's warnings then agree with them, and a page of benefits costs one query instead of
     * working out every indicator's status.
     */
    @Override
    public Map<BenefitId, List<HealthWarning>> warnings(Collection<Benefit> benefits) {
        Set<BenefitId> measured =
                statusCopy.measured(benefits.stream().map(Benefit::id).toList());
        Map<BenefitId, List<HealthWarning>> warnings = new LinkedHashMap<>();
        benefits.forEach(b -> warnings.put(b.id(), b.warnings(measured.contains(b.id()))));
        return warnings;
    }

    @Override
    public List<HealthWarning> warnings(Benefit benefit, List<MeasurementSummary> measurements) {
        return benefit.warnings(measurements.stream().anyMatch(MeasurementSummary::measured));
    }

    @Override
    public List<MeasurementSummary> measurements(Benefit benefit) {
        return summaries(List.of(benefit.id())).getOrDefault(benefit.id(), List.of());
    }

    /** Where the benefits' indicators stand, asked of each provider once for all of them. */
    private Map<BenefitId, List<MeasurementSummary>> summaries(List<BenefitId> benefits) {
        Map<BenefitId, List<MeasurementSummary>> all = new LinkedHashMap<>();
        if (benefits.isEmpty()) {
            return all;
        }
        for (MeasurementSummaries provider : summaries) {
            provider.of(benefits)
                    .forEach((id, found) ->
                            all.computeIfAbsent(id, k -> new ArrayList<>()).addAll(found));
        }
        return all;
    }

    private Benefit editable(BenefitId id, long expectedVersion) {
        Benefit benefit = find(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
        if (!canEdit(benefit)) {
            throw new AccessDeniedException(
                    "Only the programme's coordinators and the benefit's owner edit " + benefit.code());
        }
        if (benefit.version() != expectedVersion) {
            throw new VersionConflictException(ENTITY, id, expectedVersion, benefit.version());
        }
        return benefit;
    }

    private void write(Benefit before, Benefit after) {
        if (!repository.update(after, before.version())) {
            throw new VersionConflictException(ENTITY, after.id(), before.version(), before.version() + 1);
        }
    }

    private void requireCoordinator(ProgrammeId programme) {
        if (!programmes.canCoordinate(programme)) {
            throw new AccessDeniedException("Only the programme's coordinators register benefits");
        }
    }

    private String actor() {
        return access.currentUser().map(CurrentUser::getUsername).orElse("system");
    }

    /** The benefit as input, so that a lifecycle move is checked and written like any other change. */
    private static BenefitInput unchanged(Benefit b) {
        return BenefitInputs.of(b);
    }
}
