package no.gevinst.portfolio.domain;

import no.gevinst.plan.AnnualFigures;
import no.gevinst.portfolio.Dashboard;
import no.gevinst.portfolio.FlowMatrix;
import no.gevinst.portfolio.FlowReport;
import no.gevinst.portfolio.PortfolioReportData;
import no.gevinst.portfolio.ReportFigures;
import no.gevinst.portfolio.ReportPeriod;
import no.gevinst.shared.NorwegianTime;
import no.gevinst.shared.ProgrammeId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Feeds Digdir's annual status (written in the report module) from the same collection as the portfolio's own reports,
 * so that its net of double counting is the dashboard's and its flows are the flows page's.
 */
@Component
@Transactional(readOnly = true)
class AnnualStatusFigures implements AnnualFigures {

    private final PortfolioReportCollector collector;

    AnnualStatusFigures(PortfolioReportCollector collector) {
        this.collector = collector;
    }

    @Override
    public Figures of(ProgrammeId programme, int year) {
        ReportPeriod period = ReportPeriod.year(year);
        PortfolioReportData data = collector.collect(programme, period, NorwegianTime.today());
        Dashboard.Year y = data.year();
        return new Figures(
                year,
                y.forecast(),
                y.excluded(),
                y.net(),
                y.target(),
                data.flows().benefits().stream().map(b -> flow(b, period)).toList(),
                y.planned(),
                y.realised());
    }

    private static Flow flow(FlowReport.CrossOrganisationBenefit b, ReportPeriod period) {
        return new Flow(
                b.programmeCode() + " " + b.code() + " " + b.title(),
                b.investors().stream().map(FlowMatrix.Party::name).toList(),
                b.signers().stream().map(FlowMatrix.Party::name).toList(),
                b.nokPerYear(),
                ReportFigures.signedPeriods(b, period),
                ReportFigures.unsignedPeriods(b, period));
    }
}
