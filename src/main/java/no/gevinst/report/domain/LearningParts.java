package no.gevinst.report.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.gevinst.evidence.Evidence;
import no.gevinst.evidence.EvidenceRegister;
import no.gevinst.maturity.MaturityRounds;
import no.gevinst.maturity.MaturitySummary;
import no.gevinst.maturity.ResultCell;
import no.gevinst.maturity.ResultRow;
import no.gevinst.maturity.Results;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.DocumentTable;
import no.gevinst.shared.DocumentWriter;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.ReaderFormats;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The parts of the plan and the annual status on change and learning (issue 19): how mature the organisations
 * were in the latest closed assessment round of each (dimension means, pooled as the results are, never for fewer
 * than five respondents), and the evaluations that show how much of the programme's benefits it caused (design,
 * result, effect size with its confidence interval). {@code templates/documents/learning.html} lays them out.
 */
@Component
class LearningParts {

    private final MaturityRounds maturity;
    private final EvidenceRegister evidence;
    private final MessageSource messages;

    LearningParts(MaturityRounds maturity, EvidenceRegister evidence, MessageSource messages) {
        this.maturity = maturity;
        this.evidence = evidence;
        this.messages = messages;
    }

    /** One closed round's part of the summary: what it was and when, and its rows. */
    record Round(String heading, String note, DocumentTable table) {}

    /**
     * @param maturityRule how the results are pooled, said once
     * @param rounds the latest closed round of each unit, the latest first; empty when none is closed
     * @param evidence the evaluations of the benefits; empty when there is none
     */
    record Model(String maturityRule, List<Round> rounds, DocumentTable evidence) {}

    /**
     * The parts for the programme's plan or status.
     *
     * @param benefits the benefits the document covers, by id, with the code it names them by
     */
    Model of(ProgrammeId programme, Map<BenefitId, String> benefits, Locale locale) {
        DocumentWriter w = new DocumentWriter(messages, locale, "plan.doc.none", "plan.doc.notWritten");
        List<Round> rounds =
                maturity.latestResults(programme).stream().map(s -> round(s, w)).toList();
        List<Evidence> studies = evidence.forBenefits(programme, benefits.keySet());
        return new Model(
                w.word("maturity.results.rule", String.valueOf(Results.THRESHOLD)),
                rounds,
                evidenceTable(studies, benefits, w));
    }

    /** The benefits a plan's content covers, by id, with the code the document names them by. */
    static Map<BenefitId, String> codes(no.gevinst.plan.PlanSnapshot content) {
        Map<BenefitId, String> codes = new java.util.LinkedHashMap<>();
        content.benefits().forEach(b -> codes.put(BenefitId.of(b.id()), b.code()));
        return codes;
    }

    private static Round round(MaturitySummary s, DocumentWriter w) {
        List<String> headings = new ArrayList<>(List.of("maturity.results.unit", "maturity.results.respondents"));
        s.dimensions().forEach(d -> headings.add("maturity.dimension." + d));
        String note = w.word(
                "maturity.pdf.period",
                ReaderFormats.date(s.round().opensOn(), w.locale()),
                ReaderFormats.date(s.round().closesOn(), w.locale()));
        if (s.withheldGroups() > 0) {
            note += " " + w.word("learning.doc.withheld", String.valueOf(s.withheldGroups()));
        }
        return new Round(
                demoMarked(s.round().name(), s.round().demo(), w),
                note,
                w.tableOf(headings, s.rows(), row -> cells(row, w)));
    }

    /** The round's name, marked as demo unless its name says so already (the demo's rounds do). */
    private static String demoMarked(String name, boolean demo, DocumentWriter w) {
        String mark = "(" + w.word("learning.doc.demo") + ")";
        return demo && !name.contains(mark) ? name + " " + mark : name;
    }

    private static List<String> cells(ResultRow row, DocumentWriter w) {
        List<String> cells = new ArrayList<>();
        cells.add(
                row.pooled()
                        ? w.word("maturity.results.pooled", row.name(), String.join(", ", row.pooledFrom()))
                        : row.name());
        cells.add(String.valueOf(row.respondents()));
        for (ResultCell c : row.cells()) {
            cells.add(
                    c.mean() == null ? "–" : decimal(c.mean(), w) + " (" + w.word("maturity.level." + c.level()) + ")");
        }
        return cells;
    }

    private static DocumentTable evidenceTable(
            List<Evidence> studies, Map<BenefitId, String> benefits, DocumentWriter w) {
        return w.tableOf(
                List.of(
                        "evidence.field.title",
                        "evidence.field.benefits",
                        "evidence.field.design",
                        "evidence.field.result",
                        "evidence.field.effectSize"),
                studies,
                e -> List.of(
                        e.title() + " (" + w.word("evidence.kind." + e.kind()) + ")",
                        codes(e.benefits(), benefits),
                        blank(e.design()) ? "–" : e.design(),
                        blank(e.result()) ? w.word("evidence.resultPending") : e.result(),
                        effect(e, w)));
    }

    private static String codes(Collection<BenefitId> linked, Map<BenefitId, String> benefits) {
        return String.join(
                ", ",
                linked.stream().filter(benefits::containsKey).map(benefits::get).toList());
    }

    /** "−1,5 dager (95 % KI −2,1 til −0,9)", the effect as the study gives it, or a dash when it has none yet. */
    private static String effect(Evidence e, DocumentWriter w) {
        if (e.effectSize() == null) {
            return "–";
        }
        String unit = blank(e.effectUnit()) ? "" : " " + e.effectUnit();
        String effect = w.number(e.effectSize()) + unit;
        if (e.ciLow() == null || e.ciHigh() == null) {
            return effect;
        }
        return effect + " ("
                + w.word("learning.doc.interval", w.word("evidence.ci"), w.number(e.ciLow()), w.number(e.ciHigh()))
                + ")";
    }

    private static String decimal(BigDecimal value, DocumentWriter w) {
        String text = value.setScale(1, RoundingMode.HALF_UP).toPlainString();
        return "en".equals(w.locale().getLanguage()) ? text : text.replace('.', ',');
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
