package no.gevinst.portfolio.domain;

import java.time.LocalDate;
import no.gevinst.portfolio.Reports;
import no.gevinst.shared.ProgrammeId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The portfolio's printed reports: each reads its period the same way and is written from one collection. */
@Service
@Transactional(readOnly = true)
class PortfolioReports implements Reports {

    private final PortfolioReportCollector collector;
    private final SteeringReport steeringReport;
    private final BoardSummary boardSummary;

    PortfolioReports(PortfolioReportCollector collector, SteeringReport steeringReport, BoardSummary boardSummary) {
        this.collector = collector;
        this.steeringReport = steeringReport;
        this.boardSummary = boardSummary;
    }

    @Override
    public byte[] steeringReport(String from, String to, ProgrammeId programme) {
        return steeringReport.pdf(collect(from, to, programme));
    }

    @Override
    public byte[] boardSummary(String from, String to, ProgrammeId programme) {
        return boardSummary.pdf(collect(from, to, programme));
    }

    private PortfolioReportData collect(String from, String to, ProgrammeId programme) {
        LocalDate today = LocalDate.now(PortfolioReportCollector.OSLO);
        // The dates are checked before anything is read, so that bad input costs nothing.
        ReportPeriod period = ReportPeriod.of(from, to, today);
        return collector.collect(programme, period, today);
    }
}
