package no.gevinst.portfolio.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import no.gevinst.benefit.BenefitQuery;
import no.gevinst.benefit.Benefits;
import no.gevinst.indicator.Indicator;
import no.gevinst.organisation.Organisations;
import no.gevinst.portfolio.ConflictStatus;
import no.gevinst.portfolio.ConflictsView;
import no.gevinst.portfolio.Dashboard;
import no.gevinst.portfolio.FlowMatrix;
import no.gevinst.portfolio.FlowReport;
import no.gevinst.portfolio.OrganisationDashboard;
import no.gevinst.portfolio.OrganisationDashboards;
import no.gevinst.portfolio.OrganisationFigures;
import no.gevinst.portfolio.OrganisationStatus;
import no.gevinst.portfolio.PortfolioReportData;
import no.gevinst.portfolio.Realised;
import no.gevinst.portfolio.Reconciliation;
import no.gevinst.portfolio.Totals;
import no.gevinst.portfolio.domain.PortfolioFacts.BenefitFacts;
import no.gevinst.programme.Programme;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.NorwegianTime;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.valuation.ProgrammeValuation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portfolio scoped to one organisation, worked out of the same reading as the programme's dashboard: the
 * dashboard itself, the facts of the double-counting control (each benefit's allocations and yearly values, what it
 * gives up to double counting) and the realised kroner benefit by benefit, split by {@link OrganisationShares}. New
 * beside the dashboard's own service, which it only reads from.
 */
@Service
@Transactional(readOnly = true)
class OrganisationScopeService implements OrganisationDashboards {

    private final DashboardService dashboards;
    private final PortfolioService portfolio;
    private final RealisedKroner realised;
    private final FlowService flows;
    private final Reading.Start readings;
    private final Benefits benefits;
    private final Organisations organisations;
    private final ScopeChoices choices;
    private final OrganisationIndicators indicators;
    private final ScopedPlanned planned;
    private final OrganisationTargets targets;
    private final OrganisationStatusCollector statuses;
    private final SharedFacts sharedFacts;
    private final SharedRealised sharedRealised;

    OrganisationScopeService(
            DashboardService dashboards,
            PortfolioService portfolio,
            RealisedKroner realised,
            FlowService flows,
            Reading.Start readings,
            Benefits benefits,
            Organisations organisations,
            ScopeChoices choices,
            OrganisationIndicators indicators,
            ScopedPlanned planned,
            OrganisationTargets targets,
            OrganisationStatusCollector statuses,
            SharedFacts sharedFacts,
            SharedRealised sharedRealised) {
        this.sharedFacts = sharedFacts;
        this.sharedRealised = sharedRealised;
        this.dashboards = dashboards;
        this.portfolio = portfolio;
        this.realised = realised;
        this.flows = flows;
        this.readings = readings;
        this.benefits = benefits;
        this.organisations = organisations;
        this.choices = choices;
        this.indicators = indicators;
        this.planned = planned;
        this.targets = targets;
        this.statuses = statuses;
    }

    @Override
    public List<FlowMatrix.Party> choices() {
        return organisations.findAll(choices.organisations()).stream()
                .map(o -> new FlowMatrix.Party(o.id(), o.name()))
                .toList();
    }

    @Override
    public Optional<FlowMatrix.Party> find(OrganisationId organisation) {
        return choices().stream().filter(p -> p.id().equals(organisation)).findFirst();
    }

    private FlowMatrix.Party party(OrganisationId organisation) {
        return find(organisation).orElseThrow(() -> new NotFoundException("organisation", organisation));
    }

    /** What one reading gives for a programme (or all): the dashboard, the benefits counted and their split. */
    record Scoped(Dashboard whole, List<BenefitFacts> counted, OrganisationShares shares, Reading reading) {}

    Scoped scoped(ProgrammeId programme, LocalDate today) {
        Reading reading = readings.reading();
        Dashboard whole = dashboards.of(programme, today, reading);
        Set<ProgrammeId> ids =
                whole.programmes().stream().map(Dashboard.ProgrammeLine::id).collect(Collectors.toSet());
        List<Programme> programmes =
                reading.visible().stream().filter(p -> ids.contains(p.id())).toList();
        // Benefits shared between programmes at each programme's share, by the dashboard's own rule (issue 18).
        List<BenefitFacts> counted = sharedFacts.atShare(
                programmes,
                portfolio.control(programme, reading).facts().benefits().stream()
                        .filter(b -> ids.contains(b.programme()))
                        .toList());
        Map<Programme, ProgrammeValuation> valued = new LinkedHashMap<>();
        programmes.forEach(p -> valued.put(p, reading.valuation(p.id())));
        int thisYear = today.getYear();
        SortedMap<Integer, Realised> byYear = sharedRealised.atShare(
                programme, programmes, realised.byYear(programme, valued, thisYear, reading), thisYear);
        return new Scoped(whole, counted, new OrganisationShares(counted, whole.totals(), byYear), reading);
    }

    @Override
    public OrganisationDashboard of(ProgrammeId programme, OrganisationId organisation, LocalDate today) {
        FlowMatrix.Party party = party(organisation);
        Scoped s = scoped(programme, today);
        OrganisationFigures figures = s.shares().of(party);
        Dashboard dashboard = dashboard(s, party, figures, today);
        return new OrganisationDashboard(
                party, dashboard, figures, reconciliation(s), measuredBy(s, organisation, today));
    }

    @Override
    public Reconciliation reconciliation(ProgrammeId programme, LocalDate today) {
        return reconciliation(scoped(programme, today));
    }

    private Reconciliation reconciliation(Scoped s) {
        Map<OrganisationId, String> names = new HashMap<>();
        Set<OrganisationId> allocated = new java.util.HashSet<>();
        s.counted().forEach(b -> allocated.addAll(b.allocations().keySet()));
        organisations.findAll(allocated).forEach(o -> names.put(o.id(), o.name()));
        return s.shares().reconciliation(names);
    }

    /** The dashboard's figures as the organisation's. */
    private Dashboard dashboard(Scoped s, FlowMatrix.Party party, OrganisationFigures figures, LocalDate today) {
        Dashboard whole = s.whole();
        List<Dashboard.Year> scopedYears = years(s, party, figures);
        List<Dashboard.ProgrammeLine> lines = whole.programmes().stream()
                .map(l -> new Dashboard.ProgrammeLine(l.id(), l.code(), l.name(), l.approvedPlanVersion(), null, null))
                .toList();
        return new Dashboard(
                whole.selected(),
                lines,
                benefits.tally(
                        BenefitQuery.ofOrganisation(whole.selected(), party.id()),
                        today,
                        today.plusDays(Dashboard.HORIZON_DAYS)),
                scopedYears,
                Totals.of(
                        scopedYears.stream()
                                .map(y -> Totals.Year.of(y.year(), y.forecast(), y.excluded()))
                                .toList(),
                        exclusions(whole.totals(), s.counted(), party.id())),
                touching(s, party.id()).stream()
                        .filter(c -> c.decision() == null)
                        .count(),
                whole.deadlines(),
                ScopedFlows.of(whole.flows(), party.id()),
                whole.problems());
    }

    /** The dashboard's years as the organisation's: its planned, forecast, net, target and realised kroner. */
    private List<Dashboard.Year> years(Scoped s, FlowMatrix.Party party, OrganisationFigures figures) {
        Dashboard whole = s.whole();
        SortedMap<Integer, BigDecimal> plannedByYear = planned.of(
                s,
                party.id(),
                portfolio.control(whole.selected(), s.reading()).facts().benefits());
        List<Dashboard.Year> scopedYears = new ArrayList<>();
        for (Dashboard.Year y : whole.years()) {
            OrganisationFigures.Year f = figures.year(y.year());
            BigDecimal gross = f == null ? BigDecimal.ZERO : f.forecast();
            BigDecimal excluded = f == null ? BigDecimal.ZERO : f.excluded();
            BigDecimal done = f == null ? null : f.realised();
            scopedYears.add(new Dashboard.Year(
                    y.year(),
                    plannedByYear.getOrDefault(y.year(), BigDecimal.ZERO),
                    gross,
                    excluded,
                    gross.subtract(excluded),
                    targets.economic(whole.programmes(), party.id(), y.year()),
                    y.reckoned(),
                    y.reckoned() ? done : null,
                    y.reckoned() && done != null ? f.unsigned() : null));
        }
        return scopedYears;
    }

    /** What each of the organisation's benefits gives up to double counting, its share of it. */
    private static List<Totals.BenefitExclusion> exclusions(
            Totals totals, List<BenefitFacts> counted, OrganisationId organisation) {
        Map<BenefitId, BigDecimal> percent = new HashMap<>();
        counted.forEach(b -> percent.put(b.id(), OrganisationShares.percent(b, organisation)));
        List<Totals.BenefitExclusion> out = new ArrayList<>();
        for (Totals.BenefitExclusion e : totals.byBenefit()) {
            BigDecimal share = percent.getOrDefault(e.benefit().id(), BigDecimal.ZERO);
            if (share.signum() != 0) {
                SortedMap<Integer, BigDecimal> byYear = new TreeMap<>();
                e.byYear().forEach((y, v) -> byYear.put(y, OrganisationFigures.share(v, share)));
                out.add(new Totals.BenefitExclusion(e.benefit(), byYear));
            }
        }
        return out;
    }

    /** The double counts one of the organisation's benefits (a share of it arises there) takes part in. */
    private List<ConflictStatus> touching(Scoped s, OrganisationId organisation) {
        Set<BenefitId> own = s.counted().stream()
                .filter(b -> OrganisationShares.percent(b, organisation).signum() != 0)
                .map(BenefitFacts::id)
                .collect(Collectors.toSet());
        return portfolio.control(s.whole().selected(), s.reading()).statuses().stream()
                .filter(c -> c.conflict().benefits().stream().anyMatch(b -> own.contains(b.id())))
                .toList();
    }

    private List<OrganisationDashboard.OrganisationIndicator> measuredBy(
            Scoped s, OrganisationId organisation, LocalDate today) {
        List<OrganisationDashboard.OrganisationIndicator> lines = new ArrayList<>();
        for (BenefitFacts b : s.counted()) {
            List<Indicator> own = s.reading().indicators(b.programme()).getOrDefault(b.id(), List.of()).stream()
                    .filter(i -> OrganisationIndicators.measures(i, organisation))
                    .toList();
            lines.addAll(indicators.lines(b.code() + " " + b.title(), own, today));
        }
        return lines;
    }

    @Override
    public ConflictsView conflicts(ProgrammeId programme, OrganisationId organisation) {
        FlowMatrix.Party party = party(organisation);
        LocalDate today = NorwegianTime.today();
        Scoped s = scoped(programme, today);
        Dashboard d = dashboard(s, party, s.shares().of(party), today);
        return new ConflictsView(touching(s, party.id()), d.totals(), s.whole().problems());
    }

    @Override
    public FlowReport flows(ProgrammeId programme, OrganisationId organisation) {
        FlowMatrix.Party party = party(organisation);
        return ScopedFlows.of(flows.report(programme), party.id());
    }

    @Override
    public PortfolioReportData collect(String from, String to, ProgrammeId programme, OrganisationId organisation) {
        FlowMatrix.Party party = party(organisation);
        return statuses.collect(from, to, programme, party, (p, today) -> of(p, party.id(), today));
    }

    @Override
    public OrganisationStatus status(ProgrammeId programme, OrganisationId organisation, String period, String year) {
        FlowMatrix.Party party = party(organisation);
        return statuses.status(programme, party, period, year, this::scoped);
    }
}
