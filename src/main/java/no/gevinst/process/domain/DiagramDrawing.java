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
        List<Box> containers,
        List<Box> boxes,
        List<Line> edges) {

    static final int MARGIN = 20;

    /** A drawn shape; {@code lines} are its label's lines, already placed. */
    record Box(Figure figure, int x, int y, int w, int h, String points, List<Text> lines) {

        public int cx() {
            return x + w / 2;
        }

        public int cy() {
            return y + h / 2;
        }

        public int r() {
            return Math.min(w, h) / 2;
        }

        public boolean end() {
            return figure == Figure.END_EVENT;
        }

        public boolean event() {
            return figure == Figure.EVENT || figure == Figure.END_EVENT;
        }

        public boolean gateway() {
            return figure == Figure.GATEWAY;
        }
    }

    record Text(int x, int y, String text, boolean vertical) {

        Text(int x, int y, String text) {
            this(x, y, text, false);
        }

        /** A vertical label is turned a quarter to the left about its point, as BPMN writes a pool's name. */
        public String transform() {
            return vertical ? "rotate(-90 " + x + " " + y + ")" : null;
        }
    }

    record Line(String points, boolean dashed) {}

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
        }
        int dx = (int) Math.round(MARGIN - minX);
        int dy = (int) Math.round(MARGIN - minY);
        List<Box> containers = new ArrayList<>();
        List<Box> boxes = new ArrayList<>();
        for (Shape s : shapes) {
            Box box = box(s, dx, dy);
            (s.figure() == Figure.POOL || s.figure() == Figure.LANE ? containers : boxes).add(box);
        }
        List<Line> edges = model.edges().stream()
                .map(e -> new Line(points(e.waypoints(), dx, dy), e.message()))
                .toList();
        int width = (int) Math.ceil(maxX - minX) + 2 * MARGIN + 40;
        int height = (int) Math.ceil(maxY - minY) + 2 * MARGIN + 30;
        return new DiagramDrawing(width, height, title, description, containers, boxes, edges);
    }

    private static Box box(Shape s, int dx, int dy) {
        int x = (int) Math.round(s.x()) + dx;
        int y = (int) Math.round(s.y()) + dy;
        int w = Math.max(1, (int) Math.round(s.width()));
        int h = Math.max(1, (int) Math.round(s.height()));
        String diamond = (x + w / 2) + "," + y + " " + (x + w) + "," + (y + h / 2) + " " + (x + w / 2) + "," + (y + h)
                + " " + x + "," + (y + h / 2);
        return new Box(s.figure(), x, y, w, h, diamond, label(s, x, y, w, h));
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
            shapes.add(new Shape(step.id(), figure, step.name(), x, y, size == 0 ? 100 : size, size == 0 ? 80 : size));
        }
        return shapes;
    }
}
