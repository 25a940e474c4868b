package no.gevinst.portfolio.domain;

import static no.gevinst.portfolio.domain.ReportText.date;
import static no.gevinst.portfolio.domain.ReportText.names;
import static no.gevinst.portfolio.domain.ReportText.points;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.gevinst.benefit.BenefitStatus;
import no.gevinst.indicator.Rag;
import no.gevinst.portfolio.ConflictStatus;
import no.gevinst.portfolio.Dashboard;
import no.gevinst.portfolio.FlowMatrix;
import no.gevinst.portfolio.FlowReport;
import no.gevinst.portfolio.ProgrammeProblem;
import no.gevinst.portfolio.domain.PortfolioReportData.IndicatorRow;
import no.gevinst.shared.DocumentTable;
import no.gevinst.shared.DocumentWriter;
import no.gevinst.shared.Pdf;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The steering group report, written from the figures {@link PortfolioReportCollector} collected: summary, traffic
 * lights, the largest deviations with their causes, decisions needed, the double-counting position and the benefits
 * flowing between organisations. Indicator states are taken at the period's end (or today, if that lies ahead).
 */
@Component
class SteeringReport {

    private final MessageSource messages;

    SteeringReport(MessageSource messages) {
        this.messages = messages;
    }

    byte[] pdf(PortfolioReportData data) {
        Dashboard dashboard = data.dashboard();
        DocumentWriter w = new DocumentWriter(
                messages, LocaleContextHolder.getLocale(), "portfolio.report.none", "portfolio.report.none");
        ReportText.open(w, w.word("portfolio.report.heading"), ReportText.programmes(data));
        ReportText.meta(w, data, null);

        problems(w, dashboard);
        summary(w, dashboard);
        trafficLights(w, data);
        deviations(w, data);
        decisions(w, data);
        doubleCounting(w, dashboard, data.unresolved());
        flows(w, data.flows(), data.period());
        return Pdf.fromXhtml(w.end().toString());
    }

    /** Programmes whose valuation cannot be computed: named first, since their kroner are missing from the sums. */
    private static void problems(DocumentWriter w, Dashboard dashboard) {
        if (dashboard.problems().isEmpty()) {
            return;
        }
        w.section("portfolio.problems.heading");
        w.raw("<ul>");
        for (ProgrammeProblem problem : dashboard.problems()) {
            w.raw("<li>").text(w.word("valuation.unavailable", problem.programmeName()));
            problem.causes()
                    .forEach(c ->
                            w.raw(" ").text(w.word(c.messageKey(), c.arguments().toArray())));
            w.raw("</li>");
        }
        w.raw("</ul>");
    }

    private void summary(DocumentWriter w, Dashboard dashboard) {
        w.section("portfolio.report.summary");
        w.raw("<h3>").text(w.word("portfolio.report.byStatus")).raw("</h3>");
        List<BenefitStatus> statuses = List.of(BenefitStatus.values());
        w.table(
                List.of("portfolio.report.status", "portfolio.report.count"),
                statuses,
                s -> List.of(
                        w.word(s.messageKey()),
                        String.valueOf(dashboard.register().byStatus().getOrDefault(s, 0L))));
        w.raw("<h3>").text(w.word("portfolio.report.byRag")).raw("</h3>");
        w.table(
                List.of("portfolio.report.rag", "portfolio.report.count"),
                List.copyOf(dashboard.register().indicatorsByRag().entrySet()),
                e -> List.of(w.word("indicator.rag." + e.getKey()), String.valueOf(e.getValue())));
        w.raw("<h3>").text(w.word("portfolio.report.perYear")).raw("</h3>");
        w.table(
                List.of(
                        "portfolio.report.year",
                        "portfolio.dashboard.planned",
                        "portfolio.report.gross",
                        "portfolio.report.excluded",
                        "portfolio.report.net",
                        "portfolio.dashboard.target",
                        "portfolio.report.gap"),
                dashboard.years(),
                y -> List.of(
                        String.valueOf(y.year()),
                        w.money(y.planned()),
                        w.money(y.forecast()),
                        w.money(y.excluded()),
                        w.money(y.net()),
                        w.money(y.target()),
                        w.money(y.gap())));
        String chart = DashboardChart.of(dashboard, messages, w.locale());
        if (chart != null) {
            w.raw("<div class=\"chart\">").svg(chart, 1).raw("</div>");
        }
    }

    private void trafficLights(DocumentWriter w, PortfolioReportData data) {
        w.section("portfolio.report.trafficLights");
        List<IndicatorRow> flagged = data.indicators().stream()
                .filter(r -> r.status().rag() == Rag.RED || r.status().rag() == Rag.AMBER)
                .sorted(Comparator.comparing((IndicatorRow r) -> r.status().rag() == Rag.RED ? 0 : 1)
                        .thenComparing(r -> data.benefitName(r.indicator())))
                .toList();
        w.table(
                List.of(
                        "portfolio.report.benefit",
                        "portfolio.report.indicator",
                        "portfolio.report.rag",
                        "portfolio.report.latest",
                        "portfolio.report.behind"),
                flagged,
                r -> List.of(
                        data.benefitName(r.indicator()),
                        r.indicator().name(),
                        w.word("indicator.rag." + r.status().rag()),
                        ReportText.latest(w, r.status()),
                        points(w, r.status().gap())));
    }

    private void deviations(DocumentWriter w, PortfolioReportData data) {
        w.section("portfolio.report.deviations");
        w.raw("<p>")
                .text(w.word("portfolio.report.deviationsIntro", PortfolioReportCollector.DEVIATIONS_COLLECTED))
                .raw("</p>");
        w.table(
                List.of(
                        "portfolio.report.benefit",
                        "portfolio.report.indicator",
                        "portfolio.report.behind",
                        "portfolio.report.cause"),
                data.deviations(),
                d -> List.of(
                        data.benefitName(d.row().indicator()),
                        d.row().indicator().name(),
                        points(w, d.row().status().gap()),
                        ReportText.cause(w, d.cause())));
    }

    private void decisions(DocumentWriter w, PortfolioReportData data) {
        w.section("portfolio.report.decisions");
        w.raw("<h3>").text(w.word("portfolio.report.unresolvedConflicts")).raw("</h3>");
        unresolvedConflicts(w, data.unresolved());
        w.raw("<h3>").text(w.word("portfolio.report.approvals")).raw("</h3>");
        w.table(
                List.of("portfolio.report.plan", "portfolio.report.version", "portfolio.report.submitted"),
                data.approvals(),
                r -> List.of(r.programmeCode() + " " + r.what(), r.context(), date(r.date())));
        w.raw("<h3>").text(w.word("portfolio.report.lateMeasures")).raw("</h3>");
        w.table(
                List.of("portfolio.report.measure", "portfolio.report.plan", "portfolio.report.deadline"),
                data.lateMeasures(),
                r -> List.of(r.what(), r.programmeCode() + " " + r.context(), date(r.date())));
    }

    /** The undecided double counts with their findings; the board summary lists them the same way. */
    static void unresolvedConflicts(DocumentWriter w, List<ConflictStatus> unresolved) {
        w.table(UNRESOLVED_HEADINGS, unresolved, s -> unresolvedRow(w, s));
    }

    static DocumentTable unresolvedConflictsTable(DocumentWriter w, List<ConflictStatus> unresolved) {
        return w.tableOf(UNRESOLVED_HEADINGS, unresolved, s -> unresolvedRow(w, s));
    }

    private static final List<String> UNRESOLVED_HEADINGS =
            List.of("portfolio.report.benefits", "portfolio.report.explanation", "portfolio.report.amountPerYear");

    private static List<String> unresolvedRow(DocumentWriter w, ConflictStatus s) {
        return List.of(
                s.conflict().benefits().stream()
                        .map(b -> b.programmeCode() + " " + b.code() + " " + b.title())
                        .collect(Collectors.joining("; ")),
                w.word(s.conflict().messageKey(), s.conflict().arguments().toArray()),
                w.money(s.conflict().amountPerYear()));
    }

    private void doubleCounting(DocumentWriter w, Dashboard dashboard, List<ConflictStatus> unresolved) {
        w.section("portfolio.report.doubleCounting");
        BigDecimal overlap =
                unresolved.stream().map(s -> s.conflict().totalOverlap()).reduce(BigDecimal.ZERO, BigDecimal::add);
        w.table(
                List.of("portfolio.report.measureOf.undiscounted", "portfolio.report.amount"),
                List.of(
                        List.of(
                                w.word("portfolio.report.gross"),
                                w.money(dashboard.totals().gross())),
                        List.of(
                                w.word("portfolio.report.excluded"),
                                w.money(dashboard.totals().excluded())),
                        List.of(
                                w.word("portfolio.report.net"),
                                w.money(dashboard.totals().net())),
                        List.of(w.word("portfolio.report.unresolvedOverlap", unresolved.size()), w.money(overlap))),
                Function.identity());
        w.raw("<p>").text(w.word("portfolio.report.doubleCountingNote")).raw("</p>");
    }

    private void flows(DocumentWriter w, FlowReport report, ReportPeriod period) {
        w.section("portfolio.report.flows");
        FlowMatrix m = report.matrix();
        w.raw("<p>")
                .text(w.word(
                        "portfolio.report.flowsSummary",
                        m.crossOrganisationBenefits(),
                        w.money(m.crossOrganisationTotal()),
                        w.money(m.total())))
                .raw("</p>");
        w.table(
                List.of(
                        "portfolio.report.benefit",
                        "portfolio.report.investors",
                        "portfolio.report.beneficiaries",
                        "portfolio.report.valuePerYear",
                        "portfolio.report.unsigned"),
                report.benefits(),
                b -> List.of(
                        b.programmeCode() + " " + b.code() + " " + b.title(),
                        names(b.investors()),
                        names(b.signers()),
                        w.money(b.nokPerYear()),
                        String.valueOf(ReportFigures.unsignedPeriods(b, period))));
    }
}
