package no.gevinst.portfolio.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import no.gevinst.benefit.BenefitQuery;
import no.gevinst.benefit.Benefits;
import no.gevinst.benefit.RegisterTally;
import no.gevinst.plan.Plan;
import no.gevinst.plan.PlanSnapshot;
import no.gevinst.plan.PlanVersion;
import no.gevinst.plan.Plans;
import no.gevinst.plan.Reminders;
import no.gevinst.plan.VersionStatus;
import no.gevinst.portfolio.Dashboard;
import no.gevinst.portfolio.Dashboards;
import no.gevinst.portfolio.Realised;
import no.gevinst.programme.EconomicTarget;
import no.gevinst.programme.Programme;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.valuation.ProgrammeValuation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts the dashboard together. Counts come from the register's own aggregate (so each number equals the list it
 * links to), money from the valuations and the approved plans, net from the double-counting control, realised
 * kroner from the priced benefits' latest actual in each year (see {@link Realised}); the traffic lights are those
 * stored on each indicator.
 */
@Service
@Transactional(readOnly = true)
class DashboardService implements Dashboards {

    /** Enough to act on; the reminders page has them all. */
    private static final int DEADLINES_SHOWN = 50;

    private final Benefits benefits;
    private final Plans plans;
    private final Reminders reminders;
    private final PortfolioService portfolio;
    private final RealisedKroner realised;
    private final FlowService flows;
    private final ProgrammeTallies tallies;

    private final Reading.Start readings;
    private final DashboardGeneration generation;
    private final SharedForecasts shared;
    private final SharedRealised sharedRealised;
    private final SharedPlanned sharedPlanned;

    DashboardService(
            Benefits benefits,
            Plans plans,
            Reminders reminders,
            PortfolioService portfolio,
            RealisedKroner realised,
            FlowService flows,
            ProgrammeTallies tallies,
            Reading.Start readings,
            DashboardGeneration generation,
            SharedForecasts shared,
            SharedRealised sharedRealised,
            SharedPlanned sharedPlanned) {
        this.sharedPlanned = sharedPlanned;
        this.shared = shared;
        this.sharedRealised = sharedRealised;
        this.readings = readings;
        this.generation = generation;
        this.benefits = benefits;
        this.plans = plans;
        this.reminders = reminders;
        this.portfolio = portfolio;
        this.realised = realised;
        this.flows = flows;
        this.tallies = tallies;
    }

    @Override
    public Dashboard of(ProgrammeId selected, LocalDate today) {
        return of(selected, today, readings.reading());
    }

    /**
     * The dashboard with the generation of the data it was computed from: read first, in one snapshot with all that
     * follows, so that the dashboard is exactly what the data at that generation gives ({@link CachedDashboards}).
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public DashboardCache.Generated<Dashboard> generated(ProgrammeId selected, LocalDate today) {
        DashboardGeneration.Generations at = generation.read();
        return new DashboardCache.Generated<>(at.whole(), of(selected, today, readings.sharing(at, today)));
    }

    /**
     * The same, from a reading the caller shares with what else it builds (the reports' dashboards). A reading that
     * keeps programmes' figures across readings (the dashboards served) adds up each programme's counts and realised
     * kroner, so that after a write only the written programme is counted and reckoned again; any other reading counts
     * and reckons the programmes together, which is what the sums must equal (DashboardCacheIT).
     */
    Dashboard of(ProgrammeId selected, LocalDate today, Reading reading) {
        List<Programme> counted = counted(selected, reading);
        LocalDate horizon = today.plusDays(Dashboard.HORIZON_DAYS);
        RegisterTally register = reading.sharesParts()
                ? tallies.of(counted, today, horizon, reading)
                : benefits.tally(
                        selected == null ? BenefitQuery.all() : BenefitQuery.inProgramme(selected), today, horizon);
        // Each programme read and valued once for the double counting, the forecast, realised kroner and the flows.
        PortfolioService.Position position = portfolio.position(selected, reading);

        Money money = money(counted, reading);
        int thisYear = today.getYear();
        SortedMap<Integer, Realised> realisedByYear = realisedByYear(selected, counted, thisYear, reading);
        return new Dashboard(
                selected,
                money.lines(),
                register,
                DashboardYears.of(
                        money.planned(), money.forecast(), position.totals(), counted, realisedByYear, thisYear),
                position.totals(),
                position.unresolved(),
                deadlines(counted, today, horizon, reading),
                flows.report(selected, reading),
                reading.problems(selected));
    }

    /** The programmes' planned and forecast kroner per year, and a line for each programme. */
    private record Money(
            SortedMap<Integer, BigDecimal> planned,
            SortedMap<Integer, BigDecimal> forecast,
            List<Dashboard.ProgrammeLine> lines) {}

    private Money money(List<Programme> counted, Reading reading) {
        SortedMap<Integer, BigDecimal> planned = new TreeMap<>();
        SortedMap<Integer, BigDecimal> forecast = new TreeMap<>();
        List<Dashboard.ProgrammeLine> lines = new ArrayList<>();
        for (Programme p : counted) {
            SortedMap<Integer, BigDecimal> valued = reading.forecast(p.id());
            // Benefits shared between programmes count in each at its share (issue 18), kept as the reading keeps
            // parts.
            SortedMap<Integer, BigDecimal> own =
                    reading.sharesParts() ? shared.atShare(p.id(), valued, reading) : shared.atShare(p.id(), valued);
            own.forEach((year, value) -> forecast.merge(year, value, BigDecimal::add));
            // The plans are no programme's rows (V28: 'others'); the forecast's years are its register's.
            PlanSource source = reading.keptOfRegister("planned", p.id(), () -> plannedOf(p, valued));
            // Shared benefits' planned kroner at the programme's share too, whether its plan is approved or not.
            SortedMap<Integer, BigDecimal> plannedHere = sharedPlanned.atShare(p.id(), source.planned(), reading);
            plannedHere.forEach((year, value) -> planned.merge(year, value, BigDecimal::add));
            EconomicTarget target = p.economicTarget();
            lines.add(new Dashboard.ProgrammeLine(
                    p.id(),
                    p.code(),
                    p.name(),
                    source.version(),
                    target == null ? null : target.nokPerYear(),
                    target == null ? null : target.fromYear()));
        }
        return new Money(planned, forecast, lines);
    }

    /**
     * Realised kroner per year, shared benefits at each programme's share: merged from each programme's as kept when
     * the reading keeps parts, reckoned over the programmes together otherwise.
     */
    private SortedMap<Integer, Realised> realisedByYear(
            ProgrammeId selected, List<Programme> counted, int thisYear, Reading reading) {
        if (reading.sharesParts()) {
            return sharedRealised.atShare(
                    selected, counted, realised.merged(selected, counted, thisYear, reading), thisYear, reading);
        }
        return sharedRealised.atShare(
                selected, counted, realised.byYear(selected, valued(counted, reading), thisYear, reading), thisYear);
    }

    private static Map<Programme, ProgrammeValuation> valued(List<Programme> counted, Reading reading) {
        Map<Programme, ProgrammeValuation> valued = new LinkedHashMap<>();
        counted.forEach(p -> valued.put(p, reading.valuation(p.id())));
        return valued;
    }

    @Override
    public Realised realised(ProgrammeId selected, int year, LocalDate today) {
        Reading reading = readings.reading();
        List<Programme> counted = counted(selected, reading);
        if (year > today.getYear()) {
            return Realised.notMeasured(selected, year);
        }
        // Shared benefits at each programme's share, as the dashboard counts them (issue 18).
        return sharedRealised
                .atShare(
                        selected,
                        counted,
                        realised.byYear(selected, valued(counted, reading), today.getYear(), reading),
                        today.getYear())
                .getOrDefault(year, Realised.notMeasured(selected, year));
    }

    private static List<Programme> counted(ProgrammeId selected, Reading reading) {
        List<Programme> counted = reading.visible().stream()
                .filter(p -> selected == null || p.id().equals(selected))
                .toList();
        if (selected != null && counted.isEmpty()) {
            throw new NotFoundException("programme", selected);
        }
        return counted;
    }

    /** Where a programme's planned figures come from: an approved plan version, or (version null) the valuation. */
    private record PlanSource(Integer version, SortedMap<Integer, BigDecimal> planned) {}

    /**
     * The latest approved version of the programme's own plan, as frozen when approved: its own value for each year
     * ({@link PlannedFigures}). Without an approved plan the current valuation is all there is.
     */
    private PlanSource plannedOf(Programme p, SortedMap<Integer, BigDecimal> forecast) {
        for (Plan plan : plans.ofProgramme(p.id())) {
            if (!plan.isProgrammePlan()) {
                continue;
            }
            for (PlanVersion version : plans.versions(plan.id())) {
                if (version.status() == VersionStatus.APPROVED) {
                    PlanSnapshot snapshot = plans.content(plan.id(), version.number());
                    return new PlanSource(version.number(), PlannedFigures.of(snapshot, forecast.keySet()));
                }
            }
        }
        return new PlanSource(null, forecast);
    }

    /**
     * The user's first deadlines within the horizon in the programmes counted. A reading that keeps programmes'
     * figures keeps each programme's first ones (its reminders are the same for every user who may see it) and merges
     * them: the first of all are among the first of each, and the order is total ({@link Reminders#ORDER}).
     */
    private List<Reminders.Reminder> deadlines(
            List<Programme> counted, LocalDate today, LocalDate horizon, Reading reading) {
        if (reading.sharesParts()) {
            List<Reminders.Reminder> merged = new ArrayList<>();
            for (Programme p : counted) {
                merged.addAll(reading.kept(
                        "deadlines", p.id(), () -> first(reminders.inProgramme(p.id(), today).stream(), horizon)));
            }
            return first(merged.stream().sorted(Reminders.ORDER), horizon);
        }
        Set<ProgrammeId> ids = counted.stream().map(Programme::id).collect(Collectors.toSet());
        return first(reminders.forCurrentUser(today).stream().filter(r -> ids.contains(r.programme())), horizon);
    }

    private static List<Reminders.Reminder> first(
            java.util.stream.Stream<Reminders.Reminder> ordered, LocalDate horizon) {
        return ordered.filter(r -> r.date() == null || !r.date().isAfter(horizon))
                .limit(DEADLINES_SHOWN)
                .toList();
    }
}
