package no.gevinst.process.domain;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import no.gevinst.process.BpmnStep;
import no.gevinst.process.DiagramPhase;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Draws a checked BPMN model as SVG on the server, from the template {@code process/diagram.html}. The SVG that
 * bpmn-js exports in the browser is never stored: re-rendering means the stored image holds only shapes and escaped
 * text the server made, so no script, event handler, foreign object or external reference can reach a reader.
 */
@Component
class DiagramRenderer {

    private static final TemplateSpec TEMPLATE = new TemplateSpec("process/diagram", TemplateMode.HTML);

    private final ITemplateEngine templates;
    private final MessageSource messages;

    DiagramRenderer(ITemplateEngine templates, MessageSource messages) {
        this.templates = templates;
        this.messages = messages;
    }

    String svg(BpmnModel model, String processName, DiagramPhase phase) {
        Locale locale = LocaleContextHolder.getLocale();
        String title = processName + " — " + messages.getMessage("process.phase." + phase.name(), null, locale);
        String steps = model.steps().stream()
                .map(BpmnStep::name)
                .filter(n -> !n.isEmpty())
                .collect(Collectors.joining("; "));
        String description = messages.getMessage("process.diagram.description", new Object[] {steps}, locale);
        DiagramDrawing drawing = DiagramDrawing.of(model, title, description);
        return templates
                .process(TEMPLATE, new Context(locale, Map.of("d", drawing)))
                .strip();
    }
}
