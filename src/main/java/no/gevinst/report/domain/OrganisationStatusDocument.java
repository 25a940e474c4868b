package no.gevinst.report.domain;

import static no.gevinst.report.domain.ReportText.date;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.gevinst.portfolio.OrganisationDashboard.OrganisationIndicator;
import no.gevinst.portfolio.OrganisationFigures;
import no.gevinst.portfolio.OrganisationStatus;
import no.gevinst.report.DocumentRenderer;
import no.gevinst.shared.DocumentTable;
import no.gevinst.shared.DocumentWriter;
import no.gevinst.shared.NorwegianTime;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * An organisation's status report for a tertial or a year, for its own board and its reporting to the owner, written
 * from {@link OrganisationStatus}; {@code templates/documents/organisation-status.html} lays it out. The same rows
 * fill the workbook ({@link OrganisationStatusWorkbook}), so that the PDF and the XLSX cannot differ.
 */
@Component
class OrganisationStatusDocument {

    private final MessageSource messages;
    private final DocumentRenderer renderer;

    OrganisationStatusDocument(MessageSource messages, DocumentRenderer renderer) {
        this.messages = messages;
        this.renderer = renderer;
    }

    /** What the report says, in the reader's language. */
    record Model(
            String title,
            String subject,
            List<String> meta,
            String measuredAgainst,
            DocumentTable economy,
            DocumentTable requirements,
            DocumentTable kpiTargets,
            DocumentTable money,
            DocumentTable deviations) {}

    byte[] pdf(OrganisationStatus status) {
        return renderer.pdf("organisation-status", Map.of("doc", model(status)), LocaleContextHolder.getLocale());
    }

    DocumentWriter writer() {
        return new DocumentWriter(
                messages, LocaleContextHolder.getLocale(), "portfolio.report.none", "portfolio.report.none");
    }

    Model model(OrganisationStatus s) {
        DocumentWriter w = writer();
        return new Model(
                w.word("portfolio.organisation.status.title", s.organisation().name()),
                String.join(", ", s.programmes()),
                List.of(
                        w.word(
                                "portfolio.organisation.status.period",
                                periodName(w, s),
                                date(s.period().span().from()),
                                date(s.period().span().to())),
                        w.word("portfolio.report.programmes", String.join(", ", s.programmes())),
                        w.word("portfolio.organisation.status.asOf", date(s.asOf())),
                        w.word("portfolio.report.written", date(NorwegianTime.today()))),
                s.measuredAgainst() == null
                        ? w.word("portfolio.organisation.status.ownTargets")
                        : w.word("portfolio.organisation.status.decision", s.measuredAgainst()),
                w.tableOf(
                        List.of("portfolio.organisation.status.figure", "portfolio.report.amount"),
                        economy(w, s),
                        r -> r),
                w.tableOf(REQUIREMENT_HEADINGS, requirementRows(s), r -> requirementCells(w, r)),
                w.tableOf(
                        OrganisationKpiRows.HEADINGS,
                        OrganisationKpiRows.rows(s),
                        k -> OrganisationKpiRows.cells(w, s, k)),
                w.tableOf(MONEY_HEADINGS, moneyRows(s), p -> moneyCells(w, p)),
                w.tableOf(DEVIATION_HEADINGS, s.deviations(), d -> deviationCells(w, d)));
    }

    static String periodName(DocumentWriter w, OrganisationStatus s) {
        return w.word("portfolio.organisation.period." + s.period().code()) + " "
                + s.period().year();
    }

    static List<List<String>> economy(DocumentWriter w, OrganisationStatus s) {
        OrganisationFigures.Year y = s.year();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(
                w.word("portfolio.organisation.status.forecast", s.year().year()), w.money(y.forecast())));
        rows.add(List.of(w.word("portfolio.report.net"), w.money(y.net())));
        rows.add(List.of(
                w.word("portfolio.dashboard.target"),
                s.economicTarget() == null
                        ? w.word("portfolio.organisation.status.noTarget")
                        : w.money(s.economicTarget())));
        rows.add(List.of(w.word("portfolio.organisation.status.realisedSigned"), orNotMeasured(w, y.signed())));
        rows.add(List.of(w.word("portfolio.organisation.status.realisedUnsigned"), orNotMeasured(w, y.unsigned())));
        return rows;
    }

    private static String orNotMeasured(DocumentWriter w, BigDecimal amount) {
        return amount == null ? w.word("portfolio.dashboard.notMeasured") : w.money(amount);
    }

    static final List<String> REQUIREMENT_HEADINGS = List.of(
            "portfolio.report.benefit",
            "portfolio.report.indicator",
            "portfolio.organisation.status.target",
            "portfolio.organisation.status.actual",
            "portfolio.report.rag",
            "portfolio.organisation.status.met");

    /** A requirement's indicator, or the requirement alone when it has none. */
    record RequirementRow(OrganisationStatus.Requirement requirement, OrganisationIndicator indicator) {}

    static List<RequirementRow> requirementRows(OrganisationStatus s) {
        List<RequirementRow> rows = new ArrayList<>();
        for (OrganisationStatus.Requirement r : s.requirements()) {
            if (r.indicators().isEmpty()) {
                rows.add(new RequirementRow(r, null));
            }
            r.indicators().forEach(i -> rows.add(new RequirementRow(r, i)));
        }
        return rows;
    }

    static List<String> requirementCells(DocumentWriter w, RequirementRow row) {
        OrganisationStatus.Requirement r = row.requirement();
        String benefit = r.code() + " " + r.title() + " ("
                + w.word("portfolio.organisation.status.share", w.number(r.percent())) + ")";
        OrganisationIndicator i = row.indicator();
        if (i == null) {
            return List.of(benefit, w.word("portfolio.organisation.status.noIndicator"), "–", "–", "–", "–");
        }
        String name =
                r.ownMeasurements() ? i.name() : i.name() + " " + w.word("portfolio.organisation.status.programmeWide");
        if (r.measuredBy() != null) {
            // A benefit another programme shares with this one is measured by its home programme (issue 18).
            name = name + " " + w.word("portfolio.organisation.status.measuredByHome", r.measuredBy());
        }
        return List.of(
                benefit,
                name,
                i.target() == null ? "–" : w.number(i.target()) + " " + i.unit() + " (" + date(i.targetDate()) + ")",
                i.latest() == null
                        ? w.word("portfolio.dashboard.notMeasured")
                        : w.number(i.latest()) + " " + i.unit() + " (" + date(i.latestPeriodEnd()) + ")",
                w.word("indicator.rag." + i.rag()),
                i.met() == null
                        ? w.word("portfolio.dashboard.notMeasured")
                        : w.word(i.met() ? "portfolio.organisation.status.yes" : "portfolio.organisation.status.no"));
    }

    static final List<String> MONEY_HEADINGS = List.of(
            "portfolio.report.benefit",
            "portfolio.organisation.status.forecastShare",
            "portfolio.organisation.status.realisedShare",
            "portfolio.organisation.status.signed");

    static List<OrganisationFigures.Part> moneyRows(OrganisationStatus s) {
        return s.year().parts();
    }

    static List<String> moneyCells(DocumentWriter w, OrganisationFigures.Part p) {
        return List.of(
                p.code() + " " + p.title(),
                formula(w, p.percent(), p.forecast(), p.forecastPart()),
                p.realised() == null
                        ? w.word("portfolio.dashboard.notMeasured")
                        : formula(w, p.percent(), p.realised(), p.realisedPart()),
                p.realised() == null
                        ? "–"
                        : w.word(
                                p.signed() ? "portfolio.organisation.status.yes" : "portfolio.organisation.status.no"));
    }

    static String formula(DocumentWriter w, BigDecimal percent, BigDecimal whole, BigDecimal part) {
        return w.word(
                "portfolio.organisation.formulaOf",
                w.number(percent),
                w.money(whole).replace("\u00A0kr", ""),
                w.money(part).replace("\u00A0kr", ""));
    }

    static final List<String> DEVIATION_HEADINGS = List.of(
            "portfolio.report.benefit",
            "portfolio.report.indicator",
            "portfolio.report.behind",
            "portfolio.report.cause",
            "portfolio.organisation.status.measures");

    static List<String> deviationCells(DocumentWriter w, OrganisationStatus.Deviation d) {
        return List.of(
                d.benefit(),
                d.indicator(),
                ReportText.points(w, d.gap()),
                ReportText.cause(w, d.cause()),
                d.measures().isEmpty()
                        ? w.word("portfolio.organisation.status.noMeasures")
                        : d.measures().stream()
                                .map(m -> m.action() + " (" + w.word("plan.measureStatus." + m.status())
                                        + (m.deadline() == null ? "" : ", " + date(m.deadline())) + ")")
                                .collect(Collectors.joining("; ")));
    }
}
