package no.gevinst.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.MeasurementId;
import no.gevinst.shared.NorwegianTime;
import no.gevinst.shared.ProgrammeId;

/** The indicators of visible benefits, their baselines, trajectories and measurements. */
public interface Indicators {

    List<Indicator> ofBenefit(BenefitId benefit);

    /** The indicators of each of the benefits in visible programmes, in one read; benefits without any are left out. */
    Map<BenefitId, List<Indicator>> ofBenefits(Collection<BenefitId> benefits);

    /**
     * The indicators of each benefit placed in the programme (merged benefits too), if the programme is visible, in one
     * read by the programme alone; benefits without any are left out. Empty for a programme not visible.
     */
    Map<BenefitId, List<Indicator>> ofProgramme(ProgrammeId programme);

    /**
     * The current (not corrected) measurements of each indicator in its latest periods, at most {@code periods} of
     * them, for indicators of visible benefits, in one read; indicators without any are left out.
     */
    Map<IndicatorId, List<Measurement>> latestMeasurements(Collection<IndicatorId> indicators, int periods);

    /**
     * Each indicator's actual in each calendar year from {@code fromYear} to {@code toYear}: the latest period ending
     * in the year, from current measurements only, for indicators of visible benefits, in one query; years without a
     * measurement are absent, as are indicators never measured in them.
     */
    Map<IndicatorId, List<AnnualActual>> annualActuals(Collection<IndicatorId> indicators, int fromYear, int toYear);

    /**
     * The målbane of each indicator of a visible benefit that has a baseline and targets, read at once; its
     * {@link Trajectory#achievement(java.math.BigDecimal)} is how far a value has come. The others are absent.
     */
    Map<IndicatorId, Trajectory> trajectories(Collection<IndicatorId> indicators);

    Optional<Indicator> find(IndicatorId id);

    /** The indicator whose FHIR Measure canonical URL this is. */
    Optional<Indicator> findByCanonicalUrl(String canonicalUrl);

    /** The indicator with the first page of its measurements ({@link MeasurementPaging#DEFAULT_SIZE}, newest first). */
    default IndicatorView view(IndicatorId id, LocalDate today) {
        return view(id, today, 1, MeasurementPaging.DEFAULT_SIZE);
    }

    /**
     * The indicator with one page of its measurements, newest first; its cost does not grow with the history.
     *
     * @param page from 1
     * @param size 1 to {@link MeasurementPaging#MAX_SIZE}
     */
    IndicatorView view(IndicatorId id, LocalDate today, int page, int size);

    /**
     * The newest current measurement with a comment whose period ends on or before the day (why a figure deviates,
     * in the measurer's words), however far back in the history it lies; the indicator must be visible.
     */
    Optional<Measurement> latestCommented(IndicatorId id, LocalDate upTo);

    /**
     * What the organisation itself measured of the indicator with periods ending from {@code from} to {@code to}: its
     * latest such period and that period's value; empty when it measured none. Read-only, one query along the
     * indicator's period index; the indicator must be visible.
     *
     * @throws no.gevinst.shared.NotFoundException when the indicator is not visible to the user
     */
    Optional<OrganisationActual> organisationActual(
            IndicatorId id, no.gevinst.shared.OrganisationId organisation, LocalDate from, LocalDate to);

    /**
     * The status of each indicator of the benefit as it stood on the day: from the periods that had ended by then, so
     * a report for a past period never shows what was measured after it.
     */
    Map<Indicator, IndicatorStatus> statusOfBenefit(BenefitId benefit, LocalDate asOf);

    /**
     * The worst traffic light among each benefit's indicators as last recorded (red before amber before green);
     * benefits without indicators are absent. For views that colour many benefits at once, such as the network.
     */
    Map<BenefitId, Rag> worstRag(Collection<BenefitId> benefits);

    /**
     * The programme of each indicator's benefit, for a module that keeps rows of indicators and has already decided
     * who may see them (the go-live module's anchors); indicators no longer there are absent. One query.
     */
    Map<IndicatorId, ProgrammeId> programmesOf(Collection<IndicatorId> indicators);

    /**
     * The indicators whose next measurement is due by today, in those of the programmes the user may see: the
     * latest measured period ended more than one frequency ago. Indicators never measured, and those of closed or
     * abandoned benefits, are left out. One query, on the latest period end kept with each indicator.
     */
    List<IndicatorDue> dueMeasurements(Collection<ProgrammeId> programmes, LocalDate today);

    /** The same, for the indicators of the given benefits only (those a benefit owner owns). */
    List<IndicatorDue> dueMeasurementsOf(Collection<BenefitId> benefits, LocalDate today);

    /**
     * The same, for the indicators measured in one of the organisations only: scoped to one of them, or, scoped to
     * no organisation, of a benefit that arises in one of them (a måleansvarlig's).
     */
    List<IndicatorDue> dueMeasurementsIn(
            Collection<ProgrammeId> programmes,
            Collection<no.gevinst.shared.OrganisationId> organisations,
            LocalDate today);

    /**
     * Refuses a user who may not change the indicator's definition, baseline or trajectory: asked before anything
     * the user sent is read, so that a refused user learns nothing from what is wrong with it.
     *
     * @throws no.gevinst.shared.NotFoundException when the indicator is not visible to the user
     * @throws org.springframework.security.access.AccessDeniedException when it is visible but not editable
     */
    void requireEditable(IndicatorId id);

    /** The same for recording measurements: refuses a user who may record the indicator for no organisation. */
    void requireMayRecord(IndicatorId id);

    /**
     * The same for correcting a measurement: refuses a user who may not record for its organisation.
     *
     * @return the indicator the measurement belongs to
     */
    IndicatorId requireMayCorrect(MeasurementId measurement);

    /**
     * Defines an indicator from a command already read ({@link IndicatorCommand#parse}): the benefit it names must be
     * one the user may edit; only the rules that need stored data are checked.
     */
    Indicator create(IndicatorCommand command);

    /** Changes the definition from a command already read; the indicator stays on its benefit, whatever the command names. */
    Indicator update(IndicatorId id, IndicatorCommand command, long expectedVersion);

    /**
     * Sets the baseline read ({@link BaselineCommand#parse}) if it still has the version read ({@link IndicatorView#baselineVersion()}; null when none was
     * set); a stale one gets a {@link no.gevinst.shared.VersionConflictException}.
     */
    Baseline setBaseline(IndicatorId id, BaselineCommand command, Long expectedVersion);

    /**
     * Replaces the trajectory read ({@link TrajectoryCommand#parse}), if it still has the version read
     * ({@link IndicatorView#trajectoryVersion()}); the targets must fit the baseline and the indicator's direction.
     */
    List<TargetPoint> setTrajectory(IndicatorId id, TrajectoryCommand command, long expectedVersion);

    /** The same over whatever is stored: for the application's own loaders and tests, never for requests. */
    default Baseline setBaseline(IndicatorId id, BaselineCommand command) {
        return setBaseline(id, command, view(id, NorwegianTime.today()).baselineVersion());
    }

    /** The same over whatever is stored: for the application's own loaders and tests, never for requests. */
    default List<TargetPoint> setTrajectory(IndicatorId id, TrajectoryCommand command) {
        return setTrajectory(id, command, view(id, NorwegianTime.today()).trajectoryVersion());
    }

    /**
     * Records a batch of measurements for one indicator, each read at its edge ({@link MeasurementCommand#read}),
     * all or nothing: every bad row is named, what did not read among the rest. A row already recorded with the same
     * organisation, unit, period, source and value adds nothing.
     */
    RecordResult record(IndicatorId id, List<MeasurementCommand> rows, MeasurementSource source);

    /**
     * Replaces a measurement by a corrected one, keeping both and the reason; the value is read at the edge
     * ({@link IndicatorFields#correctedValue}), its fit to the indicator's kind is checked here.
     */
    Measurement correct(MeasurementId id, BigDecimal value, String reason);
}
