package no.gevinst.indicator.domain;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import no.gevinst.audit.AuditLog;
import no.gevinst.audit.AuditScope;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.Benefits;
import no.gevinst.indicator.AnnualActual;
import no.gevinst.indicator.Baseline;
import no.gevinst.indicator.BaselineInput;
import no.gevinst.indicator.Direction;
import no.gevinst.indicator.Frequency;
import no.gevinst.indicator.Indicator;
import no.gevinst.indicator.IndicatorDue;
import no.gevinst.indicator.IndicatorInput;
import no.gevinst.indicator.IndicatorKind;
import no.gevinst.indicator.IndicatorStatus;
import no.gevinst.indicator.IndicatorView;
import no.gevinst.indicator.Indicators;
import no.gevinst.indicator.Measurement;
import no.gevinst.indicator.MeasurementInput;
import no.gevinst.indicator.MeasurementIntake;
import no.gevinst.indicator.MeasurementPaging;
import no.gevinst.indicator.MeasurementSource;
import no.gevinst.indicator.OrganisationActual;
import no.gevinst.indicator.Rag;
import no.gevinst.indicator.RecordResult;
import no.gevinst.indicator.Scope;
import no.gevinst.indicator.TargetPoint;
import no.gevinst.indicator.Trajectory;
import no.gevinst.organisation.Organisations;
import no.gevinst.organisation.People;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.Ids;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.Inputs;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.MeasurementId;
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
class IndicatorService implements Indicators {

    static final String ENTITY = "indicator";

    private final IndicatorRepository repository;
    private final IndicatorAccess access;
    private final IndicatorStatusRefresher refresher;
    private final MeasurementIntake intake;
    private final Benefits benefits;
    private final Organisations organisations;
    private final People people;
    private final Programmes programmes;
    private final AuditLog auditLog;
    private final MeasurementPages pages;
    private final RecentPeriods recent;
    private final MeasurementRollups rollups;
    private final PlacedBaselines placed;

    IndicatorService(
            MeasurementPages pages,
            RecentPeriods recent,
            IndicatorRepository repository,
            IndicatorAccess access,
            IndicatorStatusRefresher refresher,
            MeasurementIntake intake,
            Benefits benefits,
            Organisations organisations,
            People people,
            Programmes programmes,
            AuditLog auditLog,
            MeasurementRollups rollups,
            PlacedBaselines placed) {
        this.rollups = rollups;
        this.placed = placed;
        this.repository = repository;
        this.access = access;
        this.refresher = refresher;
        this.intake = intake;
        this.benefits = benefits;
        this.organisations = organisations;
        this.people = people;
        this.programmes = programmes;
        this.auditLog = auditLog;
        this.pages = pages;
        this.recent = recent;
    }

    @Override
    public List<Indicator> ofBenefit(BenefitId benefit) {
        return benefits.find(benefit).map(b -> repository.ofBenefit(benefit)).orElse(List.of());
    }

    @Override
    public Map<BenefitId, List<Indicator>> ofBenefits(Collection<BenefitId> benefits) {
        Map<BenefitId, List<Indicator>> byBenefit = new HashMap<>();
        for (Indicator i : repository.ofBenefits(benefits, programmes.visibleIds())) {
            byBenefit.computeIfAbsent(i.benefit(), k -> new ArrayList<>()).add(i);
        }
        return byBenefit;
    }

    @Override
    public Map<IndicatorId, List<Measurement>> latestMeasurements(Collection<IndicatorId> indicators, int periods) {
        Map<IndicatorId, List<Measurement>> byIndicator = new HashMap<>();
        for (Measurement m : recent.latest(indicators, programmes.visibleIds(), periods)) {
            byIndicator.computeIfAbsent(m.indicator(), k -> new ArrayList<>()).add(m);
        }
        return byIndicator;
    }

    @Override
    public Map<IndicatorId, List<AnnualActual>> annualActuals(
            Collection<IndicatorId> indicators, int fromYear, int toYear) {
        if (indicators.isEmpty() || fromYear > toYear) {
            return Map.of();
        }
        // Read from the roll-up the database keeps up to date as measurements are written (issue 15).
        return rollups.annualActuals(indicators, programmes.visibleIds(), fromYear, toYear);
    }

    @Override
    public Map<IndicatorId, Trajectory> trajectories(Collection<IndicatorId> indicators) {
        return trajectories(indicators, programmes.visibleIds());
    }

    /** The same, of indicators in the programmes given (which the caller has judged the user may reckon from). */
    Map<IndicatorId, Trajectory> trajectories(Collection<IndicatorId> indicators, Set<ProgrammeId> programmes) {
        if (indicators.isEmpty()) {
            return Map.of();
        }
        Map<IndicatorId, Direction> directions = new HashMap<>();
        Map<IndicatorId, Baseline> baselines = new HashMap<>();
        repository.baselines(indicators, programmes).forEach(b -> {
            directions.put(b.indicator(), b.direction());
            baselines.put(b.indicator(), b.baseline());
        });
        Map<IndicatorId, List<TargetPoint>> targets = repository.targets(baselines.keySet());
        Map<IndicatorId, Trajectory> trajectories = new HashMap<>();
        placed.of(baselines).forEach((id, baseline) -> {
            List<TargetPoint> points = targets.getOrDefault(id, List.of());
            if (!points.isEmpty()) {
                try {
                    trajectories.put(id, Trajectory.of(baseline, points, directions.get(id)));
                } catch (IllegalArgumentException e) {
                    // Setting the baseline and the targets refuses such a pair; one left from before has no målbane.
                }
            }
        });
        return trajectories;
    }

    @Override
    public Optional<Indicator> find(IndicatorId id) {
        return repository.find(id).filter(access::canSee);
    }

    @Override
    public Optional<Indicator> findByCanonicalUrl(String canonicalUrl) {
        return repository.findByCanonicalUrl(canonicalUrl).filter(access::canSee);
    }

    @Override
    public Optional<Measurement> latestCommented(IndicatorId id, LocalDate upTo) {
        existing(id);
        return pages.latestCommented(id, upTo);
    }

    @Override
    public Optional<OrganisationActual> organisationActual(
            IndicatorId id, OrganisationId organisation, LocalDate from, LocalDate to) {
        existing(id);
        return pages.organisationActual(id, organisation, from, to);
    }

    @Override
    public IndicatorView view(IndicatorId id, LocalDate today, int page, int size) {
        // Whether the user may see it first: one who may not learns nothing from what is wrong with the paging.
        Indicator indicator = existing(id);
        Violations paging = new Violations();
        if (page < 1) {
            paging.add("page", "query.page");
        }
        if (size < 1 || size > MeasurementPaging.MAX_SIZE) {
            paging.add("size", "query.size", MeasurementPaging.MAX_SIZE);
        }
        paging.throwIfAny();
        // Placed before its go-live when it is set at one: the page, the status and the chart read it from there.
        Optional<Baseline> baseline = placed.of(id, repository.baseline(id));
        LocalDate changeTookEffect =
                benefits.find(indicator.benefit()).map(Benefit::expectedStart).orElse(null);
        List<TargetPoint> targets = repository.targets(id);
        IndicatorStatus status = refresher.status(indicator, baseline, targets, today);
        MeasurementPages.Page shown = pages.page(id, page, size);
        // Asked once: whether the user may record at all is whether they may record for some organisation.
        List<OrganisationId> recordsFor = access.recordsFor(indicator);
        return new IndicatorView(
                indicator,
                baseline.orElse(null),
                targets,
                shown.measurements(),
                status,
                baseline.map(b -> !b.atGoLive() && b.measuredAfter(changeTookEffect))
                        .orElse(false),
                access.canEdit(indicator),
                !recordsFor.isEmpty(),
                repository.baselineVersion(id).orElse(null),
                repository.trajectoryVersion(id),
                recordsFor,
                pages.series(id, status.latestPeriodEnd()),
                shown.paging());
    }

    @Override
    public Map<Indicator, IndicatorStatus> statusOfBenefit(BenefitId benefit, LocalDate today) {
        List<Indicator> defined = ofBenefit(benefit);
        Map<IndicatorId, IndicatorStatus> byId = refresher.statusesAsOf(defined, today);
        Map<Indicator, IndicatorStatus> statuses = new LinkedHashMap<>();
        defined.forEach(i -> statuses.put(i, byId.get(i.id())));
        return statuses;
    }

    @Override
    public Map<BenefitId, Rag> worstRag(Collection<BenefitId> benefits) {
        Map<BenefitId, Rag> worst = new HashMap<>();
        repository.ragsOf(benefits).forEach(e -> worst.merge(e.getKey(), e.getValue(), IndicatorService::worse));
        return worst;
    }

    @Override
    public List<IndicatorDue> dueMeasurements(Collection<ProgrammeId> asked, LocalDate today) {
        return due(asked, IndicatorRepository.Narrowing.NONE, today);
    }

    @Override
    public List<IndicatorDue> dueMeasurementsOf(Collection<BenefitId> benefits, LocalDate today) {
        if (benefits.isEmpty()) {
            return List.of();
        }
        return due(programmes.visibleIds(), IndicatorRepository.Narrowing.benefits(benefits), today);
    }

    @Override
    public List<IndicatorDue> dueMeasurementsIn(
            Collection<ProgrammeId> asked, Collection<OrganisationId> organisations, LocalDate today) {
        if (organisations.isEmpty()) {
            return List.of();
        }
        return due(asked, IndicatorRepository.Narrowing.organisations(organisations), today);
    }

    private List<IndicatorDue> due(
            Collection<ProgrammeId> asked, IndicatorRepository.Narrowing narrowing, LocalDate today) {
        Set<ProgrammeId> visible = new HashSet<>(asked);
        visible.retainAll(programmes.visibleIds());
        if (visible.isEmpty()) {
            return List.of();
        }
        List<IndicatorDue> due = new ArrayList<>();
        for (IndicatorRepository.Measured m : repository.measuredBefore(visible, narrowing, today)) {
            LocalDate next = m.frequency().nextPeriodEnd(m.lastPeriodEnd());
            if (next.isBefore(today)) {
                boolean stale = today.isAfter(m.frequency().staleAfter(m.lastPeriodEnd()));
                due.add(new IndicatorDue(
                        m.id(),
                        m.name(),
                        m.benefit(),
                        m.benefitCode(),
                        m.programme(),
                        m.frequency(),
                        m.lastPeriodEnd(),
                        next,
                        stale));
            }
        }
        return due;
    }

    /** Red before amber before green; an indicator not yet measured gives way to one that is. */
    private static Rag worse(Rag a, Rag b) {
        List<Rag> best = List.of(Rag.NONE, Rag.GREEN, Rag.AMBER, Rag.RED);
        return best.indexOf(a) >= best.indexOf(b) ? a : b;
    }

    @Override
    public void requireEditable(IndicatorId id) {
        access.requireEdit(existing(id));
    }

    @Override
    public void requireMayRecord(IndicatorId id) {
        access.requireRecordAny(existing(id));
    }

    @Override
    public IndicatorId requireMayCorrect(MeasurementId id) {
        Measurement old = repository.measurement(id).orElseThrow(() -> new NotFoundException("measurement", id));
        Indicator indicator = existing(old.indicator());
        if (!access.canRecord(indicator, old.organisation())) {
            throw new AccessDeniedException("May not correct measurements of " + indicator.name());
        }
        return indicator.id();
    }

    @Override
    @Transactional
    public Indicator create(IndicatorInput input) {
        Benefit benefit = Ids.parse(input.benefitId(), BenefitId::new)
                .flatMap(benefits::find)
                .orElseThrow(() -> InvalidInputException.of("benefitId", "indicator.benefit.unknown"));
        if (!benefits.canEdit(benefit)) {
            throw new AccessDeniedException("May not add indicators to " + benefit.code());
        }
        Indicator indicator = validated(IndicatorId.newId(), benefit.id(), input, 0);
        repository.insert(indicator);
        auditLog.record(AuditScope.of(benefit.programme()), ENTITY, indicator.id(), "create", null, indicator);
        return indicator;
    }

    @Override
    @Transactional
    public Indicator update(IndicatorId id, IndicatorInput input, long expectedVersion) {
        Indicator before = existing(id);
        access.requireEdit(before);
        if (before.version() != expectedVersion) {
            throw new VersionConflictException(ENTITY, id, expectedVersion, before.version());
        }
        Indicator after = validated(id, before.benefit(), input, expectedVersion + 1);
        if (!repository.update(after, expectedVersion)) {
            throw new VersionConflictException(ENTITY, id, expectedVersion, expectedVersion + 1);
        }
        auditLog.record(access.auditScope(before), ENTITY, id, "update", before, after);
        refresher.refresh(id);
        return after;
    }

    @Override
    @Transactional
    public Baseline setBaseline(IndicatorId id, BaselineInput in, Long expectedVersion) {
        Indicator indicator = existing(id);
        access.requireEdit(indicator);
        Violations v = new Violations();
        BigDecimal value = number(in.value(), "value", v);
        LocalDate start = date(in.periodStart(), "periodStart", v, true);
        LocalDate end = date(in.periodEnd(), "periodEnd", v, true);
        if (start != null && end != null && end.isBefore(start)) {
            v.add("periodEnd", "measurement.period.endBeforeStart");
        }
        if (value != null && !indicator.kind().accepts(value)) {
            v.add("value", "measurement.value.range." + indicator.kind().name(), value.toPlainString());
        }
        boolean atGoLive = "true".equalsIgnoreCase(text(in.atGoLive())) || "on".equalsIgnoreCase(text(in.atGoLive()));
        if (atGoLive && text(in.goLiveReason()).isEmpty()) {
            v.add("goLiveReason", "baseline.goLiveReason.required");
        }
        List<TargetPoint> targets = repository.targets(id);
        v.throwIfAny();
        Baseline baseline = new Baseline(
                value,
                start,
                end,
                text(in.method()),
                text(in.source()),
                text(in.evidence()),
                text(in.measuredBy()),
                atGoLive,
                atGoLive ? text(in.goLiveReason()) : null);
        if (!targets.isEmpty()) {
            checkTrajectory(indicator, baseline, targets, "value");
        }
        Optional<Baseline> before = repository.baseline(id);
        Optional<Long> current = repository.baselineVersion(id);
        if (expectedVersion == null && current.isPresent()) {
            throw InvalidInputException.of("version", "version.required");
        }
        if (!repository.saveBaseline(id, baseline, access.actor(), expectedVersion)) {
            throw new VersionConflictException(
                    "baseline", id, expectedVersion == null ? -1 : expectedVersion, current.orElse(-1L));
        }
        auditLog.record(
                access.auditScope(indicator),
                "baseline",
                id,
                before.isPresent() ? "update" : "create",
                before.map(b -> new VersionedBaseline(b, current.orElseThrow())).orElse(null),
                new VersionedBaseline(baseline, expectedVersion == null ? 0 : expectedVersion + 1));
        refresher.refresh(id);
        return baseline;
    }

    @Override
    @Transactional
    public List<TargetPoint> setTrajectory(IndicatorId id, List<String[]> points, long expectedVersion) {
        Indicator indicator = existing(id);
        access.requireEdit(indicator);
        Violations v = new Violations();
        List<TargetPoint> targets = new ArrayList<>();
        Set<LocalDate> dates = new HashSet<>();
        for (int i = 0; i < points.size(); i++) {
            String[] point = points.get(i);
            if (text(point[0]).isEmpty() && text(point[1]).isEmpty()) {
                continue;
            }
            LocalDate date = date(point[0], "targets[" + i + "].date", v, true);
            BigDecimal value = number(point[1], "targets[" + i + "].value", v);
            if (date != null && !dates.add(date)) {
                v.add("targets[" + i + "].date", "target.date.duplicate", date.toString());
            }
            if (date != null && value != null) {
                targets.add(new TargetPoint(date, value));
            }
        }
        if (targets.isEmpty() && v.isEmpty()) {
            v.add("targets", "target.required");
        }
        v.throwIfAny();
        Optional<Baseline> baseline = repository.baseline(id);
        baseline.ifPresent(b -> checkTrajectory(indicator, b, targets, "targets"));
        List<TargetPoint> before = repository.targets(id);
        if (!repository.nextTrajectoryVersion(id, expectedVersion)) {
            throw new VersionConflictException("trajectory", id, expectedVersion, repository.trajectoryVersion(id));
        }
        repository.replaceTargets(id, targets);
        auditLog.record(
                access.auditScope(indicator),
                "trajectory",
                id,
                "update",
                new VersionedTrajectory(before, expectedVersion),
                new VersionedTrajectory(targets, expectedVersion + 1));
        refresher.refresh(id);
        return repository.targets(id);
    }

    @Override
    @Transactional
    public RecordResult record(IndicatorId id, List<MeasurementInput> rows, MeasurementSource source) {
        access.requireRecordAny(existing(id));
        return intake.record(
                IntStream.range(0, rows.size())
                        .mapToObj(i -> new MeasurementIntake.IntakeRow(i + 1, id.toString(), rows.get(i)))
                        .iterator(),
                source,
                MeasurementIntake.Progress.NONE);
    }

    @Override
    @Transactional
    public Measurement correct(MeasurementId id, String value, String reason) {
        Measurement old = repository.measurement(id).orElseThrow(() -> new NotFoundException("measurement", id));
        Indicator indicator = existing(old.indicator());
        if (!access.canRecord(indicator, old.organisation())) {
            throw new AccessDeniedException("May not correct measurements of " + indicator.name());
        }
        Violations v = new Violations();
        if (!old.isCurrent()) {
            v.add("value", "measurement.alreadyCorrected");
        }
        BigDecimal corrected = number(value, "value", v);
        if (corrected != null && !indicator.kind().accepts(corrected)) {
            v.add("value", "measurement.value.range." + indicator.kind().name(), corrected.toPlainString());
        }
        if (text(reason).isEmpty()) {
            v.add("reason", "measurement.correction.reason");
        }
        v.throwIfAny();
        Measurement replacement = new Measurement(
                MeasurementId.newId(),
                old.indicator(),
                corrected,
                old.periodStart(),
                old.periodEnd(),
                old.organisation(),
                old.unit(),
                old.source(),
                old.method(),
                old.confidence(),
                old.comment(),
                access.actor(),
                null,
                null,
                null);
        // The old row gives way first (the reference is checked at commit), so that the unique key stays free.
        repository.supersede(id, replacement.id(), text(reason));
        repository.insert(replacement);
        auditLog.record(
                new AuditScope(access.auditScope(indicator).programme(), old.organisation()),
                "measurement",
                id,
                "correct",
                old,
                replacement);
        refresher.refresh(indicator.id());
        return replacement;
    }

    @Override
    @Transactional
    public Baseline setBaseline(IndicatorId id, BaselineInput in) {
        return setBaseline(id, in, repository.baselineVersion(id).orElse(null));
    }

    @Override
    @Transactional
    public List<TargetPoint> setTrajectory(IndicatorId id, List<String[]> points) {
        return setTrajectory(id, points, repository.trajectoryVersion(id));
    }

    /** A baseline as the audit log keeps it: with the version it had. */
    record VersionedBaseline(Baseline baseline, long version) {}

    /** A trajectory as the audit log keeps it: its targets with the version they had. */
    record VersionedTrajectory(List<TargetPoint> targets, long version) {}

    private Indicator existing(IndicatorId id) {
        return find(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    private static void checkTrajectory(
            Indicator indicator, Baseline baseline, List<TargetPoint> targets, String field) {
        try {
            Trajectory.of(baseline, targets, indicator.direction());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(
                    field,
                    e.getMessage().contains("equals") ? "target.equalsBaseline" : "target.wrongDirection",
                    indicator.direction().name());
        }
    }

    private Indicator validated(IndicatorId id, BenefitId benefit, IndicatorInput in, long version) {
        Violations v = new Violations();
        String name = text(in.name());
        if (name.isEmpty()) {
            v.add("name", "indicator.name.required");
        }
        String unit = text(in.unit());
        if (unit.isEmpty()) {
            v.add("unit", "indicator.unit.required");
        }
        Direction direction = choice(in.direction(), Direction.class, "direction", v);
        IndicatorKind kind = choice(in.kind(), IndicatorKind.class, "kind", v);
        Frequency frequency = choice(in.frequency(), Frequency.class, "frequency", v);
        Scope scope = text(in.scope()).isEmpty() ? Scope.PROGRAMME : choice(in.scope(), Scope.class, "scope", v);
        BigDecimal amber = text(in.amberTolerance()).isEmpty()
                ? BigDecimal.valueOf(5)
                : number(in.amberTolerance(), "amberTolerance", v);
        BigDecimal red = text(in.redTolerance()).isEmpty()
                ? BigDecimal.valueOf(15)
                : number(in.redTolerance(), "redTolerance", v);
        if (amber != null && amber.signum() < 0) {
            v.add("amberTolerance", "indicator.tolerance.negative");
        }
        if (amber != null && red != null && red.compareTo(amber) < 0) {
            v.add("redTolerance", "indicator.tolerance.order");
        }
        BigDecimal cost = text(in.costHours()).isEmpty() ? null : number(in.costHours(), "costHours", v);
        if (cost != null && cost.signum() < 0) {
            v.add("costHours", "indicator.cost.negative");
        }
        PersonId measuredBy = null;
        if (!text(in.measuredById()).isEmpty()) {
            measuredBy = Ids.parse(in.measuredById(), PersonId::new)
                    .filter(p -> people.find(p).isPresent())
                    .orElse(null);
            if (measuredBy == null) {
                v.add("measuredById", "person.unknown");
            }
        }
        OrganisationId scopeOrganisation = null;
        if (!text(in.scopeOrganisationId()).isEmpty()) {
            scopeOrganisation = Ids.parse(in.scopeOrganisationId(), OrganisationId::new)
                    .filter(o -> organisations.find(o).isPresent())
                    .orElse(null);
            if (scopeOrganisation == null) {
                v.add("scopeOrganisationId", "organisation.unknown");
            }
        }
        if (scope != null && scope != Scope.PROGRAMME && scopeOrganisation == null && !v.has("scopeOrganisationId")) {
            v.add("scopeOrganisationId", "indicator.scope.organisation");
        }
        String url = text(in.canonicalUrl());
        if (!url.isEmpty()) {
            if (!isHttpUrl(url)) {
                v.add("canonicalUrl", "indicator.canonicalUrl.invalid");
            } else if (repository.canonicalUrlTakenByOther(url, id)) {
                v.add("canonicalUrl", "indicator.canonicalUrl.taken");
            }
        }
        v.throwIfAny();
        return new Indicator(
                id,
                benefit,
                name,
                text(in.definition()),
                unit,
                direction,
                kind,
                text(in.method()),
                text(in.dataSource()),
                frequency,
                measuredBy,
                cost,
                amber,
                red,
                scope,
                scopeOrganisation,
                text(in.scopeUnit()),
                url.isEmpty() ? null : url,
                version);
    }

    private static boolean isHttpUrl(String url) {
        try {
            URI uri = URI.create(url);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static <E extends Enum<E>> E choice(String text, Class<E> type, String field, Violations v) {
        Optional<E> value = Inputs.choice(text, type);
        if (value.isEmpty()) {
            v.add(field, "indicator." + field + ".invalid");
        }
        return value.orElse(null);
    }

    private static BigDecimal number(String text, String field, Violations v) {
        try {
            return Inputs.bounded(new BigDecimal(text(text).replace(',', '.').replace(" ", "")), field, v);
        } catch (NumberFormatException e) {
            v.add(field, "measurement.value.number", text(text));
            return null;
        }
    }

    /** A required date: blank is as invalid as a text that is no date. */
    private static LocalDate date(String text, String field, Violations v, boolean required) {
        LocalDate date = Inputs.date(text, field, v);
        if (date == null && required && text(text).isEmpty()) {
            v.add(field, "date.invalid");
        }
        return date;
    }

    private static String text(String text) {
        return Inputs.text(text);
    }
}
