package no.gevinst.process.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.gevinst.process.BpmnStep;
import no.gevinst.process.domain.BpmnModel.Edge;
import no.gevinst.process.domain.BpmnModel.Figure;
import no.gevinst.process.domain.BpmnModel.Shape;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads steps, lanes and BPMN DI geometry from a checked {@code definitions} element. */
final class BpmnReader {

    static final int MAX_ELEMENTS = 2_000;

    /** The largest coordinate a shape may have; a diagram drawn further out is refused as out of bounds. */
    static final double MAX_COORDINATE = 100_000;

    static final String BPMNDI_NS = "http://www.omg.org/spec/BPMN/20100524/DI";
    static final String DC_NS = "http://www.omg.org/spec/DD/20100524/DC";
    static final String DI_NS = "http://www.omg.org/spec/DD/20100524/DI";

    static final Set<String> TASKS = Set.of(
            "task",
            "userTask",
            "serviceTask",
            "manualTask",
            "sendTask",
            "receiveTask",
            "scriptTask",
            "businessRuleTask",
            "callActivity",
            "subProcess");
    static final Set<String> EVENTS =
            Set.of("startEvent", "endEvent", "intermediateCatchEvent", "intermediateThrowEvent", "boundaryEvent");
    static final Set<String> GATEWAYS =
            Set.of("exclusiveGateway", "parallelGateway", "inclusiveGateway", "eventBasedGateway", "complexGateway");

    private BpmnReader() {}

    /** The model, or null when the document holds neither a process nor a collaboration. */
    static BpmnModel read(Element root) {
        if (all(root, BpmnParser.MODEL_NS, "process").isEmpty()
                && all(root, BpmnParser.MODEL_NS, "collaboration").isEmpty()) {
            return null;
        }
        Map<String, Element> byId = new HashMap<>();
        NodeList every = root.getElementsByTagNameNS(BpmnParser.MODEL_NS, "*");
        for (int i = 0; i < every.getLength() && byId.size() <= MAX_ELEMENTS * 4; i++) {
            Element e = (Element) every.item(i);
            if (!e.getAttribute("id").isEmpty()) {
                byId.put(e.getAttribute("id"), e);
            }
        }
        Map<String, String> lanes = lanes(root);
        List<Shape> shapes = shapes(root, byId);
        List<BpmnStep> steps = steps(every, lanes, shapes);
        return new BpmnModel(steps, shapes, edges(root, byId));
    }

    private static Map<String, String> lanes(Element root) {
        Map<String, String> laneOf = new HashMap<>();
        for (Element lane : all(root, BpmnParser.MODEL_NS, "lane")) {
            for (Element ref : all(lane, BpmnParser.MODEL_NS, "flowNodeRef")) {
                laneOf.putIfAbsent(
                        ref.getTextContent().strip(), lane.getAttribute("name").strip());
            }
        }
        return laneOf;
    }

    private static List<BpmnStep> steps(NodeList every, Map<String, String> lanes, List<Shape> shapes) {
        List<BpmnStep> steps = new ArrayList<>();
        for (int i = 0; i < every.getLength() && steps.size() <= MAX_ELEMENTS; i++) {
            Element e = (Element) every.item(i);
            String type = e.getLocalName();
            if (TASKS.contains(type) || EVENTS.contains(type) || GATEWAYS.contains(type)) {
                String id = e.getAttribute("id");
                steps.add(new BpmnStep(id, name(e), type, lanes.getOrDefault(id, "")));
            }
        }
        Map<String, Shape> shapeOf = new HashMap<>();
        shapes.forEach(s -> shapeOf.putIfAbsent(s.element(), s));
        List<BpmnStep> ordered = new ArrayList<>(steps);
        ordered.sort(Comparator.comparingDouble((BpmnStep s) -> position(shapeOf.get(s.id()), true))
                .thenComparingDouble(s -> position(shapeOf.get(s.id()), false)));
        return ordered;
    }

    /** Where a step lies, left to right and then top to bottom; steps without a shape come last, as written. */
    private static double position(Shape shape, boolean horizontal) {
        if (shape == null) {
            return Double.MAX_VALUE;
        }
        return horizontal ? shape.x() + shape.width() / 2 : shape.y();
    }

    private static List<Shape> shapes(Element root, Map<String, Element> byId) {
        List<Shape> shapes = new ArrayList<>();
        for (Element shape : all(root, BPMNDI_NS, "BPMNShape")) {
            List<Element> bounds = all(shape, DC_NS, "Bounds");
            Element element = byId.get(shape.getAttribute("bpmnElement"));
            if (bounds.isEmpty() || element == null || shapes.size() > MAX_ELEMENTS) {
                continue;
            }
            Element b = bounds.get(0);
            shapes.add(new Shape(
                    element.getAttribute("id"),
                    figure(element.getLocalName()),
                    name(element),
                    number(b, "x"),
                    number(b, "y"),
                    Math.abs(number(b, "width")),
                    Math.abs(number(b, "height")),
                    element.getLocalName(),
                    definition(element)));
        }
        return shapes;
    }

    /** An event's kind as the markers draw it: message or timer (the first definition it has), else blank. */
    private static String definition(Element event) {
        for (String kind : List.of("message", "timer")) {
            if (!all(event, BpmnParser.MODEL_NS, kind + "EventDefinition").isEmpty()) {
                return kind;
            }
        }
        return "";
    }

    /** The bounds of an edge's BPMNLabel, or null when it has none. */
    private static double[] label(Element edge) {
        for (Element label : all(edge, BPMNDI_NS, "BPMNLabel")) {
            for (Element b : all(label, DC_NS, "Bounds")) {
                return new double[] {
                    number(b, "x"), number(b, "y"), Math.abs(number(b, "width")), Math.abs(number(b, "height"))
                };
            }
        }
        return null;
    }

    private static List<Edge> edges(Element root, Map<String, Element> byId) {
        List<Edge> edges = new ArrayList<>();
        for (Element edge : all(root, BPMNDI_NS, "BPMNEdge")) {
            Element element = byId.get(edge.getAttribute("bpmnElement"));
            List<double[]> points = new ArrayList<>();
            for (Element w : all(edge, DI_NS, "waypoint")) {
                points.add(new double[] {number(w, "x"), number(w, "y")});
            }
            if (element == null || points.size() < 2 || edges.size() > MAX_ELEMENTS) {
                continue;
            }
            edges.add(new Edge(
                    element.getAttribute("id"),
                    name(element),
                    List.copyOf(points.subList(0, Math.min(points.size(), 50))),
                    "messageFlow".equals(element.getLocalName()),
                    label(edge)));
        }
        return edges;
    }

    static Figure figure(String type) {
        if (TASKS.contains(type)) {
            return Figure.TASK;
        }
        if ("endEvent".equals(type)) {
            return Figure.END_EVENT;
        }
        if (EVENTS.contains(type)) {
            return Figure.EVENT;
        }
        if (GATEWAYS.contains(type)) {
            return Figure.GATEWAY;
        }
        return switch (type) {
            case "participant" -> Figure.POOL;
            case "lane" -> Figure.LANE;
            default -> Figure.OTHER;
        };
    }

    private static String name(Element e) {
        String name = e.getAttribute("name").strip().replaceAll("\\s+", " ");
        return name.length() > 300 ? name.substring(0, 300) : name;
    }

    /** A coordinate; anything that is not a finite number within bounds counts as 0. */
    private static double number(Element e, String attribute) {
        try {
            double value = Double.parseDouble(e.getAttribute(attribute).strip());
            return Double.isFinite(value) && Math.abs(value) <= MAX_COORDINATE ? value : 0;
        } catch (NumberFormatException ex) {
            return 0;
        }
    }

    private static List<Element> all(Element within, String namespace, String localName) {
        NodeList list = within.getElementsByTagNameNS(namespace, localName);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            found.add((Element) list.item(i));
        }
        return found;
    }
}
