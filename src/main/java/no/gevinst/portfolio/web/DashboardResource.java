package no.gevinst.portfolio.web;

import java.math.BigDecimal;
import java.util.List;
import no.gevinst.benefit.RegisterTally;
import no.gevinst.golive.LiveStatus;
import no.gevinst.plan.Reminders.Reminder;
import no.gevinst.portfolio.Dashboard;
import no.gevinst.portfolio.FlowMatrix;
import no.gevinst.portfolio.FlowReport;
import no.gevinst.portfolio.ProgrammeProblem;
import no.gevinst.portfolio.Totals;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.ProgrammeId;

/**
 * The dashboard as the API sends it: what the page shows and no more, so that its size does not grow with the
 * measurement history or the number of benefits counted; the detail is behind {@link Links}. The figures are the
 * page's, from the same {@link Dashboard}.
 *
 * @param programmes the programmes counted, each with where its planned figures come from and its target
 * @param register the register counted (each count links to the register filtered the same way)
 * @param years priced benefits per year: planned, forecast, excluded, net, target, realised and its unsigned part
 * @param totals gross, excluded and net over the years; what each benefit gives up is behind {@code links.totals}
 * @param unresolvedConflicts double counts touching the programmes counted without a decision
 * @param deadlines reminders due within the horizon, at most fifty
 * @param flows the benefits that flow between organisations, at most {@value #FLOWS_SHOWN}, each with how many of its
 *     latest periods are not yet signed off; their periods and measurements are behind {@code links.flows}
 * @param organisation with {@code ?organisation=}: the organisation the figures are scoped to, its shares with their
 *     formulas and the reconciliation over organisations; null otherwise
 * @param goLive for each programme counted that has go-live waves, which of its organisations and units are live
 *     today (the page's "I bruk: …"), with their organisation numbers, waves and dates, and which are not yet
 */
record DashboardResource(
        ProgrammeId selected,
        List<Dashboard.ProgrammeLine> programmes,
        RegisterTally register,
        List<YearLine> years,
        TotalsSummary totals,
        long unresolvedConflicts,
        List<Reminder> deadlines,
        FlowsSummary flows,
        List<ProgrammeProblem> problems,
        Links links,
        OrganisationResource organisation,
        List<LiveStatus> goLive) {

    /** The cross-organisation benefits listed on the dashboard; the flows page and API have them all. */
    static final int FLOWS_SHOWN = 25;

    /**
     * The dashboard, scoped to an organisation with its shares when {@code organisation} is given, with the live units
     * of its programmes.
     */
    static DashboardResource of(Dashboard d, OrganisationResource organisation, List<LiveStatus> goLive) {
        String programme = d.selected() == null ? "" : "?programme=" + d.selected();
        String and = d.selected() == null ? "" : "&programme=" + d.selected();
        return new DashboardResource(
                d.selected(),
                d.programmes(),
                d.register(),
                d.years().stream().map(YearLine::of).toList(),
                new TotalsSummary(
                        d.totals().gross(),
                        d.totals().excluded(),
                        d.totals().net(),
                        d.totals().years()),
                d.unresolvedConflicts(),
                d.deadlines(),
                FlowsSummary.of(d.flows()),
                d.problems(),
                new Links(
                        "/api/v1/portfolio/conflicts",
                        "/api/v1/portfolio/totals",
                        "/api/v1/portfolio/flows" + programme,
                        "/api/v1/portfolio/realised?year={year}" + and,
                        "/api/v1/benefits" + programme),
                organisation,
                goLive);
    }

    /**
     * A year as the page's table shows it (see {@link Dashboard.Year}).
     *
     * @param gap net − target; null without a target
     * @param reckoned the year has begun: a null realised then means not measured, which is not zero
     */
    @io.swagger.v3.oas.annotations.media.Schema(name = "DashboardYearLine")
    record YearLine(
            int year,
            BigDecimal planned,
            BigDecimal forecast,
            BigDecimal excluded,
            BigDecimal net,
            BigDecimal target,
            BigDecimal gap,
            boolean reckoned,
            BigDecimal realised,
            BigDecimal realisedUnsigned) {

        static YearLine of(Dashboard.Year y) {
            return new YearLine(
                    y.year(),
                    y.planned(),
                    y.forecast(),
                    y.excluded(),
                    y.net(),
                    y.target(),
                    y.gap(),
                    y.reckoned(),
                    y.realised(),
                    y.realisedUnsigned());
        }
    }

    /** Gross, excluded and net, in all and per year. */
    record TotalsSummary(BigDecimal gross, BigDecimal excluded, BigDecimal net, List<Totals.Year> years) {}

    /**
     * @param benefitCount how many benefits flow between organisations, all of them
     * @param crossOrganisationTotal kroner a year at full effect that flow between different organisations
     * @param benefits the first {@value #FLOWS_SHOWN} of them
     */
    record FlowsSummary(int benefitCount, BigDecimal crossOrganisationTotal, List<FlowLine> benefits) {

        static FlowsSummary of(FlowReport flows) {
            return new FlowsSummary(
                    flows.benefits().size(),
                    flows.matrix().crossOrganisationTotal(),
                    flows.benefits().stream()
                            .limit(FLOWS_SHOWN)
                            .map(FlowLine::of)
                            .toList());
        }
    }

    /**
     * A benefit that flows between organisations, as the dashboard lists it.
     *
     * @param unsignedPeriods how many of its latest periods some benefiting party has not signed off
     */
    record FlowLine(
            BenefitId id,
            String code,
            String title,
            String programmeCode,
            BigDecimal nokPerYear,
            List<FlowMatrix.Party> investors,
            List<FlowMatrix.Party> signers,
            long unsignedPeriods) {

        static FlowLine of(FlowReport.CrossOrganisationBenefit b) {
            return new FlowLine(
                    b.id(),
                    b.code(),
                    b.title(),
                    b.programmeCode(),
                    b.nokPerYear(),
                    b.investors(),
                    b.signers(),
                    b.periods().stream().filter(p -> !p.fullySigned()).count());
        }
    }

    /**
     * Where the detail is.
     *
     * @param conflicts every double count with its benefits, overlap and decision
     * @param totals gross and net per year with what each benefit gives up
     * @param flows the matrix and every cross-organisation benefit with its measured periods and sign-offs
     * @param realised a year's realised kroner benefit by benefit: put the year in place of {@code {year}}
     * @param benefits the register behind the counts
     */
    record Links(String conflicts, String totals, String flows, String realised, String benefits) {}
}
