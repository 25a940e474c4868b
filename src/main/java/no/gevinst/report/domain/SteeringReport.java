package no.gevinst.report.domain;

import static no.gevinst.report.domain.ReportText.date;
import static no.gevinst.report.domain.ReportText.names;
import static no.gevinst.report.domain.ReportText.points;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.gevinst.benefit.BenefitStatus;
import no.gevinst.indicator.Rag;
import no.gevinst.portfolio.ConflictStatus;
import no.gevinst.portfolio.Dashboard;
import no.gevinst.portfolio.FlowMatrix;
import no.gevinst.portfolio.FlowReport;
import no.gevinst.portfolio.PortfolioReportData;
import no.gevinst.portfolio.PortfolioReportData.IndicatorRow;
import no.gevinst.portfolio.ProgrammeProblem;
import no.gevinst.portfolio.ReportFigures;
import no.gevinst.portfolio.ReportPeriod;
import no.gevinst.portfolio.Reports;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.report.DocumentRenderer;
import no.gevinst.shared.DocumentTable;
import no.gevinst.shared.DocumentWriter;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The steering group report, written from the figures the portfolio collected ({@link Reports#collect}): summary, traffic
 * lights, the largest deviations with their causes, decisions needed, the double-counting position and the benefits
 * flowing between organisations. Indicator states are taken at the period's end (or today, if that lies ahead).
 * This class gathers the data; {@code templates/documents/steering-report.html} lays it out.
 */
@Component
class SteeringReport {

    private final MessageSource messages;
    private final Programmes programmes;
    private final DocumentRenderer renderer;
    private final Reports reports;

    SteeringReport(MessageSource messages, Programmes programmes, DocumentRenderer renderer, Reports reports) {
        this.reports = reports;
        this.messages = messages;
        this.programmes = programmes;
        this.renderer = renderer;
    }

    /**
     * What the report says, in the reader's language and typeset. {@code problems} are the programmes whose
     * valuation cannot be computed, each with its causes: named first, since their kroner are missing from the sums.
     */
    record Model(
            String title,
            String subject,
            List<String> meta,
            List<String> problems,
            DocumentTable byStatus,
            DocumentTable byRag,
            DocumentTable perYear,
            String chart,
            DocumentTable trafficLights,
            String deviationsIntro,
            DocumentTable deviations,
            DocumentTable unresolved,
            DocumentTable approvals,
            DocumentTable lateMeasures,
            DocumentTable doubleCounting,
            String flowsSummary,
            DocumentTable flows) {
        /** The same document under another title (an organisation's share is named in it). */
        Model titled(String title) {
            return new Model(
                    title,
                    subject,
                    meta,
                    problems,
                    byStatus,
                    byRag,
                    perYear,
                    chart,
                    trafficLights,
                    deviationsIntro,
                    deviations,
                    unresolved,
                    approvals,
                    lateMeasures,
                    doubleCounting,
                    flowsSummary,
                    flows);
        }
    }

    byte[] pdf(PortfolioReportData data) {
        return renderer.pdf("steering-report", Map.of("doc", model(data)), LocaleContextHolder.getLocale());
    }

    Model model(PortfolioReportData data) {
        Dashboard dashboard = data.dashboard();
        DocumentWriter w = new DocumentWriter(
                messages, LocaleContextHolder.getLocale(), "portfolio.report.none", "portfolio.report.none");
        FlowMatrix flows = data.flows().matrix();
        return new Model(
                heading(w, data),
                ReportText.programmes(data),
                ReportText.metaLines(w, data, null),
                problems(w, dashboard),
                byStatus(w, dashboard),
                w.tableOf(
                        List.of("portfolio.report.rag", "portfolio.report.count"),
                        List.copyOf(dashboard.register().indicatorsByRag().entrySet()),
                        e -> List.of(w.word("indicator.rag." + e.getKey()), String.valueOf(e.getValue()))),
                perYear(w, dashboard),
                chart(w, dashboard),
                trafficLights(w, data),
                w.word("portfolio.report.deviationsIntro", Reports.DEVIATIONS_COLLECTED),
                PortfolioTables.deviations(w, data, data.deviations()),
                PortfolioTables.unresolvedConflicts(w, data.unresolved()),
                PortfolioTables.approvals(w, data),
                w.tableOf(
                        List.of("portfolio.report.measure", "portfolio.report.plan", "portfolio.report.deadline"),
                        data.lateMeasures(),
                        r -> List.of(r.what(), r.programmeCode() + " " + r.context(), date(r.date()))),
                doubleCounting(w, dashboard, data.unresolved()),
                w.word(
                        "portfolio.report.flowsSummaryCount",
                        flows.crossOrganisationBenefits(),
                        w.money(flows.crossOrganisationTotal()),
                        w.money(flows.total())),
                flows(w, data.flows(), data.period()));
    }

    /**
     * The reader named from the programme's data: a report on one programme that has a steering group is addressed
     * to that programme's steering group; a portfolio of several keeps the generic wording, as no one group reads it.
     */
    private String heading(DocumentWriter w, PortfolioReportData data) {
        List<Programme> reported = data.dashboard().programmes().stream()
                .map(p -> programmes.find(p.id()))
                .flatMap(Optional::stream)
                .toList();
        if (reported.size() == 1 && !reported.getFirst().steeringGroup().isEmpty()) {
            return w.word("portfolio.report.headingFor", reported.getFirst().name());
        }
        return w.word("portfolio.report.heading");
    }

    private static List<String> problems(DocumentWriter w, Dashboard dashboard) {
        return dashboard.problems().stream()
                .map((ProgrammeProblem problem) -> w.word("valuation.unavailable", problem.programmeName())
                        + problem.causes().stream()
                                .map(c -> " "
                                        + w.word(c.messageKey(), c.arguments().toArray()))
                                .collect(Collectors.joining()))
                .toList();
    }

    private static DocumentTable byStatus(DocumentWriter w, Dashboard dashboard) {
        return w.tableOf(
                List.of("portfolio.report.status", "portfolio.report.count"),
                List.of(BenefitStatus.values()),
                s -> List.of(
                        w.word(s.messageKey()),
                        String.valueOf(dashboard.register().byStatus().getOrDefault(s, 0L))));
    }

    private static DocumentTable perYear(DocumentWriter w, Dashboard dashboard) {
        return w.tableOf(
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
    }

    /** The dashboard's chart sized for the page with its alternative text, or null when there is nothing to draw. */
    private String chart(DocumentWriter w, Dashboard dashboard) {
        String chart = reports.chart(dashboard, w.locale());
        if (chart == null) {
            return null;
        }
        return new DocumentWriter(messages, w.locale(), "portfolio.report.none", "portfolio.report.none")
                .svg(chart, 1)
                .markup();
    }

    private static DocumentTable trafficLights(DocumentWriter w, PortfolioReportData data) {
        List<IndicatorRow> flagged = data.indicators().stream()
                .filter(r -> r.status().rag() == Rag.RED || r.status().rag() == Rag.AMBER)
                .sorted(Comparator.comparing((IndicatorRow r) -> r.status().rag() == Rag.RED ? 0 : 1)
                        .thenComparing(r -> data.benefitName(r.indicator())))
                .toList();
        return w.tableOf(
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

    private static DocumentTable doubleCounting(
            DocumentWriter w, Dashboard dashboard, List<ConflictStatus> unresolved) {
        BigDecimal overlap =
                unresolved.stream().map(s -> s.conflict().totalOverlap()).reduce(BigDecimal.ZERO, BigDecimal::add);
        return w.tableOf(
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
                        List.of(
                                w.word("portfolio.report.unresolvedOverlapCount", unresolved.size()),
                                w.money(overlap))),
                Function.identity());
    }

    private static DocumentTable flows(DocumentWriter w, FlowReport report, ReportPeriod period) {
        return w.tableOf(
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
