package no.gevinst.portfolio.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import no.gevinst.benefit.Benefit;
import no.gevinst.indicator.Indicator;
import no.gevinst.indicator.Indicators;
import no.gevinst.indicator.Measurement;
import no.gevinst.plan.Measure;
import no.gevinst.plan.Plan;
import no.gevinst.plan.Plans;
import no.gevinst.portfolio.Dashboard;
import no.gevinst.portfolio.FlowMatrix;
import no.gevinst.portfolio.OrganisationDashboard;
import no.gevinst.portfolio.OrganisationDashboard.OrganisationIndicator;
import no.gevinst.portfolio.OrganisationFigures;
import no.gevinst.portfolio.OrganisationStatus;
import no.gevinst.portfolio.PortfolioReportData;
import no.gevinst.portfolio.ReportPeriod;
import no.gevinst.portfolio.StatusPeriod;
import no.gevinst.portfolio.domain.OrganisationScopeService.Scoped;
import no.gevinst.portfolio.domain.PortfolioFacts.BenefitFacts;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.NorwegianTime;
import no.gevinst.shared.ProgrammeId;
import org.springframework.stereotype.Component;

/**
 * Collects what an organisation's reports print: the steering group report's collection with everything that is not
 * the organisation's left out, and the organisation's own status for a tertial or year, requirement by requirement.
 */
@Component
class OrganisationStatusCollector {

    private final PortfolioReportCollector collector;
    private final OrganisationIndicators organisationIndicators;
    private final Indicators indicators;
    private final Plans plans;
    private final OrganisationTargets targets;
    private final OrganisationKpiTargets kpiTargets;
    private final SharedCounting counting;
    private final Programmes programmes;

    OrganisationStatusCollector(
            PortfolioReportCollector collector,
            OrganisationIndicators organisationIndicators,
            Indicators indicators,
            Plans plans,
            OrganisationTargets targets,
            OrganisationKpiTargets kpiTargets,
            SharedCounting counting,
            Programmes programmes) {
        this.counting = counting;
        this.programmes = programmes;
        this.collector = collector;
        this.organisationIndicators = organisationIndicators;
        this.indicators = indicators;
        this.plans = plans;
        this.targets = targets;
        this.kpiTargets = kpiTargets;
    }

    PortfolioReportData collect(
            String from,
            String to,
            ProgrammeId programme,
            FlowMatrix.Party party,
            BiFunction<ProgrammeId, LocalDate, OrganisationDashboard> scopedOf) {
        LocalDate today = NorwegianTime.today();
        ReportPeriod period = ReportPeriod.of(from, to, today);
        PortfolioReportData all = collector.collect(programme, period, today);
        Dashboard dashboard = scopedOf.apply(programme, today).dashboard();
        Map<BenefitId, Benefit> own = all.benefits().entrySet().stream()
                .filter(e -> concerns(e.getValue(), party))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<PortfolioReportData.IndicatorRow> rows = ownRows(all.indicators(), own, party);
        OwnPlans plansOf = OwnPlans.of(plans, all.dashboard(), own.keySet(), party.id());
        return new PortfolioReportData(
                programme,
                period,
                today,
                all.asOf(),
                dashboard,
                new PortfolioReportData.PerProgramme(() -> dashboard.programmes().stream()
                        .map(line -> new PortfolioReportData.ProgrammeFigures(
                                line,
                                null,
                                dashboard.selected() != null
                                        ? dashboard
                                        : scopedOf.apply(line.id(), today).dashboard()))
                        .toList()),
                own,
                rows,
                // The organisation's own largest deviations, not the portfolio's largest that happen to be its.
                collector.deviations(rows, own, all.asOf()),
                all.conflicts().stream()
                        .filter(c -> c.conflict().benefits().stream().anyMatch(b -> own.containsKey(b.id())))
                        .toList(),
                all.approvals().stream().filter(plansOf::concerns).toList(),
                all.lateMeasures().stream().filter(plansOf::concerns).toList(),
                dashboard.flows());
    }

    /**
     * The indicator rows of the organisation's benefits that measure it: those scoped to the organisation, or, for a
     * benefit with none scoped to it, all of the benefit's (as the organisation's status report reads them).
     */
    private static List<PortfolioReportData.IndicatorRow> ownRows(
            List<PortfolioReportData.IndicatorRow> rows, Map<BenefitId, Benefit> own, FlowMatrix.Party party) {
        Set<BenefitId> measuredThere = rows.stream()
                .filter(r -> OrganisationIndicators.measures(r.indicator(), party.id()))
                .map(r -> r.indicator().benefit())
                .collect(Collectors.toSet());
        return rows.stream()
                .filter(r -> own.containsKey(r.indicator().benefit()))
                .filter(r -> !measuredThere.contains(r.indicator().benefit())
                        || OrganisationIndicators.measures(r.indicator(), party.id()))
                .toList();
    }

    /** A share of it arises in the organisation, or the organisation invests in it. */
    private static boolean concerns(Benefit b, FlowMatrix.Party party) {
        return b.allocations().stream().anyMatch(a -> a.organisation().equals(party.id()))
                || b.investors().contains(party.id());
    }

    OrganisationStatus status(
            ProgrammeId programme,
            FlowMatrix.Party party,
            String period,
            String year,
            BiFunction<ProgrammeId, LocalDate, Scoped> scopedOf) {
        LocalDate today = NorwegianTime.today();
        StatusPeriod asked = StatusPeriod.of(period, year, today);
        LocalDate asOf = asked.span().asOf(today);
        // A period already ended measures against the decision in force at its end, not one recorded since (issue 18).
        LocalDate decidedBy = asOf.isBefore(today) ? asOf : null;
        Scoped s = scopedOf.apply(programme, today);
        OrganisationFigures.Year y = Optional.ofNullable(s.shares().of(party).year(asked.year()))
                .orElse(new OrganisationFigures.Year(
                        asked.year(), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, null, null, List.of()));
        List<OrganisationStatus.Requirement> requirements = requirements(s, party, y, asOf);
        List<Dashboard.ProgrammeLine> lines = s.whole().programmes();
        return new OrganisationStatus(
                party,
                List.copyOf(lines.stream()
                        .map(Dashboard.ProgrammeLine::code)
                        .collect(Collectors.toCollection(java.util.LinkedHashSet::new))),
                asked,
                asOf,
                targets.decisions(lines, party.id(), asked.year(), decidedBy),
                y,
                targets.economic(lines, party.id(), asked.year(), decidedBy),
                requirements,
                kpiTargets.of(lines, party.id(), new ReportPeriod(asked.span().from(), asOf), names(s), decidedBy),
                deviations(s, requirements, asOf));
    }

    private static Map<BenefitId, String> names(Scoped s) {
        Map<BenefitId, String> names = new HashMap<>();
        s.counted().forEach(b -> names.put(b.id(), b.code() + " " + b.title()));
        return names;
    }

    /** Each benefit the organisation has a share in, with the indicators that measure it there. */
    private List<OrganisationStatus.Requirement> requirements(
            Scoped s, FlowMatrix.Party party, OrganisationFigures.Year y, LocalDate asOf) {
        Map<BenefitId, Benefit> received = received(s);
        Map<ProgrammeId, String> programmeNames = received.isEmpty() ? Map.of() : programmes.names();
        List<OrganisationStatus.Requirement> requirements = new ArrayList<>();
        for (BenefitFacts b : s.counted()) {
            BigDecimal percent = OrganisationShares.percent(b, party.id());
            if (percent.signum() == 0) {
                continue;
            }
            Benefit shared = received.get(b.id());
            boolean atHome = shared == null || shared.programme().equals(b.programme());
            List<Indicator> all = atHome
                    ? s.reading().indicators(b.programme()).getOrDefault(b.id(), List.of())
                    : organisationIndicators.ofReceived(b.id());
            List<Indicator> own = all.stream()
                    .filter(i -> OrganisationIndicators.measures(i, party.id()))
                    .toList();
            String name = b.code() + " " + b.title();
            List<Indicator> shown = own.isEmpty() ? all : own;
            requirements.add(new OrganisationStatus.Requirement(
                    b.id(),
                    b.code(),
                    b.title(),
                    b.programmeCode(),
                    percent,
                    !own.isEmpty(),
                    atHome
                            ? organisationIndicators.lines(name, shown, asOf)
                            : organisationIndicators.receivedLines(name, shown, asOf),
                    y.parts().stream()
                            .filter(p -> p.id().equals(b.id()))
                            .findFirst()
                            .orElse(null),
                    atHome ? null : programmeNames.getOrDefault(shared.programme(), "?")));
        }
        return requirements;
    }

    /**
     * The benefits other programmes share with those reported on (issue 18), by id: their rows are the receiving
     * programme's, their indicators the home programme's, which measures them.
     */
    private Map<BenefitId, Benefit> received(Scoped s) {
        Map<BenefitId, Benefit> received = new HashMap<>();
        for (Dashboard.ProgrammeLine line : s.whole().programmes()) {
            for (SharedCounting.Counted c : counting.counted(line.id(), s.reading())) {
                if (!c.atHome(line.id())) {
                    received.put(c.benefit().id(), c.benefit());
                }
            }
        }
        return received;
    }

    /** The requirements' indicators behind their målbane, with the causes given and the measures taken. */
    private List<OrganisationStatus.Deviation> deviations(
            Scoped s, List<OrganisationStatus.Requirement> requirements, LocalDate asOf) {
        Map<BenefitId, BenefitFacts> facts = new HashMap<>();
        s.counted().forEach(b -> facts.put(b.id(), b));
        List<OrganisationStatus.Deviation> deviations = new ArrayList<>();
        Map<ProgrammeId, List<Measure>> measures = new HashMap<>();
        for (OrganisationStatus.Requirement r : requirements) {
            BenefitFacts b = facts.get(r.id());
            for (OrganisationIndicator i : r.indicators()) {
                if (Boolean.FALSE.equals(i.met())) {
                    deviations.add(deviation(b, r.code() + " " + r.title(), i, asOf, measures, r.measuredBy() != null));
                }
            }
        }
        return deviations;
    }

    private OrganisationStatus.Deviation deviation(
            BenefitFacts b,
            String name,
            OrganisationIndicator i,
            LocalDate asOf,
            Map<ProgrammeId, List<Measure>> measures,
            boolean received) {
        // The comments on a shared benefit's measurements stay its home programme's readers' (SharedBenefitMeasures).
        Optional<Measurement> commented = received && indicators.find(i.id()).isEmpty()
                ? Optional.empty()
                : indicators.latestCommented(i.id(), asOf);
        PortfolioReportData.Cause cause = commented
                .map(m -> PortfolioReportData.Cause.measured(m.periodEnd(), m.comment()))
                .orElse(PortfolioReportData.Cause.NONE);
        List<Measure> taken = measures.computeIfAbsent(b.programme(), this::measuresOf).stream()
                .filter(m -> m.benefits().contains(b.id()))
                .toList();
        BigDecimal gap = indicators.statusOfBenefit(b.id(), asOf).entrySet().stream()
                .filter(e -> e.getKey().id().equals(i.id()))
                .map(e -> e.getValue().gap())
                .findFirst()
                .orElse(null);
        return new OrganisationStatus.Deviation(name, i.name(), gap, cause, taken);
    }

    private List<Measure> measuresOf(ProgrammeId programme) {
        List<Measure> all = new ArrayList<>();
        for (Plan plan : plans.ofProgramme(programme)) {
            all.addAll(plans.measures(plan.id()));
        }
        return all;
    }
}
