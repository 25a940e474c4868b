package no.gevinst.report.domain;

import static no.gevinst.report.domain.ReportText.date;
import static no.gevinst.report.domain.ReportText.points;

import java.util.List;
import java.util.stream.Collectors;
import no.gevinst.portfolio.ConflictStatus;
import no.gevinst.portfolio.PortfolioReportData;
import no.gevinst.shared.DocumentTable;
import no.gevinst.shared.DocumentWriter;

/**
 * The tables the steering group report and the board summary both print, written once so that the board and the
 * steering group read the same rows under the same headings.
 */
final class PortfolioTables {

    private static final List<String> UNRESOLVED_HEADINGS =
            List.of("portfolio.report.benefits", "portfolio.report.explanation", "portfolio.report.amountPerYear");

    private PortfolioTables() {}

    /** The deviations given, with their causes: all of them in the steering report, the few largest in the board summary. */
    static DocumentTable deviations(
            DocumentWriter w, PortfolioReportData data, List<PortfolioReportData.Deviation> deviations) {
        return w.tableOf(
                List.of(
                        "portfolio.report.benefit",
                        "portfolio.report.indicator",
                        "portfolio.report.behind",
                        "portfolio.report.cause"),
                deviations,
                d -> List.of(
                        data.benefitName(d.row().indicator()),
                        d.row().indicator().name(),
                        points(w, d.row().status().gap()),
                        ReportText.cause(w, d.cause())));
    }

    /** The plan versions waiting for approval. */
    static DocumentTable approvals(DocumentWriter w, PortfolioReportData data) {
        return w.tableOf(
                List.of("portfolio.report.plan", "portfolio.report.version", "portfolio.report.submitted"),
                data.approvals(),
                r -> List.of(r.programmeCode() + " " + r.what(), r.context(), date(r.date())));
    }

    /** The undecided double counts with their findings. */
    static DocumentTable unresolvedConflicts(DocumentWriter w, List<ConflictStatus> unresolved) {
        return w.tableOf(UNRESOLVED_HEADINGS, unresolved, s -> unresolvedRow(w, s));
    }

    private static List<String> unresolvedRow(DocumentWriter w, ConflictStatus s) {
        return List.of(
                s.conflict().benefits().stream()
                        .map(b -> b.programmeCode() + " " + b.code() + " " + b.title())
                        .collect(Collectors.joining("; ")),
                w.word(s.conflict().messageKey(), s.conflict().arguments().toArray()),
                w.money(s.conflict().amountPerYear()));
    }
}
