package no.gevinst.report.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.gevinst.process.BpmnStep;
import no.gevinst.process.Diagram;
import no.gevinst.process.DiagramPhase;
import no.gevinst.process.ProcessDocument;
import no.gevinst.process.Processes;
import no.gevinst.shared.DocumentWriter;
import no.gevinst.shared.ProgrammeId;
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

    private final Processes processes;
    private final MessageSource messages;

    ProcessParts(Processes processes, MessageSource messages) {
        this.processes = processes;
        this.messages = messages;
    }

    /** One diagram: its heading, the drawing's markup (null when not drawn yet) and its steps in words. */
    record Drawing(String heading, String markup, String steps) {}

    /** One process: its name and kind, its owner, its description, and its two diagrams. */
    record Part(String name, String kind, String owner, String description, List<Drawing> drawings) {}

    List<Part> of(ProgrammeId programme, Locale locale) {
        return processes.documents(programme).stream().map(p -> part(p, locale)).toList();
    }

    private Part part(ProcessDocument p, Locale locale) {
        return new Part(
                p.process().name(),
                word("process.kind." + p.process().kind(), locale),
                p.ownerName(),
                p.process().description(),
                List.of(drawing(DiagramPhase.AS_IS, p.asIs(), locale), drawing(DiagramPhase.TO_BE, p.toBe(), locale)));
    }

    private Drawing drawing(DiagramPhase phase, Optional<Diagram> diagram, Locale locale) {
        String heading = word("process.phase." + phase, locale);
        if (diagram.isEmpty()) {
            return new Drawing(heading, null, word("process.diagram.none", locale));
        }
        DocumentWriter w = new DocumentWriter(messages, locale, "plan.doc.none", "plan.doc.notWritten");
        String steps = String.join(
                ", ",
                diagram.get().steps().stream()
                        .map(BpmnStep::name)
                        .filter(n -> n != null && !n.isBlank())
                        .toList());
        return new Drawing(
                heading,
                w.svg(diagram.get().svg(), LARGEST_SCALE).markup(),
                word("process.diagram.description", locale, steps));
    }

    private String word(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }
}
