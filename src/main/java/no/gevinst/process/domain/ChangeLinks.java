package no.gevinst.process.domain;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.gevinst.audit.AuditLog;
import no.gevinst.audit.AuditScope;
import no.gevinst.network.ElementId;
import no.gevinst.network.NetworkElement;
import no.gevinst.network.Networks;
import no.gevinst.process.BpmnStep;
import no.gevinst.process.ChangeLink;
import no.gevinst.process.Diagram;
import no.gevinst.process.Process;
import no.gevinst.shared.Ids;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.NotFoundException;
import org.springframework.stereotype.Component;

/** Which changes of the benefit map change a process, and which of its steps: checked against both, audited. */
@Component
class ChangeLinks {

    static final String ENTITY = "process-change";

    private final ChangeLinkRepository repository;
    private final Networks networks;
    private final AuditLog auditLog;

    ChangeLinks(ChangeLinkRepository repository, Networks networks, AuditLog auditLog) {
        this.repository = repository;
        this.networks = networks;
        this.auditLog = auditLog;
    }

    ChangeLink link(Process process, String elementText, List<String> stepTexts, List<Diagram> diagrams) {
        UUID element = change(process, elementText);
        Set<String> known = new HashSet<>();
        diagrams.forEach(d -> d.steps().stream().map(BpmnStep::id).forEach(known::add));
        Set<String> steps = new LinkedHashSet<>();
        for (String text : stepTexts == null ? List.<String>of() : stepTexts) {
            String step = text == null ? "" : text.strip();
            if (step.isEmpty()) {
                continue;
            }
            if (!known.contains(step)) {
                throw InvalidInputException.of("steps", "process.change.step.invalid");
            }
            steps.add(step);
        }
        ChangeLink link = new ChangeLink(process.id(), element, List.copyOf(steps));
        repository.put(link);
        auditLog.record(AuditScope.of(process.programme()), ENTITY, process.id() + "/" + element, "link", null, link);
        return link;
    }

    void unlink(Process process, String elementText) {
        UUID element = Ids.parse(elementText, u -> u)
                .orElseThrow(() -> InvalidInputException.of("element", "process.change.invalid"));
        if (!repository.remove(process.id(), element)) {
            throw new NotFoundException(ENTITY, process.id() + "/" + element);
        }
        auditLog.record(AuditScope.of(process.programme()), ENTITY, process.id() + "/" + element, "unlink", null, null);
    }

    /** The element's id when it is a change of the process's programme; else the field is named. */
    private UUID change(Process process, String text) {
        Optional<UUID> id = Ids.parse(text, u -> u);
        if (id.isEmpty()) {
            throw InvalidInputException.of("element", "process.change.invalid");
        }
        try {
            NetworkElement element = networks.element(process.programme(), new ElementId(id.get()));
            if (!element.kind().isChange()) {
                throw InvalidInputException.of("element", "process.change.invalid");
            }
        } catch (NotFoundException e) {
            throw InvalidInputException.of("element", "process.change.invalid");
        }
        return id.get();
    }
}
