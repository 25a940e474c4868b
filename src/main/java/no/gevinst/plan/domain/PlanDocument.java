package no.gevinst.plan.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import no.gevinst.benefit.BenefitClass;
import no.gevinst.indicator.IndicatorChart;
import no.gevinst.indicator.Indicators;
import no.gevinst.network.NetworkView;
import no.gevinst.network.Networks;
import no.gevinst.plan.Plan;
import no.gevinst.plan.PlanSnapshot;
import no.gevinst.plan.PlanVersion;
import no.gevinst.programme.Objective;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.Pdf;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The plan as a document in the structure of Digdir's Prosjektveiviseren: background, goals, who answers for the
 * benefits, the benefits by class, measures and risks, follow-up of non-priced benefits, the network, the
 * measurement and reporting schedules, and the indicators' charts.
 */
@Component
class PlanDocument {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final Programmes programmes;
    private final Networks networks;
    private final Indicators indicators;
    private final MessageSource messages;

    PlanDocument(Programmes programmes, Networks networks, Indicators indicators, MessageSource messages) {
        this.programmes = programmes;
        this.networks = networks;
        this.indicators = indicators;
        this.messages = messages;
    }

    byte[] pdf(Plan plan, PlanVersion version, PlanSnapshot content) {
        return Pdf.fromXhtml(xhtml(plan, version, content));
    }

    String xhtml(Plan plan, PlanVersion version, PlanSnapshot content) {
        Writer w = new Writer(LocaleContextHolder.getLocale());
        w.raw("<!DOCTYPE html><html lang=\"nb\"><head><meta charset=\"UTF-8\"/><title>")
                .text(plan.title())
                .raw("</title><style>")
                .raw(STYLE)
                .raw("</style></head><body>");
        w.raw("<h1>").text(plan.title()).raw("</h1><p class=\"meta\">");
        w.text(content.programme() + (content.party() == null ? "" : " · " + content.party()));
        w.raw("<br/>").text(w.word("plan.doc.version", version.number(), w.word("plan.status." + version.status())));
        if (version.approval() != null) {
            w.raw("<br/>")
                    .text(w.word(
                            "plan.doc.approved",
                            version.approval().onBehalfOf(),
                            DATE.format(version.approval().decisionDate()),
                            version.approval().reference()));
        } else {
            w.raw("<br/>").text(w.word("plan.doc.liveContent", DATE.format(LocalDate.now())));
        }
        if (!version.reason().isBlank()) {
            w.raw("<br/>").text(w.word("plan.doc.reason", version.reason()));
        }
        w.raw("</p>");

        w.section("plan.doc.background").prose(content.sections().background());
        w.section("plan.doc.goals").prose(content.sections().goalsAndProducts());
        List<Objective> objectives = programmes.objectives(plan.programme());
        if (!objectives.isEmpty()) {
            w.raw("<ol>");
            objectives.forEach(o -> w.raw("<li>").text(o.description()).raw("</li>"));
            w.raw("</ol>");
        }
        w.section("plan.doc.responsibilities").prose(content.sections().responsibilities());
        w.table(
                List.of("plan.field.benefit", "plan.field.owner", "plan.field.responsible"),
                content.benefits(),
                b -> List.of(b.code() + " " + b.title(), nz(b.owner()), nz(b.responsible())));

        w.section("plan.doc.benefits");
        for (BenefitClass c : BenefitClass.values()) {
            List<PlanSnapshot.BenefitEntry> inClass = content.benefits().stream()
                    .filter(b -> b.benefitClass().equals(c.name()))
                    .toList();
            w.raw("<h3>").text(w.word("benefit.class." + c.name())).raw("</h3>");
            if (inClass.isEmpty()) {
                w.raw("<p>").text(w.word("plan.doc.none")).raw("</p>");
                continue;
            }
            w.table(
                    List.of(
                            "plan.field.benefit",
                            "plan.field.status",
                            "plan.field.expectedStart",
                            "plan.field.nokPerYear"),
                    inClass,
                    b -> List.of(
                            b.code() + " " + b.title(),
                            w.word("benefit.status." + b.status()),
                            date(b.expectedStart()),
                            w.money(b.nokPerYear())));
        }
        if (content.netPresentValue() != null) {
            w.raw("<p>")
                    .text(w.word("plan.doc.npv", w.money(content.netPresentValue())))
                    .raw("</p>");
        }

        w.section("plan.doc.measuresAndRisks").prose(content.sections().measuresAndRisks());
        w.raw("<h3>").text(w.word("plan.doc.measures")).raw("</h3>");
        w.table(
                List.of(
                        "plan.field.action",
                        "plan.field.benefits",
                        "plan.field.responsible",
                        "plan.field.deadline",
                        "plan.field.status",
                        "plan.field.cost"),
                content.measures(),
                m -> List.of(
                        m.action(),
                        String.join(", ", m.benefits()),
                        nz(m.responsible()),
                        date(m.deadline()),
                        w.word("plan.measureStatus." + m.status()),
                        w.money(m.cost())));
        w.raw("<h3>").text(w.word("plan.doc.risks")).raw("</h3>");
        w.table(
                List.of(
                        "plan.field.description",
                        "plan.field.benefit",
                        "plan.field.probability",
                        "plan.field.impact",
                        "plan.field.score",
                        "plan.field.mitigation",
                        "plan.field.owner"),
                content.risks(),
                r -> List.of(
                        r.description(),
                        nz(r.benefit()),
                        String.valueOf(r.probability()),
                        String.valueOf(r.impact()),
                        String.valueOf(r.score()),
                        r.mitigation(),
                        nz(r.owner())));
        w.riskMatrix(content.risks());

        w.section("plan.doc.nonPriced").prose(content.sections().nonPricedFollowUp());
        Predicate<PlanSnapshot.BenefitEntry> nonPriced = b -> b.benefitClass().equals(BenefitClass.NON_PRICED.name());
        List<String[]> followUp = content.benefits().stream()
                .filter(nonPriced)
                .flatMap(b -> b.indicators().stream().map(i -> new String[] {
                    b.code() + " " + b.title(),
                    i.name() + " (" + i.unit() + ")",
                    number(i.baseline()),
                    i.targets().isEmpty()
                            ? "–"
                            : number(i.targets().getLast().value()) + " ("
                                    + date(i.targets().getLast().date()) + ")"
                }))
                .toList();
        w.table(
                List.of("plan.field.benefit", "plan.field.indicator", "plan.field.baseline", "plan.field.target"),
                followUp,
                List::of);

        w.section("plan.doc.network");
        NetworkView view = plan.party() == null
                ? NetworkView.WHOLE
                : new NetworkView(NetworkView.Kind.PARTY, plan.party().toString());
        w.raw("<div class=\"drawing\">")
                .svg(networks.svg(plan.programme(), view), 0.55)
                .raw("</div>");

        w.section("plan.doc.measurementSchedule");
        w.table(
                List.of(
                        "plan.field.indicator",
                        "plan.field.benefit",
                        "plan.field.frequency",
                        "plan.field.measuredBy",
                        "plan.field.costHours"),
                content.benefits().stream()
                        .flatMap(b -> b.indicators().stream().map(i -> new String[] {
                            i.name(),
                            b.code(),
                            w.word("indicator.frequency." + i.frequency()),
                            nz(i.measuredBy()),
                            number(i.costHours())
                        }))
                        .toList(),
                List::of);
        w.section("plan.doc.reporting").prose(content.sections().reportingSchedule());

        w.section("plan.doc.charts");
        w.raw("<p>")
                .text(w.word("plan.doc.chartsAsOf", DATE.format(LocalDate.now())))
                .raw("</p>");
        for (PlanSnapshot.BenefitEntry b : content.benefits()) {
            for (PlanSnapshot.IndicatorEntry i : b.indicators()) {
                var indicatorView = indicators.view(IndicatorId.of(i.id()), LocalDate.now());
                String chart = new IndicatorChart(indicatorView, i.name(), b.code() + " " + b.title(), w.locale).svg();
                w.raw("<div class=\"chart\"><h4>")
                        .text(b.code() + " · " + i.name())
                        .raw("</h4>")
                        .svg(chart, 0.85)
                        .raw("</div>");
            }
        }
        w.raw("</body></html>");
        return w.toString();
    }

    private static String nz(String text) {
        return text == null || text.isBlank() ? "–" : text;
    }

    private static String date(LocalDate date) {
        return date == null ? "–" : DATE.format(date);
    }

    private static String number(BigDecimal value) {
        return value == null ? "–" : value.stripTrailingZeros().toPlainString();
    }

    private static final String STYLE = """
            @page { size: A4; margin: 18mm 16mm; @bottom-right { content: counter(page) " / " counter(pages); font-size: 8pt; } }
            body { font-family: sans-serif; font-size: 9.5pt; color: #1e2b3c; }
            h1 { font-size: 20pt; margin: 0 0 6pt 0; }
            h2 { font-size: 13pt; margin: 16pt 0 6pt 0; border-bottom: 1px solid #c6ccd6; page-break-after: avoid; }
            h3 { font-size: 11pt; margin: 10pt 0 4pt 0; page-break-after: avoid; }
            h4 { font-size: 9.5pt; margin: 8pt 0 2pt 0; }
            p.meta { color: #4b5563; }
            table { width: 100%; border-collapse: collapse; margin: 4pt 0 8pt 0; -fs-table-paginate: paginate; }
            th, td { border: 1px solid #c6ccd6; padding: 3pt 4pt; text-align: left; vertical-align: top; }
            th { background: #eef2f7; }
            td.num { text-align: right; }
            table.matrix td { width: 14%; text-align: center; }
            .chart, .drawing { page-break-inside: avoid; }
            """;

    /** Writes the XHTML: escaped text, prose paragraphs, tables, SVG drawings sized for the page. */
    private final class Writer {

        private final StringBuilder out = new StringBuilder();
        private final Locale locale;
        private int sectionNumber;

        Writer(Locale locale) {
            this.locale = locale;
        }

        Writer raw(String xhtml) {
            out.append(xhtml);
            return this;
        }

        Writer text(String text) {
            out.append(Pdf.escape(text));
            return this;
        }

        Writer section(String key) {
            sectionNumber++;
            return raw("<h2>").text(sectionNumber + " " + word(key)).raw("</h2>");
        }

        /** The plan's own prose, paragraph by paragraph; an empty section says that it is not written yet. */
        Writer prose(String text) {
            if (text.isBlank()) {
                return raw("<p><em>").text(word("plan.doc.notWritten")).raw("</em></p>");
            }
            for (String paragraph : text.split("\\R\\s*\\R")) {
                raw("<p>").text(paragraph.strip()).raw("</p>");
            }
            return this;
        }

        <T> Writer table(List<String> headings, List<T> rows, java.util.function.Function<T, List<String>> cells) {
            if (rows.isEmpty()) {
                return raw("<p>").text(word("plan.doc.none")).raw("</p>");
            }
            raw("<table><thead><tr>");
            headings.forEach(h -> raw("<th>").text(word(h)).raw("</th>"));
            raw("</tr></thead><tbody>");
            for (T row : rows) {
                raw("<tr>");
                cells.apply(row).forEach(c -> raw("<td>").text(c).raw("</td>"));
                raw("</tr>");
            }
            return raw("</tbody></table>");
        }

        /** Rows of impact 5 to 1, columns of probability 1 to 5, each cell the number of risks in it. */
        Writer riskMatrix(List<PlanSnapshot.RiskEntry> risks) {
            raw("<table class=\"matrix\"><thead><tr><th>")
                    .text(word("plan.field.impact") + " \\ " + word("plan.field.probability"))
                    .raw("</th>");
            for (int p = 1; p <= 5; p++) {
                raw("<th>").text(String.valueOf(p)).raw("</th>");
            }
            raw("</tr></thead><tbody>");
            for (int i = 5; i >= 1; i--) {
                raw("<tr><th>").text(String.valueOf(i)).raw("</th>");
                for (int p = 1; p <= 5; p++) {
                    int impact = i;
                    int probability = p;
                    long count = risks.stream()
                            .filter(r -> r.impact() == impact && r.probability() == probability)
                            .count();
                    String colour =
                            impact * probability >= 15 ? "#f9d0cd" : impact * probability >= 8 ? "#fde9c3" : "#dcefdc";
                    raw("<td style=\"background: " + colour + "\">")
                            .text(count == 0 ? "" : String.valueOf(count))
                            .raw("</td>");
                }
                raw("</tr>");
            }
            return raw("</tbody></table>");
        }

        /** An SVG drawn in a box the renderer can size: its viewBox scaled, capped to the page's width. */
        Writer svg(String svg, double scale) {
            java.util.regex.Matcher box = java.util.regex.Pattern.compile("viewBox=\"0 0 ([0-9.]+) ([0-9.]+)\"")
                    .matcher(svg);
            if (!box.find()) {
                return raw(svg);
            }
            double width = Double.parseDouble(box.group(1));
            double height = Double.parseDouble(box.group(2));
            double fit = Math.min(scale, 680 / width);
            // Only the root element's size is replaced; the drawing's own shapes keep theirs.
            int rootEnd = svg.indexOf('>');
            String root = svg.substring(0, rootEnd)
                    .replaceFirst("\\swidth=\"[0-9.]+\"", "")
                    .replaceFirst("\\sheight=\"[0-9.]+\"", "")
                    .replaceFirst(
                            "<svg ",
                            "<svg style=\"width: " + fmt(width * fit) + "px; height: " + fmt(height * fit) + "px\" ");
            String sized = root + svg.substring(rootEnd);
            return raw(sized);
        }

        String word(String key, Object... arguments) {
            return messages.getMessage(key, arguments, key, locale);
        }

        String money(BigDecimal amount) {
            if (amount == null) {
                return "–";
            }
            NumberFormat format = NumberFormat.getIntegerInstance(Locale.forLanguageTag("nb-NO"));
            return format.format(amount.setScale(0, RoundingMode.HALF_EVEN)) + " kr";
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
