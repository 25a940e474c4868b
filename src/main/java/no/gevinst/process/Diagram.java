package no.gevinst.process;

import java.util.List;

/**
 * One of a process's diagrams: the BPMN 2.0 XML as it was checked, the SVG the server rendered from it, and its
 * steps in reading order. A process without the diagram yet has none (version 0 is what the first save names).
 */
public record Diagram(
        ProcessId process, DiagramPhase phase, String xml, String svg, List<BpmnStep> steps, long version) {

    public Diagram {
        steps = List.copyOf(steps);
    }
}
