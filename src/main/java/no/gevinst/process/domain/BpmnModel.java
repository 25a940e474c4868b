package no.gevinst.process.domain;

import java.util.List;
import no.gevinst.process.BpmnStep;

/**
 * What Gevinst reads from a checked BPMN 2.0 document: its steps in reading order, and the shapes and edges of its
 * diagram interchange (BPMN DI) part, from which the server draws the SVG.
 */
record BpmnModel(List<BpmnStep> steps, List<Shape> shapes, List<Edge> edges) {

    /** What a shape draws. */
    enum Figure {
        TASK,
        EVENT,
        END_EVENT,
        GATEWAY,
        POOL,
        LANE,
        OTHER
    }

    /**
     * A shape's bounds as BPMN DI gives them, with the name of the element it draws.
     *
     * @param type the element's local name ({@code userTask}, {@code intermediateCatchEvent}, ...)
     * @param definition an event's kind: {@code message} or {@code timer}, else blank
     */
    record Shape(
            String element,
            Figure figure,
            String name,
            double x,
            double y,
            double width,
            double height,
            String type,
            String definition) {}

    /**
     * A sequence or message flow's waypoints, with its name (a gateway's condition, mostly).
     *
     * @param label where BPMN DI places the name ({@code x, y, width, height}), or null when it does not say
     */
    record Edge(String element, String name, List<double[]> waypoints, boolean message, double[] label) {}
}
