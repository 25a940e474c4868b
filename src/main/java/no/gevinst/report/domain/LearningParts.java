package no.gevinst.report.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.gevinst.maturity.Results;
import no.gevinst.plan.ChangeRecords;
import no.gevinst.shared.DocumentTable;
import no.gevinst.shared.DocumentWriter;
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

    private final MessageSource messages;

    LearningParts(MessageSource messages) {
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

    /** The parts for a plan's or a status' records, as frozen at approval or read now. */
    Model of(ChangeRecords records, Locale locale) {
        DocumentWriter w = new DocumentWriter(messages, locale, "plan.doc.none", "plan.doc.notWritten");
        List<Round> rounds = records.maturity().stream().map(s -> round(s, w)).toList();
        return new Model(
                w.word("maturity.results.rule", String.valueOf(Results.THRESHOLD)),
                rounds,
                evidenceTable(records.evidence(), w));
    }

    private static Round round(ChangeRecords.MaturityRound s, DocumentWriter w) {
        List<String> headings = new ArrayList<>(List.of("maturity.results.unit", "maturity.results.respondents"));
        s.dimensions().forEach(d -> headings.add("maturity.dimension." + d));
        String note = w.word(
                "maturity.pdf.period",
                ReaderFormats.date(s.opensOn(), w.locale()),
                ReaderFormats.date(s.closesOn(), w.locale()));
        if (s.withheldGroups() > 0) {
            note += " " + w.word("learning.doc.withheld", String.valueOf(s.withheldGroups()));
        }
        return new Round(demoMarked(s.name(), s.demo(), w), note, w.tableOf(headings, s.rows(), row -> cells(row, w)));
    }

    /** The round's name, marked as demo unless its name says so already (the demo's rounds do). */
    private static String demoMarked(String name, boolean demo, DocumentWriter w) {
        String mark = "(" + w.word("learning.doc.demo") + ")";
        return demo && !name.contains(mark) ? name + " " + mark : name;
    }

    private static List<String> cells(ChangeRecords.MaturityRow row, DocumentWriter w) {
        List<String> cells = new ArrayList<>();
        cells.add(
                row.pooled()
                        ? w.word("maturity.results.pooled", row.name(), String.join(", ", row.pooledFrom()))
                        : row.name());
        cells.add(String.valueOf(row.respondents()));
        for (ChangeRecords.MaturityCell c : row.cells()) {
            cells.add(
                    c.mean() == null ? "–" : decimal(c.mean(), w) + " (" + w.word("maturity.level." + c.level()) + ")");
        }
        return cells;
    }

    private static DocumentTable evidenceTable(List<ChangeRecords.EvidenceEntry> studies, DocumentWriter w) {
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
                        String.join(", ", e.benefits()),
                        blank(e.design()) ? "–" : e.design(),
                        blank(e.result()) ? w.word("evidence.resultPending") : e.result(),
                        effect(e, w)));
    }

    /** "−1,5 dager (95 % KI −2,1 til −0,9)", the effect as the study gives it, or a dash when it has none yet. */
    private static String effect(ChangeRecords.EvidenceEntry e, DocumentWriter w) {
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
