package no.gevinst.report.domain;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.gevinst.indicator.IndicatorCharts;
import no.gevinst.indicator.Indicators;
import no.gevinst.network.NetworkView;
import no.gevinst.network.Networks;
import no.gevinst.organisation.Organisations;
import no.gevinst.plan.Plan;
import no.gevinst.plan.PlanSections;
import no.gevinst.plan.PlanSnapshot;
import no.gevinst.plan.PlanVersion;
import no.gevinst.programme.Objective;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.report.DocumentRenderer;
import no.gevinst.shared.DocumentTable;
import no.gevinst.shared.DocumentWriter;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.NorwegianTime;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The plan as a document in the structure of Digdir's Prosjektveiviseren: background, goals, who answers for the
 * benefits, the benefits by class, measures and risks, follow-up of non-priced benefits, the network, the
 * measurement and reporting schedules, and the indicators' charts. This class gathers the document's data into a
 * {@link Model}; {@code templates/documents/plan.html} lays it out.
 */
@Component
class PlanDocument {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** The smallest scale the map is drawn at before it is continued over more pages: its labels stay readable. */
    private static final double SMALLEST_MAP_SCALE = 0.6;

    private final Programmes programmes;
    private final Networks networks;
    private final Indicators indicators;
    private final Organisations organisations;
    private final MessageSource messages;
    private final DocumentRenderer renderer;
    private final IndicatorCharts indicatorCharts;

    /** (issue 19) The maturity summary, the evidence, the processes and the configuration decisions. */
    @org.springframework.beans.factory.annotation.Autowired
    private ChangeParts changeParts;

    PlanDocument(
            Programmes programmes,
            Networks networks,
            Indicators indicators,
            Organisations organisations,
            MessageSource messages,
            DocumentRenderer renderer,
            IndicatorCharts indicatorCharts) {
        this.indicatorCharts = indicatorCharts;
        this.programmes = programmes;
        this.networks = networks;
        this.indicators = indicators;
        this.organisations = organisations;
        this.messages = messages;
        this.renderer = renderer;
    }

    /**
     * What the plan document says, each part in the reader's language and typeset; prose as paragraphs (none when
     * not written yet), tables as rows of cells, drawings as sized SVG with their alternative text.
     */
    record Model(
            String title,
            String subject,
            List<String> meta,
            List<String> background,
            List<String> goals,
            List<String> objectives,
            List<String> responsibilities,
            DocumentTable responsible,
            List<ClassGroup> benefitClasses,
            String netPresentValue,
            List<String> measuresAndRisks,
            DocumentTable measures,
            DocumentTable risks,
            String matrixCorner,
            List<RiskMatrix.Row> riskMatrix,
            List<String> nonPriced,
            DocumentTable followUp,
            String map,
            DocumentTable measurementSchedule,
            List<String> reporting,
            String chartsAsOf,
            List<Chart> charts) {}

    record ClassGroup(String name, DocumentTable benefits) {}

    record Chart(String heading, String drawing) {}

    byte[] pdf(Plan plan, PlanVersion version, PlanSnapshot content) {
        return renderer.pdf("plan", variables(plan, version, content), LocaleContextHolder.getLocale());
    }

    String xhtml(Plan plan, PlanVersion version, PlanSnapshot content) {
        return renderer.xhtml("plan", variables(plan, version, content), LocaleContextHolder.getLocale());
    }

    /**
     * The plan's model, and (issue 19) its maturity summary, the evidence for its benefits, its processes and its
     * configuration decisions, as the content holds them.
     */
    private Map<String, Object> variables(Plan plan, PlanVersion version, PlanSnapshot content) {
        Map<String, Object> variables =
                new java.util.HashMap<>(changeParts.of(content, LocaleContextHolder.getLocale()));
        variables.put("doc", model(plan, version, content));
        return variables;
    }

    Model model(Plan plan, PlanVersion version, PlanSnapshot content) {
        DocumentWriter w =
                new DocumentWriter(messages, LocaleContextHolder.getLocale(), "plan.doc.none", "plan.doc.notWritten");
        PlanSections sections = content.sections();
        String versionLine = w.word("plan.doc.version", version.number(), w.word("plan.status." + version.status()));
        return new Model(
                plan.title(),
                versionLine + " · " + content.programme(),
                meta(w, version, content, versionLine, readers(w, plan)),
                w.paragraphs(sections.background()),
                w.paragraphs(sections.goalsAndProducts()),
                programmes.objectives(plan.programme()).stream()
                        .map(Objective::description)
                        .toList(),
                w.paragraphs(sections.responsibilities()),
                w.tableOf(
                        List.of("plan.field.benefit", "plan.field.owner", "plan.field.responsible"),
                        content.benefits(),
                        b -> List.of(
                                b.code() + " " + b.title() + PlanTables.shared(w, b),
                                PlanTables.nz(b.owner()),
                                PlanTables.nz(b.responsible()))),
                PlanTables.benefitClasses(w, content),
                content.netPresentValue() == null
                        ? null
                        : w.word("plan.doc.npv.case", w.money(content.netPresentValue())),
                w.paragraphs(sections.measuresAndRisks()),
                PlanTables.measures(w, content),
                PlanTables.risks(w, content),
                w.word("plan.field.impact") + " \\ " + w.word("plan.field.probability"),
                RiskMatrix.of(content.risks()),
                w.paragraphs(sections.nonPricedFollowUp()),
                PlanTables.followUp(w, content),
                map(plan),
                PlanTables.measurementSchedule(w, content),
                w.paragraphs(sections.reportingSchedule()),
                DATE.format(NorwegianTime.today()),
                charts(w, content));
    }

    private static List<String> meta(
            DocumentWriter w, PlanVersion version, PlanSnapshot content, String versionLine, String readers) {
        List<String> meta = new ArrayList<>();
        meta.add(content.programme() + (content.party() == null ? "" : " · " + content.party()));
        meta.add(w.word("plan.doc.readers", readers));
        meta.add(versionLine);
        meta.add(
                version.approval() != null
                        ? w.word(
                                "plan.doc.approved",
                                version.approval().onBehalfOf(),
                                DATE.format(version.approval().decisionDate()),
                                version.approval().reference())
                        : w.word("plan.doc.liveContent", DATE.format(NorwegianTime.today())));
        if (!version.reason().isBlank()) {
            meta.add(w.word("plan.doc.reason", version.reason()));
        }
        return meta;
    }

    /** Who reads the plan, from the programme's records (see {@link Readers#ofPlan}). */
    private String readers(DocumentWriter w, Plan plan) {
        Programme programme = programmes.find(plan.programme()).orElseThrow();
        return Readers.ofPlan(
                w,
                programme,
                Optional.ofNullable(programme.coFinancier()).flatMap(organisations::find),
                organisations.find(programme.owner()));
    }

    private String map(Plan plan) {
        NetworkView view = plan.party() == null
                ? NetworkView.WHOLE
                : new NetworkView(NetworkView.Kind.PARTY, plan.party().toString());
        DocumentWriter drawing =
                new DocumentWriter(messages, LocaleContextHolder.getLocale(), "plan.doc.none", "plan.doc.notWritten");
        return drawing.largeDrawing(networks.svg(plan.programme(), view), SMALLEST_MAP_SCALE, "document.part")
                .markup();
    }

    private List<Chart> charts(DocumentWriter w, PlanSnapshot content) {
        List<Chart> charts = new ArrayList<>();
        for (PlanSnapshot.BenefitEntry b : content.benefits()) {
            for (PlanSnapshot.IndicatorEntry i : b.indicators()) {
                var indicatorView = indicators.view(IndicatorId.of(i.id()), NorwegianTime.today());
                String chart = indicatorCharts.svg(indicatorView, i.name(), b.code() + " " + b.title(), w.locale());
                DocumentWriter drawing = new DocumentWriter(messages, w.locale(), "plan.doc.none", "plan.doc.none");
                charts.add(new Chart(
                        b.code() + " · " + i.name(), drawing.svg(chart, 0.85).markup()));
            }
        }
        return charts;
    }
}
