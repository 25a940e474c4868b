package no.gevinst.portfolio.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitQuery;
import no.gevinst.benefit.BenefitStatus;
import no.gevinst.benefit.Benefits;
import no.gevinst.indicator.Indicator;
import no.gevinst.indicator.IndicatorStatus;
import no.gevinst.indicator.Indicators;
import no.gevinst.indicator.Measurement;
import no.gevinst.indicator.Rag;
import no.gevinst.plan.Plan;
import no.gevinst.plan.PlanVersion;
import no.gevinst.plan.Plans;
import no.gevinst.plan.Reminders;
import no.gevinst.portfolio.ConflictStatus;
import no.gevinst.portfolio.Dashboard;
import no.gevinst.portfolio.Dashboards;
import no.gevinst.portfolio.FlowMatrix;
import no.gevinst.portfolio.FlowReport;
import no.gevinst.portfolio.Flows;
import no.gevinst.portfolio.Portfolio;
import no.gevinst.portfolio.Reports;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.DocumentWriter;
import no.gevinst.shared.Pdf;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.Violations;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steering group report. Every figure comes from the service that shows it elsewhere: the dashboard (counts,
 * money per year against the target, and its chart), the double-counting control, the reminders and the flows.
 *
 * <p>Indicator states are taken at the period's end (or today, if that lies ahead). The <em>largest deviations</em>
 * are the measured indicators furthest behind their trajectory, by {@link IndicatorStatus#gap()} in percentage points
 * of the planned change, the {@value #DEVIATIONS_SHOWN} largest; the cause given is the indicator's latest measurement
 * comment up to the period's end, or else the reason for change of the benefit's programme plan's latest version.
 * Decisions needed are those outstanding today: unresolved double counts, plan versions awaiting approval and
 * measures past their deadline.
 */
@Service
@Transactional(readOnly = true)
class SteeringReport implements Reports {

    static final int DEVIATIONS_SHOWN = 10;
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final Dashboards dashboards;
    private final Portfolio portfolio;
    private final Flows flows;
    private final Reminders reminders;
    private final Benefits benefits;
    private final Indicators indicators;
    private final Plans plans;
    private final MessageSource messages;

    SteeringReport(
            Dashboards dashboards,
            Portfolio portfolio,
            Flows flows,
            Reminders reminders,
            Benefits benefits,
            Indicators indicators,
            Plans plans,
            MessageSource messages) {
        this.dashboards = dashboards;
        this.portfolio = portfolio;
        this.flows = flows;
        this.reminders = reminders;
        this.benefits = benefits;
        this.indicators = indicators;
        this.plans = plans;
        this.messages = messages;
    }

    /** The period asked for, checked. */
    record Period(LocalDate from, LocalDate to) {}

    /** Blank dates default to the last full calendar quarter before today. */
    static Period period(String from, String to, LocalDate today) {
        LocalDate quarterStart = today.withDayOfMonth(1)
                .withMonth((today.getMonthValue() - 1) / 3 * 3 + 1)
                .minusMonths(3);
        Violations violations = new Violations();
        LocalDate start = date(from, "from", quarterStart, violations);
        LocalDate end = date(to, "to", quarterStart.plusMonths(3).minusDays(1), violations);
        if (start != null && end != null && start.isAfter(end)) {
            violations.add("from", "portfolio.report.from.afterTo");
        }
        violations.throwIfAny();
        return new Period(start, end);
    }

    private static LocalDate date(String text, String field, LocalDate fallback, Violations violations) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            violations.add(field, "portfolio.report.date.invalid", text.strip());
            return null;
        }
    }

    @Override
    public byte[] steeringReport(String from, String to, ProgrammeId programme) {
        LocalDate today = LocalDate.now(OSLO);
        Period period = period(from, to, today);
        Dashboard dashboard = dashboards.of(programme, today);
        DocumentWriter w = new DocumentWriter(
                messages, LocaleContextHolder.getLocale(), "portfolio.report.none", "portfolio.report.none");
        LocalDate asOf = period.to().isAfter(today) ? today : period.to();

        w.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><head>")
                .raw("<meta charset=\"UTF-8\"/><title>")
                .text(w.word("portfolio.report.heading"))
                .raw("</title><style>")
                .raw(DocumentWriter.STYLE)
                .raw("</style></head><body>");
        w.raw("<h1>").text(w.word("portfolio.report.heading")).raw("</h1>");
        w.raw("<p class=\"meta\">")
                .text(w.word("portfolio.report.period", date(period.from()), date(period.to())))
                .raw("<br/>")
                .text(w.word(
                        "portfolio.report.programmes",
                        dashboard.programmes().stream()
                                .map(p -> p.code() + " – " + p.name())
                                .collect(Collectors.joining(", "))))
                .raw("<br/>")
                .text(w.word("portfolio.report.written", date(today)))
                .raw("</p>");

        List<Benefit> counted =
                benefits.list(programme == null ? BenefitQuery.all() : BenefitQuery.inProgramme(programme));
        Map<BenefitId, Benefit> byId = counted.stream().collect(Collectors.toMap(Benefit::id, Function.identity()));
        List<Row> rows = indicatorRows(counted, asOf);

        summary(w, dashboard);
        trafficLights(w, rows, byId);
        deviations(w, rows, byId, asOf);
        List<ConflictStatus> unresolved = portfolio.conflicts().stream()
                .filter(c -> c.decision() == null)
                .filter(c -> programme == null || c.conflict().programmes().contains(programme))
                .toList();
        decisions(w, unresolved, programme, today);
        doubleCounting(w, dashboard, unresolved);
        flows(w, flows.report(programme), period);
        w.raw("</body></html>");
        return Pdf.fromXhtml(w.toString());
    }

    /** An indicator with its state at the period's end. */
    private record Row(Indicator indicator, IndicatorStatus status) {}

    private List<Row> indicatorRows(List<Benefit> counted, LocalDate asOf) {
        Map<BenefitId, List<Indicator>> defined =
                indicators.ofBenefits(counted.stream().map(Benefit::id).toList());
        List<Row> rows = new ArrayList<>();
        for (BenefitId id : defined.keySet()) {
            indicators.statusOfBenefit(id, asOf).forEach((indicator, status) -> rows.add(new Row(indicator, status)));
        }
        return rows;
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

    private void trafficLights(DocumentWriter w, List<Row> rows, Map<BenefitId, Benefit> byId) {
        w.section("portfolio.report.trafficLights");
        List<Row> flagged = rows.stream()
                .filter(r -> r.status().rag() == Rag.RED || r.status().rag() == Rag.AMBER)
                .sorted(Comparator.comparing((Row r) -> r.status().rag() == Rag.RED ? 0 : 1)
                        .thenComparing(r -> benefitName(byId, r)))
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
                        benefitName(byId, r),
                        r.indicator().name(),
                        w.word("indicator.rag." + r.status().rag()),
                        latest(r.status()),
                        points(r.status().gap())));
    }

    private void deviations(DocumentWriter w, List<Row> rows, Map<BenefitId, Benefit> byId, LocalDate asOf) {
        w.section("portfolio.report.deviations");
        w.raw("<p>")
                .text(w.word("portfolio.report.deviationsIntro", DEVIATIONS_SHOWN))
                .raw("</p>");
        List<Row> behind = rows.stream()
                .filter(r -> r.status().measured()
                        && r.status().gap() != null
                        && r.status().gap().signum() > 0)
                .sorted(Comparator.comparing((Row r) -> r.status().gap()).reversed())
                .limit(DEVIATIONS_SHOWN)
                .toList();
        Map<no.gevinst.shared.ProgrammeId, Optional<PlanVersion>> planReasons = new HashMap<>();
        w.table(
                List.of(
                        "portfolio.report.benefit",
                        "portfolio.report.indicator",
                        "portfolio.report.behind",
                        "portfolio.report.cause"),
                behind,
                r -> List.of(
                        benefitName(byId, r),
                        r.indicator().name(),
                        points(r.status().gap()),
                        cause(w, r, byId.get(r.indicator().benefit()), asOf, planReasons)));
    }

    /** The latest measurement comment up to the period's end, or else the programme plan's latest reason. */
    private String cause(
            DocumentWriter w,
            Row r,
            Benefit benefit,
            LocalDate asOf,
            Map<ProgrammeId, Optional<PlanVersion>> planReasons) {
        Optional<Measurement> commented = indicators.view(r.indicator().id(), asOf).measurements().stream()
                .filter(Measurement::isCurrent)
                .filter(m -> !m.periodEnd().isAfter(asOf))
                .filter(m -> m.comment() != null && !m.comment().isBlank())
                .max(Comparator.comparing(Measurement::periodEnd));
        if (commented.isPresent()) {
            Measurement m = commented.get();
            return w.word("portfolio.report.causeMeasurement", date(m.periodEnd()), m.comment());
        }
        if (benefit != null) {
            Optional<PlanVersion> reason = planReasons.computeIfAbsent(benefit.programme(), this::latestReason);
            if (reason.isPresent()) {
                return w.word(
                        "portfolio.report.causePlan",
                        reason.get().number(),
                        reason.get().reason());
            }
        }
        return w.word("portfolio.report.noCause");
    }

    private Optional<PlanVersion> latestReason(ProgrammeId programme) {
        return plans.ofProgramme(programme).stream()
                .filter(Plan::isProgrammePlan)
                .flatMap(p -> plans.versions(p.id()).stream())
                .filter(v -> v.number() > 1 && !v.reason().isBlank())
                .max(Comparator.comparingInt(PlanVersion::number));
    }

    private void decisions(DocumentWriter w, List<ConflictStatus> unresolved, ProgrammeId programme, LocalDate today) {
        w.section("portfolio.report.decisions");
        w.raw("<h3>").text(w.word("portfolio.report.unresolvedConflicts")).raw("</h3>");
        w.table(
                List.of("portfolio.report.benefits", "portfolio.report.explanation", "portfolio.report.amountPerYear"),
                unresolved,
                s -> List.of(
                        s.conflict().benefits().stream()
                                .map(b -> b.programmeCode() + " " + b.code() + " " + b.title())
                                .collect(Collectors.joining("; ")),
                        w.word(
                                s.conflict().messageKey(),
                                s.conflict().arguments().toArray()),
                        w.money(s.conflict().amountPerYear())));
        List<Reminders.Reminder> mine = reminders.forCurrentUser(today).stream()
                .filter(r -> programme == null || programme.equals(r.programme()))
                .toList();
        w.raw("<h3>").text(w.word("portfolio.report.approvals")).raw("</h3>");
        w.table(
                List.of("portfolio.report.plan", "portfolio.report.version", "portfolio.report.submitted"),
                mine.stream()
                        .filter(r -> r.kind() == Reminders.Kind.PLAN_APPROVAL)
                        .toList(),
                r -> List.of(r.programmeCode() + " " + r.what(), r.context(), date(r.date())));
        w.raw("<h3>").text(w.word("portfolio.report.lateMeasures")).raw("</h3>");
        w.table(
                List.of("portfolio.report.measure", "portfolio.report.plan", "portfolio.report.deadline"),
                mine.stream()
                        .filter(r -> r.kind() == Reminders.Kind.MEASURE_DEADLINE && r.overdue())
                        .toList(),
                r -> List.of(r.what(), r.programmeCode() + " " + r.context(), date(r.date())));
    }

    private void doubleCounting(DocumentWriter w, Dashboard dashboard, List<ConflictStatus> unresolved) {
        w.section("portfolio.report.doubleCounting");
        BigDecimal overlap =
                unresolved.stream().map(s -> s.conflict().totalOverlap()).reduce(BigDecimal.ZERO, BigDecimal::add);
        w.table(
                List.of("portfolio.report.measureOf", "portfolio.report.amount"),
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

    private void flows(DocumentWriter w, FlowReport report, Period period) {
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
                        String.valueOf(b.periods().stream()
                                .filter(p -> !p.end().isBefore(period.from())
                                        && !p.start().isAfter(period.to()))
                                .filter(p -> !p.fullySigned())
                                .count())));
    }

    private static String names(List<FlowMatrix.Party> parties) {
        return parties.isEmpty()
                ? "–"
                : parties.stream().map(FlowMatrix.Party::name).collect(Collectors.joining(", "));
    }

    private static String benefitName(Map<BenefitId, Benefit> byId, Row r) {
        Benefit b = byId.get(r.indicator().benefit());
        return b == null ? "–" : b.code() + " " + b.title();
    }

    private static String latest(IndicatorStatus s) {
        return s.measured()
                ? s.latest().stripTrailingZeros().toPlainString() + " (" + date(s.latestPeriodEnd()) + ")"
                : "–";
    }

    /** A gap in percentage points of the planned change, as the status holds it. */
    private static String points(BigDecimal gap) {
        return gap == null ? "–" : gap.setScale(0, RoundingMode.HALF_EVEN).toPlainString() + " pp";
    }

    private static String date(LocalDate d) {
        return d == null ? "–" : DATE.format(d);
    }
}
