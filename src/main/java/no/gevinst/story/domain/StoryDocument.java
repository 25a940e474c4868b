package no.gevinst.story.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.gevinst.benefit.Benefit;
import no.gevinst.shared.DocumentTemplates;
import no.gevinst.shared.DocumentWriter;
import no.gevinst.shared.ReaderFormats;
import no.gevinst.story.FrozenIndicator;
import no.gevinst.story.Picture;
import no.gevinst.story.Story;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;

/**
 * A story on one page, laid out by {@code templates/documents/story.html} (PDF/UA and PDF/A like every document
 * Gevinst prints): its text, its picture with the writer's text alternative, and each indicator's frozen chart with
 * the figures it states.
 */
@Component
class StoryDocument {

    private final MessageSource messages;
    private final ITemplateEngine templates;
    private final StoryFigures figures;

    StoryDocument(MessageSource messages, ITemplateEngine templates, StoryFigures figures) {
        this.messages = messages;
        this.templates = templates;
        this.figures = figures;
    }

    /** What the template lays out. */
    record Model(
            String title,
            String subject,
            List<String> meta,
            List<String> text,
            String picture,
            String pictureAlt,
            List<Chart> charts) {}

    /** One frozen indicator: its heading, its drawing and its figures in words. */
    record Chart(String heading, String drawing, String figures) {}

    byte[] pdf(Story story, Benefit benefit, Picture picture, Locale locale) {
        DocumentWriter w = new DocumentWriter(messages, locale, "story.none", "story.none");
        List<String> meta = new ArrayList<>();
        meta.add(w.word("story.pdf.benefit", benefit.code() + " " + benefit.title()));
        if (!story.people().isBlank()) {
            meta.add(w.word("story.field.people") + ": " + story.people());
        }
        if (!story.units().isBlank()) {
            meta.add(w.word("story.field.units") + ": " + story.units());
        }
        meta.add(
                story.approved()
                        ? w.word(
                                "story.pdf.approved",
                                ReaderFormats.date(story.figures().asOf(), locale))
                        : w.word("story.pdf.draft"));
        List<Chart> charts = new ArrayList<>();
        if (story.figures() != null) {
            for (FrozenIndicator f : story.figures().indicators()) {
                String svg = figures.svg(story.benefit(), f, f.name(), story.title(), locale);
                DocumentWriter drawing = new DocumentWriter(messages, locale, "story.none", "story.none");
                charts.add(new Chart(f.name(), drawing.svg(svg, 0.7).markup(), figures(f, w)));
            }
        }
        Model model = new Model(
                story.title(),
                benefit.code() + " " + benefit.title(),
                meta,
                w.paragraphs(story.text()),
                picture == null
                        ? null
                        : "data:image/png;base64," + Base64.getEncoder().encodeToString(picture.png()),
                picture == null ? null : picture.alt(),
                charts);
        return DocumentTemplates.pdf(templates, "story", Map.of("doc", model), locale);
    }

    static String figures(FrozenIndicator f, DocumentWriter w) {
        return w.word(
                "story.figures",
                number(f.latest(), f.unit()),
                number(f.baseline(), f.unit()),
                number(f.target(), f.unit()));
    }

    private static String number(BigDecimal value, String unit) {
        if (value == null) {
            return "–";
        }
        String text = value.stripTrailingZeros().toPlainString().replace('.', ',');
        return unit == null || unit.isBlank() ? text : text + " " + unit;
    }
}
