package no.gevinst.process.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.gevinst.process.BpmnStep;
import no.gevinst.process.domain.BpmnModel.Edge;
import no.gevinst.process.domain.BpmnModel.Figure;
import no.gevinst.process.domain.BpmnModel.Shape;

/**
 * A BPMN diagram's geometry in SVG coordinates, for the template {@code process/diagram.html}: BPMN DI's bounds and
 * waypoints moved so the drawing starts at the margin, with labels wrapped into lines. A document without DI gets its
 * steps set out in rows, in reading order. Every number and text is the server's own, taken from the checked model.
 */
record DiagramDrawing(
        int width,
        int height,
        String title,
        String description,
        List<DiagramBox> containers,
        List<DiagramBox> boxes,
        List<Line> edges) {

    static final int MARGIN = 20;

    record Text(int x, int y, String text, boolean vertical) {

        Text(int x, int y, String text) {
            this(x, y, text, false);
        }

        /** A vertical label is turned a quarter to the left about its point, as BPMN writes a pool's name. */
        public String transform() {
            return vertical ? "rotate(-90 " + x + " " + y + ")" : null;
        }
    }

    /** A flow's line; {@code labels} are its name's lines, placed at its BPMNLabel or else at its middle. */
    record Line(String points, boolean dashed, List<Text> labels) {}

    static DiagramDrawing of(BpmnModel model, String title, String description) {
        List<Shape> shapes = model.shapes().isEmpty() ? rows(model.steps()) : model.shapes();
        double minX = shapes.stream().mapToDouble(Shape::x).min().orElse(0);
        double minY = shapes.stream().mapToDouble(Shape::y).min().orElse(0);
        double maxX = shapes.stream().mapToDouble(s -> s.x() + s.width()).max().orElse(200);
        double maxY = shapes.stream().mapToDouble(s -> s.y() + s.height()).max().orElse(100);
        for (Edge e : model.edges()) {
            for (double[] p : e.waypoints()) {
                minX = Math.min(minX, p[0]);
                minY = Math.min(minY, p[1]);
                maxX = Math.max(maxX, p[0]);
                maxY = Math.max(maxY, p[1]);
            }
            if (e.label() != null) {
                minX = Math.min(minX, e.label()[0]);
                minY = Math.min(minY, e.label()[1]);
                maxX = Math.max(maxX, e.label()[0] + e.label()[2]);
                maxY = Math.max(maxY, e.label()[1] + e.label()[3]);
            }
        }
        int dx = (int) Math.round(MARGIN - minX);
        int dy = (int) Math.round(MARGIN - minY);
        List<DiagramBox> containers = new ArrayList<>();
        List<DiagramBox> boxes = new ArrayList<>();
        for (Shape s : shapes) {
            DiagramBox box = box(s, dx, dy);
            (s.figure() == Figure.POOL || s.figure() == Figure.LANE ? containers : boxes).add(box);
        }
        List<Line> edges = model.edges().stream()
                .map(e -> new Line(points(e.waypoints(), dx, dy), e.message(), edgeLabel(e, dx, dy)))
                .toList();
        int width = (int) Math.ceil(maxX - minX) + 2 * MARGIN + 40;
        int height = (int) Math.ceil(maxY - minY) + 2 * MARGIN + 30;
        return new DiagramDrawing(width, height, title, description, containers, boxes, edges);
    }

    private static DiagramBox box(Shape s, int dx, int dy) {
        int x = (int) Math.round(s.x()) + dx;
        int y = (int) Math.round(s.y()) + dy;
        int w = Math.max(1, (int) Math.round(s.width()));
        int h = Math.max(1, (int) Math.round(s.height()));
        String diamond = (x + w / 2) + "," + y + " " + (x + w) + "," + (y + h / 2) + " " + (x + w / 2) + "," + (y + h)
                + " " + x + "," + (y + h / 2);
        return new DiagramBox(s.figure(), x, y, w, h, diamond, label(s, x, y, w, h), s.type(), s.definition());
    }

    /** A flow's name: centred in its BPMNLabel's bounds, or just above the middle of its line when it has none. */
    private static List<Text> edgeLabel(Edge e, int dx, int dy) {
        if (e.name().isEmpty()) {
            return List.of();
        }
        double[] at = e.label();
        if (at != null) {
            int cx = (int) Math.round(at[0] + at[2] / 2) + dx;
            int cy = (int) Math.round(at[1] + at[3] / 2) + dy;
            return centred(wrap(e.name(), Math.max(8, (int) (at[2] / 6)), 3), cx, cy);
        }
        double[] middle = middle(e.waypoints());
        return centred(wrap(e.name(), 20, 3), (int) Math.round(middle[0]) + dx, (int) Math.round(middle[1]) + dy - 8);
    }

    /** The point halfway along the line through the waypoints. */
    static double[] middle(List<double[]> points) {
        double total = 0;
        for (int i = 1; i < points.size(); i++) {
            total += Math.hypot(points.get(i)[0] - points.get(i - 1)[0], points.get(i)[1] - points.get(i - 1)[1]);
        }
        double left = total / 2;
        for (int i = 1; i < points.size(); i++) {
            double[] a = points.get(i - 1);
            double[] b = points.get(i);
            double length = Math.hypot(b[0] - a[0], b[1] - a[1]);
            if (length > 0 && left <= length) {
                return new double[] {a[0] + (b[0] - a[0]) * left / length, a[1] + (b[1] - a[1]) * left / length};
            }
            left -= length;
        }
        return points.getFirst();
    }

    /** A task's label inside it; an event's or gateway's below it; a lane's at its top left; a pool's up its left band. */
    private static List<Text> label(Shape s, int x, int y, int w, int h) {
        if (s.name().isEmpty()) {
            return List.of();
        }
        return switch (s.figure()) {
            case TASK, OTHER -> centred(wrap(s.name(), Math.max(6, w / 7), 4), x + w / 2, y + h / 2);
            case EVENT, END_EVENT, GATEWAY -> centred(wrap(s.name(), 18, 3), x + w / 2, y + h + 22);
            // A pool's name stands upright in its band on the left, so its first lane's name at the top is free.
            case POOL -> List.of(new Text(x + 18, y + h / 2, s.name(), true));
            case LANE -> List.of(new Text(x + 6, y + 16, s.name()));
        };
    }

    private static List<Text> centred(List<String> lines, int cx, int cy) {
        List<Text> texts = new ArrayList<>();
        int top = cy - (lines.size() - 1) * 7 + 4;
        for (int i = 0; i < lines.size(); i++) {
            texts.add(new Text(cx, top + i * 14, lines.get(i)));
        }
        return texts;
    }

    static List<String> wrap(String text, int perLine, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > perLine) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        if (lines.size() > maxLines) {
            List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
            kept.set(maxLines - 1, kept.get(maxLines - 1) + "…");
            return kept;
        }
        return lines;
    }

    private static String points(List<double[]> waypoints, int dx, int dy) {
        List<String> parts = new ArrayList<>();
        for (double[] p : waypoints) {
            parts.add(String.format(Locale.ROOT, "%d,%d", Math.round(p[0]) + dx, Math.round(p[1]) + dy));
        }
        return String.join(" ", parts);
    }

    /** Steps without DI, set out six to a row in reading order. */
    private static List<Shape> rows(List<BpmnStep> steps) {
        List<Shape> shapes = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            BpmnStep step = steps.get(i);
            Figure figure = BpmnReader.figure(step.type());
            int size = figure == Figure.TASK ? 0 : figure == Figure.GATEWAY ? 50 : 36;
            double x = (i % 6) * 160.0 + (size == 0 ? 0 : (100 - size) / 2.0);
            double y = (i / 6) * 140.0 + (size == 0 ? 0 : (80 - size) / 2.0);
            shapes.add(new Shape(
                    step.id(),
                    figure,
                    step.name(),
                    x,
                    y,
                    size == 0 ? 100 : size,
                    size == 0 ? 80 : size,
                    step.type(),
                    ""));
        }
        return shapes;
    }
}
