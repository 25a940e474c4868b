package no.gevinst.process.domain;

import java.util.Optional;
import no.gevinst.audit.AuditLog;
import no.gevinst.audit.AuditScope;
import no.gevinst.process.Diagram;
import no.gevinst.process.DiagramPhase;
import no.gevinst.process.Process;
import no.gevinst.shared.VersionConflictException;
import org.springframework.stereotype.Component;

/** A process's diagrams: checked, drawn on the server, stored with their version and audited. */
@Component
class Diagrams {

    static final String ENTITY = "process-diagram";

    private final DiagramRepository repository;
    private final DiagramRenderer renderer;
    private final AuditLog auditLog;

    Diagrams(DiagramRepository repository, DiagramRenderer renderer, AuditLog auditLog) {
        this.repository = repository;
        this.renderer = renderer;
        this.auditLog = auditLog;
    }

    Optional<Diagram> find(Process process, DiagramPhase phase) {
        return repository.find(process.id(), phase).map(Diagrams::diagram);
    }

    static Diagram diagram(DiagramRepository.Stored s) {
        return new Diagram(
                s.process(),
                s.phase(),
                s.xml(),
                s.svg(),
                BpmnParser.parse(s.xml(), "bpmn").steps(),
                s.version());
    }

    Diagram save(Process process, DiagramPhase phase, String xml, long expectedVersion, String field) {
        BpmnModel model = BpmnParser.parse(xml, field);
        Optional<DiagramRepository.Stored> before = repository.find(process.id(), phase);
        long current = before.map(DiagramRepository.Stored::version).orElse(0L);
        if (current != expectedVersion) {
            throw new VersionConflictException(ENTITY, process.id() + "/" + phase, expectedVersion, current);
        }
        String svg = renderer.svg(model, process.name(), phase);
        if (!repository.save(process.id(), phase, xml, svg, expectedVersion)) {
            throw new VersionConflictException(ENTITY, process.id() + "/" + phase, expectedVersion, current + 1);
        }
        Diagram after = new Diagram(process.id(), phase, xml, svg, model.steps(), expectedVersion + 1);
        auditLog.record(
                AuditScope.of(process.programme()),
                ENTITY,
                process.id() + "/" + phase,
                before.isEmpty() ? "create" : "update",
                before.map(b -> new Summary(b.version(), b.xml().length())).orElse(null),
                new Summary(after.version(), xml.length()));
        return after;
    }

    /** What the audit keeps of a diagram: its version and size, not the whole document. */
    record Summary(long version, int characters) {}
}
