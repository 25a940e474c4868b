package no.gevinst.report.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import no.gevinst.indicator.IndicatorStatus;
import no.gevinst.portfolio.FlowMatrix;
import no.gevinst.portfolio.PortfolioReportData;
import no.gevinst.shared.DocumentWriter;

/** How the portfolio's reports write dates, parties, gaps and causes, so that each report writes them alike. */
final class ReportText {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private ReportText() {}

    static String date(LocalDate d) {
        return d == null ? "–" : DATE.format(d);
    }

    static String names(List<FlowMatrix.Party> parties) {
        return parties.isEmpty()
                ? "–"
                : parties.stream().map(FlowMatrix.Party::name).collect(Collectors.joining(", "));
    }

    static String latest(DocumentWriter w, IndicatorStatus s) {
        return s.measured() ? w.number(s.latest()) + " (" + date(s.latestPeriodEnd()) + ")" : "–";
    }

    /** A gap in percentage points of the planned change, as the status holds it. */
    static String points(DocumentWriter w, BigDecimal gap) {
        return gap == null ? "–" : w.number(gap.setScale(0, RoundingMode.HALF_EVEN)) + "\u00A0pp";
    }

    static String cause(DocumentWriter w, PortfolioReportData.Cause cause) {
        if (cause.comment() != null) {
            return w.word("portfolio.report.causeMeasurement", date(cause.measuredTo()), cause.comment());
        }
        if (cause.planVersion() != null) {
            return w.word("portfolio.report.causePlan", cause.planVersion(), cause.reason());
        }
        return w.word("portfolio.report.noCause");
    }

    /** The programmes reported on, by code and name. */
    static String programmes(PortfolioReportData data) {
        return data.dashboard().programmes().stream()
                .map(p -> p.code() + " – " + p.name())
                .collect(Collectors.joining(", "));
    }

    /** The lines under the title as a template prints them: kind (when given), period, programmes and date. */
    static List<String> metaLines(DocumentWriter w, PortfolioReportData data, String kind) {
        List<String> lines = new ArrayList<>();
        if (kind != null) {
            lines.add(kind);
        }
        lines.add(w.word(
                "portfolio.report.period",
                date(data.period().from()),
                date(data.period().to())));
        lines.add(w.word("portfolio.report.programmes", programmes(data)));
        lines.add(w.word("portfolio.report.written", date(data.today())));
        return lines;
    }
}
