package no.gevinst.decision.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import no.gevinst.decision.BoardDecision;
import no.gevinst.shared.DocumentTable;
import no.gevinst.shared.DocumentTemplates;
import no.gevinst.shared.DocumentWriter;
import no.gevinst.shared.NorwegianTime;
import no.gevinst.shared.ReaderFormats;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;

/**
 * The appendix as a printed document, laid out by {@code templates/documents/decision-appendix.html}: PDF/UA and
 * PDF/A like every document Gevinst prints.
 */
@Component
class AppendixPdf {

    private final MessageSource messages;
    private final ITemplateEngine templates;

    AppendixPdf(MessageSource messages, ITemplateEngine templates) {
        this.messages = messages;
        this.templates = templates;
    }

    /** What the template lays out, in the reader's language and typeset. */
    record Model(
            String title,
            String subject,
            List<String> meta,
            String intro,
            DocumentTable economic,
            List<ClassBenefits> benefits,
            DocumentTable kpis,
            List<String> summary) {}

    /** The benefits behind one benefit class's kroner. */
    record ClassBenefits(String heading, DocumentTable table) {}

    byte[] write(Appendix appendix) {
        Locale locale = LocaleContextHolder.getLocale();
        return DocumentTemplates.pdf(templates, "decision-appendix", Map.of("doc", model(appendix, locale)), locale);
    }

    Model model(Appendix a, Locale locale) {
        DocumentWriter w = new DocumentWriter(messages, locale, "decision.appendix.none", "decision.appendix.none");
        BoardDecision d = a.decision();
        return new Model(
                w.word("decision.appendix.title", String.valueOf(a.year()), a.organisation()),
                a.programmeCode() + " – " + a.programmeName(),
                meta(w, a, locale),
                w.word("decision.appendix.intro", d.decidingBody(), a.organisation(), String.valueOf(a.year())),
                economic(w, a),
                a.economic().stream()
                        .map(e -> new ClassBenefits(
                                w.word("benefit.class." + e.benefitClass()),
                                w.tableOf(
                                        List.of(
                                                "decision.appendix.benefit",
                                                "decision.appendix.share",
                                                "decision.appendix.owner",
                                                "decision.appendix.responsible",
                                                "decision.appendix.deadline"),
                                        e.benefits(),
                                        b -> List.of(
                                                b.code() + " " + b.title(),
                                                w.number(b.share()) + "\u00A0%",
                                                b.owner(),
                                                b.responsible(),
                                                date(b.deadline(), locale)))))
                        .toList(),
                kpis(w, a, locale),
                w.paragraphs(d.summary()));
    }

    private static List<String> meta(DocumentWriter w, Appendix a, Locale locale) {
        BoardDecision d = a.decision();
        List<String> lines = new ArrayList<>();
        lines.add(w.word("decision.appendix.programme", a.programmeCode() + " – " + a.programmeName()));
        lines.add(w.word(
                "decision.appendix.decision",
                String.valueOf(d.number()),
                d.decidingBody(),
                date(d.decidedOn(), locale),
                d.caseNumber()));
        if (!d.documentReference().isBlank()) {
            lines.add(w.word("decision.appendix.reference", d.documentReference()));
        }
        lines.add(
                d.inForce()
                        ? w.word("decision.appendix.inForce")
                        : w.word("decision.appendix.supersededBy", String.valueOf(d.supersededBy())));
        lines.add(w.word("decision.appendix.written", date(NorwegianTime.today(), locale)));
        return lines;
    }

    private static DocumentTable economic(DocumentWriter w, Appendix a) {
        List<List<String>> rows = new ArrayList<>();
        a.economic().forEach(e -> rows.add(List.of(w.word("benefit.class." + e.benefitClass()), w.money(e.nok()))));
        if (!rows.isEmpty()) {
            rows.add(List.of(w.word("decision.appendix.total", String.valueOf(a.year())), w.money(a.economicTotal())));
        }
        return w.tableOf(List.of("decision.field.benefitClass", "decision.appendix.kroner"), rows, Function.identity());
    }

    private static DocumentTable kpis(DocumentWriter w, Appendix a, Locale locale) {
        return w.tableOf(
                List.of(
                        "decision.appendix.indicator",
                        "decision.appendix.benefit",
                        "decision.field.targetValue",
                        "decision.field.due",
                        "decision.appendix.owner",
                        "decision.appendix.measuredBy"),
                a.kpis(),
                k -> List.of(
                        k.indicator(),
                        k.benefit(),
                        w.number(k.targetValue()) + (k.unit().isBlank() ? "" : " " + k.unit()),
                        date(k.due(), locale),
                        k.owner(),
                        k.measuredBy()));
    }

    private static String date(LocalDate date, Locale locale) {
        return date == null ? "–" : ReaderFormats.date(date, locale);
    }
}
