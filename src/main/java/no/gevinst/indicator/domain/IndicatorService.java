package no.gevinst.indicator.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.gevinst.benefit.Benefits;
import no.gevinst.indicator.AnnualActual;
import no.gevinst.indicator.Baseline;
import no.gevinst.indicator.BaselineCommand;
import no.gevinst.indicator.Indicator;
import no.gevinst.indicator.IndicatorCommand;
import no.gevinst.indicator.IndicatorDue;
import no.gevinst.indicator.IndicatorStatus;
import no.gevinst.indicator.IndicatorView;
import no.gevinst.indicator.Indicators;
import no.gevinst.indicator.Measurement;
import no.gevinst.indicator.MeasurementCommand;
import no.gevinst.indicator.MeasurementSource;
import no.gevinst.indicator.OrganisationActual;
import no.gevinst.indicator.Rag;
import no.gevinst.indicator.RecordResult;
import no.gevinst.indicator.TargetPoint;
import no.gevinst.indicator.Trajectory;
import no.gevinst.indicator.TrajectoryCommand;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.MeasurementId;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module's facade: answers reads itself where they are one line, and hands each other responsibility to its
 * part (definitions, baselines and trajectories, measurement corrections, due measurements, views and queries).
 */
@Service
@Transactional(readOnly = true)
class IndicatorService implements Indicators {

    private final IndicatorRepository repository;
    private final IndicatorAccess access;
    private final VisibleIndicators visible;
    private final IndicatorStatusRefresher refresher;
    private final Benefits benefits;
    private final Programmes programmes;
    private final IndicatorDefinitions definitions;
    private final IndicatorTrajectories trajectories;
    private final MeasurementCorrections corrections;
    private final DueMeasurements due;
    private final IndicatorViews views;
    private final MeasurementQueries queries;

    IndicatorService(
            IndicatorRepository repository,
            IndicatorAccess access,
            VisibleIndicators visible,
            IndicatorStatusRefresher refresher,
            Benefits benefits,
            Programmes programmes,
            IndicatorDefinitions definitions,
            IndicatorTrajectories trajectories,
            MeasurementCorrections corrections,
            DueMeasurements due,
            IndicatorViews views,
            MeasurementQueries queries) {
        this.repository = repository;
        this.access = access;
        this.visible = visible;
        this.refresher = refresher;
        this.benefits = benefits;
        this.programmes = programmes;
        this.definitions = definitions;
        this.trajectories = trajectories;
        this.corrections = corrections;
        this.due = due;
        this.views = views;
        this.queries = queries;
    }

    @Override
    public List<Indicator> ofBenefit(BenefitId benefit) {
        return benefits.find(benefit).map(b -> repository.ofBenefit(benefit)).orElse(List.of());
    }

    @Override
    public Map<BenefitId, List<Indicator>> ofBenefits(Collection<BenefitId> benefits) {
        return byBenefit(repository.ofBenefits(benefits, programmes.visibleIds()));
    }

    private static Map<BenefitId, List<Indicator>> byBenefit(List<Indicator> indicators) {
        Map<BenefitId, List<Indicator>> byBenefit = new HashMap<>();
        for (Indicator i : indicators) {
            byBenefit.computeIfAbsent(i.benefit(), k -> new ArrayList<>()).add(i);
        }
        return byBenefit;
    }

    @Override
    public Map<BenefitId, List<Indicator>> ofProgramme(ProgrammeId programme) {
        if (!programmes.visibleIds().contains(programme)) {
            return Map.of();
        }
        return byBenefit(repository.ofProgramme(programme));
    }

    @Override
    public Map<IndicatorId, List<Measurement>> latestMeasurements(Collection<IndicatorId> indicators, int periods) {
        return queries.latestMeasurements(indicators, periods);
    }

    @Override
    public Map<IndicatorId, List<AnnualActual>> annualActuals(
            Collection<IndicatorId> indicators, int fromYear, int toYear) {
        return queries.annualActuals(indicators, fromYear, toYear);
    }

    @Override
    public Map<IndicatorId, Trajectory> trajectories(Collection<IndicatorId> indicators) {
        return trajectories.trajectories(indicators, programmes.visibleIds());
    }

    /** The same, of indicators in the programmes given (which the caller has judged the user may reckon from). */
    Map<IndicatorId, Trajectory> trajectories(Collection<IndicatorId> indicators, Set<ProgrammeId> programmes) {
        return trajectories.trajectories(indicators, programmes);
    }

    @Override
    public Optional<Indicator> find(IndicatorId id) {
        return visible.find(id);
    }

    @Override
    public Optional<Indicator> findByCanonicalUrl(String canonicalUrl) {
        return repository.findByCanonicalUrl(canonicalUrl).filter(access::canSee);
    }

    @Override
    public Optional<Measurement> latestCommented(IndicatorId id, LocalDate upTo) {
        return queries.latestCommented(id, upTo);
    }

    @Override
    public Optional<OrganisationActual> organisationActual(
            IndicatorId id, OrganisationId organisation, LocalDate from, LocalDate to) {
        return queries.organisationActual(id, organisation, from, to);
    }

    @Override
    public IndicatorView view(IndicatorId id, LocalDate today, int page, int size) {
        return views.view(id, today, page, size);
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
        return due.worstRag(benefits);
    }

    @Override
    public Map<IndicatorId, ProgrammeId> programmesOf(Collection<IndicatorId> indicators) {
        return indicators.isEmpty() ? Map.of() : repository.programmesOf(indicators);
    }

    @Override
    public List<IndicatorDue> dueMeasurements(Collection<ProgrammeId> asked, LocalDate today) {
        return due.dueMeasurements(asked, today);
    }

    @Override
    public List<IndicatorDue> dueMeasurementsOf(Collection<BenefitId> benefits, LocalDate today) {
        return due.dueMeasurementsOf(benefits, today);
    }

    @Override
    public List<IndicatorDue> dueMeasurementsIn(
            Collection<ProgrammeId> asked, Collection<OrganisationId> organisations, LocalDate today) {
        return due.dueMeasurementsIn(asked, organisations, today);
    }

    @Override
    public void requireEditable(IndicatorId id) {
        access.requireEdit(visible.existing(id));
    }

    @Override
    public void requireMayRecord(IndicatorId id) {
        access.requireRecordAny(visible.existing(id));
    }

    @Override
    public IndicatorId requireMayCorrect(MeasurementId id) {
        return corrections.requireMayCorrect(id);
    }

    @Override
    @Transactional
    public Indicator create(IndicatorCommand command) {
        return definitions.create(command);
    }

    @Override
    @Transactional
    public Indicator update(IndicatorId id, IndicatorCommand command, long expectedVersion) {
        return definitions.update(definitions.editable(id, expectedVersion), command, expectedVersion);
    }

    @Override
    @Transactional
    public Baseline setBaseline(IndicatorId id, BaselineCommand command, Long expectedVersion) {
        return trajectories.setBaseline(id, command, expectedVersion);
    }

    @Override
    @Transactional
    public List<TargetPoint> setTrajectory(IndicatorId id, TrajectoryCommand command, long expectedVersion) {
        return trajectories.setTrajectory(id, command, expectedVersion);
    }

    @Override
    @Transactional
    public RecordResult record(IndicatorId id, List<MeasurementCommand> rows, MeasurementSource source) {
        return corrections.record(id, rows, source);
    }

    @Override
    @Transactional
    public Measurement correct(MeasurementId id, BigDecimal value, String reason) {
        return corrections.correct(id, value, reason);
    }

    @Override
    @Transactional
    public Baseline setBaseline(IndicatorId id, BaselineCommand command) {
        return setBaseline(id, command, trajectories.baselineVersion(id).orElse(null));
    }

    @Override
    @Transactional
    public List<TargetPoint> setTrajectory(IndicatorId id, TrajectoryCommand command) {
        return setTrajectory(id, command, trajectories.trajectoryVersion(id));
    }
}
