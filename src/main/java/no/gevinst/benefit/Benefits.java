package no.gevinst.benefit;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.gevinst.shared.BenefitId;

/** The benefit register, for pages, the API, imports and other modules. Reads see only visible programmes. */
public interface Benefits {

    /** A page of the register with the query's filters. */
    RegisterPage search(BenefitQuery query);

    /**
     * The query's benefits counted by status, indicator state, area, priority area, class and warnings, and those
     * expected to start from {@code today} until {@code horizon}; aggregated in the database, never listed.
     */
    RegisterTally tally(BenefitQuery query, LocalDate today, LocalDate horizon);

    /** The part of {@link #tally} a measurement cannot change: it may be kept while measurements are recorded. */
    RegisterTally.RegisterCounts registerCounts(BenefitQuery query, LocalDate today, LocalDate horizon);

    /** The part of {@link #tally} a measurement can change. */
    RegisterTally.MeasuredCounts measuredCounts(BenefitQuery query);

    /**
     * How many of the query's benefits carry each health warning, counted in one pass in the database with the
     * register's own predicates, so that each count matches the register filtered on that warning.
     */
    java.util.Map<HealthWarning, Long> warningCounts(BenefitQuery query);

    /** Every benefit the query matches, for exports (the query's page is ignored). */
    List<Benefit> list(BenefitQuery query);

    Optional<Benefit> find(BenefitId id);

    /** True when the current user may edit the benefit: its programme's coordinator or its owner. */
    boolean canEdit(Benefit benefit);

    /** True when the current user may name or change the benefit's owner: its programme's coordinators. */
    boolean canAssignOwner(Benefit benefit);

    /** True when the person may be named owner of benefits in the programme: a gevinsteier of one of its parties. */
    boolean mayOwn(no.gevinst.shared.PersonId person, no.gevinst.shared.ProgrammeId programme);

    /** Registers a benefit as identified; coordinators of its programme. */
    Benefit create(BenefitInput input);

    /** Changes the profile of a benefit still at the expected version; its status is left as it is. */
    Benefit update(BenefitId id, BenefitInput input, long expectedVersion);

    /** Moves the benefit through its lifecycle; a reason is required to abandon it. */
    Benefit transition(BenefitId id, BenefitStatus target, String reason, long expectedVersion);

    /** The lifecycle moves of the benefit, oldest first. */
    List<StatusChange> statusHistory(BenefitId id);

    /** What the benefit lacks, shown on its profile and filtered on in the register. */
    List<HealthWarning> warnings(Benefit benefit);

    /**
     * What each of the benefits lacks, every one of them a key: for pages and lists that show many benefits, which
     * thus ask once rather than once per benefit. Whether a benefit is measured comes from the register's copy of its
     * indicators' status, the same the register filters and counts by.
     */
    java.util.Map<BenefitId, List<HealthWarning>> warnings(java.util.Collection<Benefit> benefits);

    /**
     * What the benefit lacks, given where its indicators stand ({@link #measurements(Benefit)}): for the profile,
     * which shows both and so computes each indicator's status once.
     */
    List<HealthWarning> warnings(Benefit benefit, List<MeasurementSummary> measurements);

    /** Where the benefit's indicators stand. */
    List<MeasurementSummary> measurements(Benefit benefit);
}
