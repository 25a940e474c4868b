package no.gevinst.report.domain;

import static no.gevinst.report.domain.ReportText.date;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import no.gevinst.indicator.OrganisationActual;
import no.gevinst.portfolio.OrganisationStatus;
import no.gevinst.portfolio.OrganisationStatus.KpiRequirement;
import no.gevinst.shared.DocumentWriter;

/**
 * The rows of an organisation's status report that set each KPI target decided for it against its own measurements:
 * target, actual with its period, traffic light, met or not, and how the actual was picked and judged. The PDF and
 * the workbook print the same cells.
 */
final class OrganisationKpiRows {

    private OrganisationKpiRows() {}

    static final List<String> HEADINGS = List.of(
            "portfolio.report.indicator",
            "portfolio.organisation.status.target",
            "portfolio.organisation.status.actual",
            "portfolio.report.rag",
            "portfolio.organisation.status.met",
            "portfolio.organisation.kpi.trace");

    static List<KpiRequirement> rows(OrganisationStatus s) {
        return s.kpiTargets();
    }

    static List<String> cells(DocumentWriter w, OrganisationStatus s, KpiRequirement k) {
        OrganisationActual a = k.actual();
        return List.of(
                k.name() + " (" + k.benefit() + ")",
                w.word("portfolio.organisation.kpi.targetBy", withUnit(w, k.target(), k.unit()), date(k.due())),
                a == null
                        ? w.word("portfolio.organisation.kpi.notMeasured")
                        : w.word(
                                "portfolio.organisation.kpi.actualOf",
                                withUnit(w, a.value(), k.unit()),
                                date(a.periodStart()),
                                date(a.periodEnd())),
                w.word("indicator.rag." + k.rag()),
                k.met() == null
                        ? w.word("portfolio.dashboard.notMeasured")
                        : w.word(k.met() ? "portfolio.organisation.status.yes" : "portfolio.organisation.status.no"),
                trace(w, s, k));
    }

    /** Where the actual comes from, how it is compared with the target, and why the light is the colour it is. */
    static String trace(DocumentWriter w, OrganisationStatus s, KpiRequirement k) {
        String organisation = s.organisation().name();
        String from = date(k.window().from());
        String to = date(k.window().to());
        OrganisationActual a = k.actual();
        if (a == null) {
            return w.word("portfolio.organisation.kpi.traceNone", organisation, from, to);
        }
        String picked = w.word(
                "portfolio.organisation.kpi.tracePicked",
                organisation,
                a.periodsInWindow(),
                from,
                to,
                date(a.periodStart()),
                date(a.periodEnd()),
                a.measurementsInPeriod(),
                w.number(shown(a.value())));
        String compared = w.word(
                "portfolio.organisation.kpi.compare." + k.direction()
                        + (Boolean.TRUE.equals(k.met()) ? ".met" : ".notMet"),
                w.number(shown(a.value())),
                w.number(k.target()));
        String light = w.word("portfolio.organisation.kpi.light." + k.rag(), date(k.due()), to);
        return picked + " " + compared + " " + light;
    }

    private static String withUnit(DocumentWriter w, BigDecimal value, String unit) {
        String number = w.number(shown(value));
        return unit == null || unit.isBlank() ? number : number + " " + unit;
    }

    /** A mean of several measurements, shown to two decimals at most; it is compared with the target unrounded. */
    private static BigDecimal shown(BigDecimal value) {
        return value.scale() > 2 ? value.setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros() : value;
    }
}
