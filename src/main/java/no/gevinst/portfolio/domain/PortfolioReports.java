package no.gevinst.portfolio.domain;

import java.time.LocalDate;
import java.util.Locale;
import no.gevinst.portfolio.Dashboard;
import no.gevinst.portfolio.PortfolioReportData;
import no.gevinst.portfolio.ReportPeriod;
import no.gevinst.portfolio.Reports;
import no.gevinst.shared.NorwegianTime;
import no.gevinst.shared.ProgrammeId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the portfolio's printed reports are written from: each reads its period the same way, from one collection. */
@Service
@Transactional(readOnly = true)
class PortfolioReports implements Reports {

    private final PortfolioReportCollector collector;
    private final DashboardCharts charts;

    PortfolioReports(PortfolioReportCollector collector, DashboardCharts charts) {
        this.collector = collector;
        this.charts = charts;
    }

    @Override
    public PortfolioReportData collect(String from, String to, ProgrammeId programme) {
        LocalDate today = NorwegianTime.today();
        // The dates are checked before anything is read, so that bad input costs nothing.
        ReportPeriod period = ReportPeriod.of(from, to, today);
        return collector.collect(programme, period, today);
    }

    @Override
    public String chart(Dashboard dashboard, Locale locale) {
        return charts.svg(dashboard, locale);
    }
}
