package no.gevinst.report.domain;

import java.util.List;
import java.util.Locale;
import no.gevinst.plan.ChangeRecords;
import no.gevinst.process.DiagramPhase;
import no.gevinst.shared.DocumentWriter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The processes part of the plan and the annual status (issue 19, seed 000 §2.3.2): each process of the programme
 * with its owner and both diagrams, as-is and to-be, as the server drew them from the BPMN, each followed by its steps
 * in words, which is also what a screen reader is given. {@code templates/documents/processes.html} lays it out.
 */
@Component
class ProcessParts {

    /** The widest a diagram is drawn, as a share of its own size: a small process is not blown up. */
    private static final double LARGEST_SCALE = 1.0;

    private final MessageSource messages;

    ProcessParts(MessageSource messages) {
        this.messages = messages;
    }

    /** One diagram: its heading, the drawing's markup (null when not drawn yet) and its steps in words. */
    record Drawing(String heading, String markup, String steps) {}

    /** One process: its name and kind, its owner, its description, and its two diagrams. */
    record Part(String name, String kind, String owner, String description, List<Drawing> drawings) {}

    /** The processes as frozen at approval or read now. */
    List<Part> of(List<ChangeRecords.ProcessEntry> processes, Locale locale) {
        return processes.stream().map(p -> part(p, locale)).toList();
    }

    private Part part(ChangeRecords.ProcessEntry p, Locale locale) {
        return new Part(
                p.name(),
                word("process.kind." + p.kind(), locale),
                p.owner(),
                p.description(),
                List.of(drawing(DiagramPhase.AS_IS, p.asIs(), locale), drawing(DiagramPhase.TO_BE, p.toBe(), locale)));
    }

    private Drawing drawing(DiagramPhase phase, ChangeRecords.DiagramEntry diagram, Locale locale) {
        String heading = word("process.phase." + phase, locale);
        if (diagram == null) {
            return new Drawing(heading, null, word("process.diagram.none", locale));
        }
        DocumentWriter w = new DocumentWriter(messages, locale, "plan.doc.none", "plan.doc.notWritten");
        String steps = String.join(", ", diagram.steps());
        return new Drawing(
                heading,
                w.svg(diagram.svg(), LARGEST_SCALE).markup(),
                word("process.diagram.description", locale, steps));
    }

    private String word(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }
}
