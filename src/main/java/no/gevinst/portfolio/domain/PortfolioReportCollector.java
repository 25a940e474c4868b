package no.gevinst.portfolio.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitQuery;
import no.gevinst.benefit.Benefits;
import no.gevinst.indicator.Indicator;
import no.gevinst.indicator.Indicators;
import no.gevinst.indicator.Measurement;
import no.gevinst.plan.Plan;
import no.gevinst.plan.PlanVersion;
import no.gevinst.plan.Plans;
import no.gevinst.plan.Reminders;
import no.gevinst.portfolio.ConflictStatus;
import no.gevinst.portfolio.Dashboard;
import no.gevinst.portfolio.PortfolioReportData;
import no.gevinst.portfolio.PortfolioReportData.Cause;
import no.gevinst.portfolio.PortfolioReportData.Deviation;
import no.gevinst.portfolio.PortfolioReportData.IndicatorRow;
import no.gevinst.portfolio.PortfolioReportData.ProgrammeFigures;
import no.gevinst.portfolio.ReportPeriod;
import no.gevinst.portfolio.Reports;
import no.gevinst.programme.Programme;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.ProgrammeId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Collects what the portfolio's reports print, once per report, from the services that show the same figures
 * elsewhere: the dashboard (counts and money per year against the target), the double-counting control, the
 * reminders, the indicators and the flows. Collect once, report many: the steering group report, the RHF board
 * summary and Digdir's annual status are each written from one {@link PortfolioReportData}.
 *
 * <p>The <em>deviations</em> are the measured indicators furthest behind their trajectory, by
 * {@link no.gevinst.indicator.IndicatorStatus#gap()} in percentage points of the planned change, the
 * {@value #DEVIATIONS_COLLECTED} largest. Decisions needed are those outstanding today: unresolved double counts, plan
 * versions awaiting approval and measures past their deadline.
 */
@Component
@Transactional(readOnly = true)
class PortfolioReportCollector {

    static final int DEVIATIONS_COLLECTED = Reports.DEVIATIONS_COLLECTED;

    private final DashboardService dashboards;
    private final PortfolioService portfolio;
    private final Reading.Start readings;
    private final Reminders reminders;
    private final Benefits benefits;
    private final Indicators indicators;
    private final Plans plans;

    PortfolioReportCollector(
            DashboardService dashboards,
            PortfolioService portfolio,
            Reading.Start readings,
            Reminders reminders,
            Benefits benefits,
            Indicators indicators,
            Plans plans) {
        this.dashboards = dashboards;
        this.portfolio = portfolio;
        this.readings = readings;
        this.reminders = reminders;
        this.benefits = benefits;
        this.indicators = indicators;
        this.plans = plans;
    }

    /** Everything the reports print, for one visible programme or (when null) every visible one. */
    PortfolioReportData collect(ProgrammeId programme, ReportPeriod period, LocalDate today) {
        // One reading for the report's dashboard, each programme's own and the conflicts.
        Reading reading = readings.reading();
        Dashboard dashboard = dashboards.of(programme, today, reading);
        LocalDate asOf = period.asOf(today);
        List<Benefit> counted =
                benefits.list(programme == null ? BenefitQuery.all() : BenefitQuery.inProgramme(programme));
        Map<BenefitId, Benefit> byId = counted.stream().collect(Collectors.toMap(Benefit::id, Function.identity()));
        List<IndicatorRow> rows = indicatorRows(counted, asOf);
        List<ConflictStatus> conflicts = portfolio.conflicts(reading).stream()
                .filter(c -> programme == null || c.conflict().programmes().contains(programme))
                .toList();
        List<Reminders.Reminder> mine = reminders.forCurrentUser(today).stream()
                .filter(r -> programme == null || programme.equals(r.programme()))
                .toList();
        return new PortfolioReportData(
                programme,
                period,
                today,
                asOf,
                dashboard,
                new PortfolioReportData.PerProgramme(() -> programmeFigures(dashboard, today, reading)),
                byId,
                rows,
                deviations(rows, byId, asOf),
                conflicts,
                mine.stream()
                        .filter(r -> r.kind() == Reminders.Kind.PLAN_APPROVAL)
                        .toList(),
                mine.stream()
                        .filter(r -> r.kind() == Reminders.Kind.MEASURE_DEADLINE && r.overdue())
                        .toList(),
                dashboard.flows());
    }

    /** Each programme with its own dashboard; with one programme asked for, that is the dashboard already read. */
    private List<ProgrammeFigures> programmeFigures(Dashboard dashboard, LocalDate today, Reading reading) {
        Map<ProgrammeId, Programme> visible =
                reading.visible().stream().collect(Collectors.toMap(Programme::id, Function.identity()));
        List<ProgrammeFigures> figures = new ArrayList<>();
        for (Dashboard.ProgrammeLine line : dashboard.programmes()) {
            Dashboard own = dashboard.selected() != null ? dashboard : dashboards.of(line.id(), today, reading);
            Programme p = visible.get(line.id());
            figures.add(new ProgrammeFigures(line, p == null ? null : p.currentPhase(), own));
        }
        return figures;
    }

    private List<IndicatorRow> indicatorRows(List<Benefit> counted, LocalDate asOf) {
        Map<BenefitId, List<Indicator>> defined =
                indicators.ofBenefits(counted.stream().map(Benefit::id).toList());
        List<IndicatorRow> rows = new ArrayList<>();
        for (BenefitId id : defined.keySet()) {
            indicators
                    .statusOfBenefit(id, asOf)
                    .forEach((indicator, status) -> rows.add(new IndicatorRow(indicator, status)));
        }
        return rows;
    }

    /** The rows given furthest behind their trajectory, largest first, the {@value #DEVIATIONS_COLLECTED} largest. */
    List<Deviation> deviations(List<IndicatorRow> rows, Map<BenefitId, Benefit> byId, LocalDate asOf) {
        Map<ProgrammeId, Optional<PlanVersion>> planReasons = new HashMap<>();
        return rows.stream()
                .filter(r -> r.status().measured()
                        && r.status().gap() != null
                        && r.status().gap().signum() > 0)
                .sorted(Comparator.comparing((IndicatorRow r) -> r.status().gap())
                        .reversed())
                .limit(DEVIATIONS_COLLECTED)
                .map(r -> new Deviation(r, cause(r, byId.get(r.indicator().benefit()), asOf, planReasons)))
                .toList();
    }

    /** The latest measurement comment up to the period's end, or else the programme plan's latest reason. */
    private Cause cause(
            IndicatorRow r, Benefit benefit, LocalDate asOf, Map<ProgrammeId, Optional<PlanVersion>> planReasons) {
        Optional<Measurement> commented =
                indicators.latestCommented(r.indicator().id(), asOf);
        if (commented.isPresent()) {
            return Cause.measured(commented.get().periodEnd(), commented.get().comment());
        }
        if (benefit != null) {
            Optional<PlanVersion> reason = planReasons.computeIfAbsent(benefit.programme(), this::latestReason);
            if (reason.isPresent()) {
                return Cause.planned(reason.get().number(), reason.get().reason());
            }
        }
        return Cause.NONE;
    }

    private Optional<PlanVersion> latestReason(ProgrammeId programme) {
        return plans.ofProgramme(programme).stream()
                .filter(Plan::isProgrammePlan)
                .flatMap(p -> plans.versions(p.id()).stream())
                .filter(v -> v.number() > 1 && !v.reason().isBlank())
                .max(Comparator.comparingInt(PlanVersion::number));
    }
}
