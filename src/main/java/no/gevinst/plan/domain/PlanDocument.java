package no.gevinst.plan.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
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
import no.gevinst.shared.DocumentWriter;
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
        DocumentWriter w =
                new DocumentWriter(messages, LocaleContextHolder.getLocale(), "plan.doc.none", "plan.doc.notWritten");
        w.head(
                plan.title(),
                w.word("plan.doc.version", version.number(), w.word("plan.status." + version.status())) + " · "
                        + content.programme());
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
        // Seven columns of which two are prose: on a portrait page the owner was clipped to a letter.
        w.raw("<div class=\"landscape\">");
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
        riskMatrix(w, content.risks());
        w.raw("</div>");

        w.section("plan.doc.nonPriced").prose(content.sections().nonPricedFollowUp());
        Predicate<PlanSnapshot.BenefitEntry> nonPriced = b -> b.benefitClass().equals(BenefitClass.NON_PRICED.name());
        List<String[]> followUp = content.benefits().stream()
                .filter(nonPriced)
                .flatMap(b -> b.indicators().stream().map(i -> new String[] {
                    b.code() + " " + b.title(),
                    i.name() + " (" + i.unit() + ")",
                    w.number(i.baseline()),
                    i.targets().isEmpty()
                            ? "–"
                            : w.number(i.targets().getLast().value()) + " ("
                                    + date(i.targets().getLast().date()) + ")"
                }))
                .toList();
        w.table(
                List.of("plan.field.benefit", "plan.field.indicator", "plan.field.baseline", "plan.field.target"),
                followUp,
                List::of);

        NetworkView view = plan.party() == null
                ? NetworkView.WHOLE
                : new NetworkView(NetworkView.Kind.PARTY, plan.party().toString());
        // The map gets pages of its own, turned on their side and starting with its heading: a heading alone at
        // the foot of a page, the map on the next, reads as an empty section, and a map squeezed onto a portrait
        // page is too small to read.
        w.raw("<div class=\"landscape\">")
                .section("plan.doc.network")
                .largeDrawing(networks.svg(plan.programme(), view), 0.6, "document.part")
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
                            w.number(i.costHours())
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
                String chart =
                        new IndicatorChart(indicatorView, i.name(), b.code() + " " + b.title(), w.locale()).svg();
                w.raw("<div class=\"chart\"><h3>")
                        .text(b.code() + " · " + i.name())
                        .raw("</h3>")
                        .svg(chart, 0.85)
                        .raw("</div>");
            }
        }
        return w.end().toString();
    }

    private static String nz(String text) {
        return text == null || text.isBlank() ? "–" : text;
    }

    private static String date(LocalDate date) {
        return date == null ? "–" : DATE.format(date);
    }

    /** Rows of impact 5 to 1, columns of probability 1 to 5, each cell the number of risks in it. */
    static DocumentWriter riskMatrix(DocumentWriter w, List<PlanSnapshot.RiskEntry> risks) {
        w.raw("<table class=\"matrix\"><thead><tr><th scope=\"col\">")
                .text(w.word("plan.field.impact") + " \\ " + w.word("plan.field.probability"))
                .raw("</th>");
        for (int p = 1; p <= 5; p++) {
            w.raw("<th scope=\"col\">").text(String.valueOf(p)).raw("</th>");
        }
        w.raw("</tr></thead><tbody>");
        for (int i = 5; i >= 1; i--) {
            w.raw("<tr><th>").text(String.valueOf(i)).raw("</th>");
            for (int p = 1; p <= 5; p++) {
                int impact = i;
                int probability = p;
                long count = risks.stream()
                        .filter(r -> r.impact() == impact && r.probability() == probability)
                        .count();
                String colour =
                        impact * probability >= 15 ? "#f9d0cd" : impact * probability >= 8 ? "#fde9c3" : "#dcefdc";
                w.raw("<td style=\"background: " + colour + "\">")
                        .text(count == 0 ? "" : String.valueOf(count))
                        .raw("</td>");
            }
            w.raw("</tr>");
        }
        return w.raw("</tbody></table>");
    }
}
