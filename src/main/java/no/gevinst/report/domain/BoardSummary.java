package no.gevinst.report.domain;

import static no.gevinst.report.domain.ReportText.date;
import static no.gevinst.report.domain.ReportText.names;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import no.gevinst.organisation.Organisation;
import no.gevinst.organisation.Organisations;
import no.gevinst.portfolio.Dashboard;
import no.gevinst.portfolio.FlowMatrix;
import no.gevinst.portfolio.FlowReport;
import no.gevinst.portfolio.PortfolioReportData;
import no.gevinst.portfolio.ReportFigures;
import no.gevinst.portfolio.ReportPeriod;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.report.DocumentRenderer;
import no.gevinst.shared.DocumentTable;
import no.gevinst.shared.DocumentWriter;
import no.gevinst.shared.NorwegianTime;
import no.gevinst.shared.OrganisationId;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The board summary: a short item ("Orientering om gevinstrealisering") for the body that owns the programmes
 * (an RHF's board, a directorate's management, as the programmes' owners say) with a proposed resolution, written from the same collected figures as the steering group
 * report, so that the board and the steering group read the same numbers. Amounts are those of the year the period
 * ends in; a board reads a year, not the analysis period.
 */
@Component
class BoardSummary {

    /** A board item is read in minutes: the few largest deviations, not the steering group's full list. */
    static final int DEVIATIONS_SHOWN = 5;

    private final MessageSource messages;
    private final Programmes programmes;
    private final Organisations organisations;
    private final DocumentRenderer renderer;

    BoardSummary(
            MessageSource messages, Programmes programmes, Organisations organisations, DocumentRenderer renderer) {
        this.messages = messages;
        this.programmes = programmes;
        this.organisations = organisations;
        this.renderer = renderer;
    }

    /**
     * What the board item says, in the reader's language and typeset; {@code templates/documents/board-summary.html}
     * lays it out.
     */
    record Model(
            String title,
            String subject,
            List<String> meta,
            String resolution,
            DocumentTable headline,
            String programmesIntro,
            DocumentTable programmes,
            DocumentTable deviations,
            String flowsSummary,
            DocumentTable flows,
            DocumentTable unresolved,
            DocumentTable decided,
            DocumentTable approvals) {
        /** The same document under another title (an organisation's share is named in it). */
        Model titled(String title) {
            return new Model(
                    title,
                    subject,
                    meta,
                    resolution,
                    headline,
                    programmesIntro,
                    programmes,
                    deviations,
                    flowsSummary,
                    flows,
                    unresolved,
                    decided,
                    approvals);
        }
    }

    byte[] pdf(PortfolioReportData data) {
        return renderer.pdf("board-summary", Map.of("doc", model(data)), LocaleContextHolder.getLocale());
    }

    Model model(PortfolioReportData data) {
        DocumentWriter w = new DocumentWriter(
                messages, LocaleContextHolder.getLocale(), "portfolio.report.none", "portfolio.report.none");
        String readers = readers(w, data);
        FlowMatrix flows = data.flows().matrix();
        return new Model(
                w.word("portfolio.board.heading"),
                ReportText.programmes(data),
                ReportText.metaLines(w, data, w.word("portfolio.board.kindFor", readers)),
                w.word("portfolio.board.resolutionFor", capitalised(readers)),
                headline(w, data),
                w.word(
                        "portfolio.board.programmesIntro",
                        String.valueOf(data.period().to().getYear())),
                programmes(w, data),
                PortfolioTables.deviations(
                        w,
                        data,
                        data.deviations().stream().limit(DEVIATIONS_SHOWN).toList()),
                w.word(
                        "portfolio.board.flowsSummaryCount",
                        flows.crossOrganisationBenefits(),
                        w.money(flows.crossOrganisationTotal())),
                flows(w, data.flows(), data.period()),
                PortfolioTables.unresolvedConflicts(w, data.unresolved()),
                decided(w, data),
                PortfolioTables.approvals(w, data));
    }

    /**
     * Who reads the item, from the programmes' owners: the board of a health authority or trust, the management of
     * a directorate or any other owner. DBEP is Helsedirektoratet's, not a regional health authority's.
     */
    private String readers(DocumentWriter w, PortfolioReportData data) {
        List<OrganisationId> owners = data.dashboard().programmes().stream()
                .map(p -> programmes.find(p.id()))
                .flatMap(Optional::stream)
                .map(Programme::owner)
                .distinct()
                .toList();
        List<String> bodies = organisations.findAll(owners).stream()
                .sorted(Comparator.comparing(Organisation::name))
                .map(o -> Readers.body(w, o))
                .toList();
        if (bodies.isEmpty()) {
            return w.word("portfolio.board.bodyUnknown");
        }
        String and = " " + w.word("portfolio.board.and") + " ";
        return bodies.size() == 1
                ? bodies.getFirst()
                : String.join(", ", bodies.subList(0, bodies.size() - 1)) + and + bodies.getLast();
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static DocumentTable headline(DocumentWriter w, PortfolioReportData data) {
        Dashboard.Year year = data.year();
        return w.tableOf(
                List.of("portfolio.board.figure", "portfolio.report.amount"),
                List.of(
                        List.of(w.word("portfolio.board.net", String.valueOf(year.year())), w.money(year.net())),
                        List.of(w.word("portfolio.board.target", String.valueOf(year.year())), w.money(year.target())),
                        List.of(w.word("portfolio.report.gap"), w.money(year.gap())),
                        List.of(w.word("portfolio.board.gross", String.valueOf(year.year())), w.money(year.forecast())),
                        List.of(w.word("portfolio.report.excluded"), w.money(year.excluded())),
                        List.of(w.word("portfolio.board.realised", String.valueOf(year.year())), realised(w, year)),
                        List.of(
                                w.word("portfolio.report.unresolvedConflicts"),
                                String.valueOf(data.dashboard().unresolvedConflicts()))),
                Function.identity());
    }

    /** Realised with its unsigned part, or "not measured", as the dashboard's table shows it. */
    private static String realised(DocumentWriter w, Dashboard.Year year) {
        if (year.realised() == null) {
            return w.word(year.reckoned() ? "portfolio.board.notMeasured" : "portfolio.board.notReckoned");
        }
        return w.word("portfolio.board.realisedAmount", w.money(year.realised()), w.money(year.realisedUnsigned()));
    }

    private static DocumentTable programmes(DocumentWriter w, PortfolioReportData data) {
        return w.tableOf(
                List.of(
                        "portfolio.board.programme",
                        "portfolio.board.phase",
                        "portfolio.board.planVersion",
                        "portfolio.dashboard.planned",
                        "portfolio.report.gross",
                        "portfolio.report.net",
                        "portfolio.report.byRag"),
                data.programmes(),
                p -> {
                    Dashboard.Year own = data.year(p.dashboard());
                    return List.of(
                            p.line().code() + " – " + p.line().name(),
                            p.phase() == null ? "–" : w.word(p.phase().messageKey()),
                            p.line().approvedPlanVersion() == null
                                    ? w.word("portfolio.board.noApprovedPlan")
                                    : String.valueOf(p.line().approvedPlanVersion()),
                            w.money(own.planned()),
                            w.money(own.forecast()),
                            w.money(own.net()),
                            lights(w, p.dashboard().register().indicatorsByRag()));
                });
    }

    private static String lights(DocumentWriter w, Map<String, Long> byRag) {
        return w.word(
                "portfolio.board.lightsCount",
                byRag.getOrDefault("GREEN", 0L),
                byRag.getOrDefault("AMBER", 0L),
                byRag.getOrDefault("RED", 0L));
    }

    /** Who invests and who benefits, and whether the benefiting party has signed off the latest periods. */
    private static DocumentTable flows(DocumentWriter w, FlowReport report, ReportPeriod period) {
        return w.tableOf(
                List.of(
                        "portfolio.report.benefit",
                        "portfolio.report.investors",
                        "portfolio.report.beneficiaries",
                        "portfolio.report.valuePerYear",
                        "portfolio.board.signed",
                        "portfolio.report.unsigned"),
                report.benefits(),
                b -> List.of(
                        b.code() + " " + b.title(),
                        names(b.investors()),
                        names(b.signers()),
                        w.money(b.nokPerYear()),
                        String.valueOf(ReportFigures.signedPeriods(b, period)),
                        String.valueOf(ReportFigures.unsignedPeriods(b, period))));
    }

    private static DocumentTable decided(DocumentWriter w, PortfolioReportData data) {
        return w.tableOf(
                List.of("portfolio.report.benefits", "portfolio.board.decision", "portfolio.board.decidedAt"),
                data.decidedInPeriod(),
                s -> List.of(
                        String.join(
                                "; ",
                                s.conflict().benefits().stream()
                                        .map(b -> b.programmeCode() + " " + b.code())
                                        .toList()),
                        w.word(s.decision().kind().messageKey()) + ": "
                                + s.decision().justification(),
                        date(LocalDate.ofInstant(s.decision().decidedAt(), NorwegianTime.zone()))));
    }
}
