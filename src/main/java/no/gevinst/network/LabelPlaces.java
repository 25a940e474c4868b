package no.gevinst.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds where a link's label ("+3 mnd · 40 %") can stand on its link without lying under a box: the first free point
 * walking back from the link's target, so that the label reads as belonging to the arrow it sits on. Labels already
 * placed are avoided too where the link allows. Boxes and labels are kept in a grid of cells, so that a map of
 * thousands of links asks only about the boxes near each point.
 */
final class LabelPlaces {

    /** Where the walk starts, back from the target's edge: past the arrowhead. */
    static final double FROM_TARGET = 12;

    private static final double STEP = 6;
    private static final int MOST_TRIES = 400;
    /** Clear room kept around boxes, so that a label never touches one. */
    private static final double MARGIN = 3;

    private static final double CELL = 100;

    /** A rectangle: its top left corner and its size. */
    record Rect(double x, double y, double width, double height) {

        boolean overlaps(Rect o, double margin) {
            return x < o.x + o.width + margin
                    && o.x < x + width + margin
                    && y < o.y + o.height + margin
                    && o.y < y + height + margin;
        }
    }

    private final Map<Long, List<Rect>> boxes = new HashMap<>();
    private final Map<Long, List<Rect>> labels = new HashMap<>();

    LabelPlaces(List<Rect> boxes) {
        boxes.forEach(b -> add(this.boxes, b));
    }

    /**
     * The place for a label of the size on the polyline (x, y, x, y, …, target last): centred on the first point,
     * walking back from the target, where it lies under no box and over no other label; failing that, under no box;
     * failing that (a link shorter than its label), the middle of the link's last segment.
     */
    Rect place(double[] polyline, double width, double height) {
        List<double[]> points = walk(polyline);
        Rect clearOfBoxes = null;
        for (double[] p : points) {
            Rect r = new Rect(p[0] - width / 2, p[1] - height / 2, width, height);
            if (hits(boxes, r, MARGIN)) {
                continue;
            }
            if (!hits(labels, r, 1)) {
                add(labels, r);
                return r;
            }
            if (clearOfBoxes == null) {
                clearOfBoxes = r;
            }
        }
        Rect chosen = clearOfBoxes != null ? clearOfBoxes : middleOfLast(polyline, width, height);
        add(labels, chosen);
        return chosen;
    }

    /** Points along the polyline every {@link #STEP}, from near its end back to its start. */
    private static List<double[]> walk(double[] p) {
        List<double[]> points = new ArrayList<>();
        double skip = FROM_TARGET;
        for (int i = p.length - 2; i >= 2 && points.size() < MOST_TRIES; i -= 2) {
            double x1 = p[i];
            double y1 = p[i + 1];
            double x0 = p[i - 2];
            double y0 = p[i - 1];
            double length = Math.hypot(x1 - x0, y1 - y0);
            double at = skip;
            for (; at <= length && points.size() < MOST_TRIES; at += STEP) {
                double t = at / length;
                points.add(new double[] {x1 + (x0 - x1) * t, y1 + (y0 - y1) * t});
            }
            skip = at - length;
        }
        return points;
    }

    private static Rect middleOfLast(double[] p, double width, double height) {
        int n = p.length;
        double x = (p[n - 4] + p[n - 2]) / 2;
        double y = (p[n - 3] + p[n - 1]) / 2;
        return new Rect(x - width / 2, y - height / 2, width, height);
    }

    private static boolean hits(Map<Long, List<Rect>> grid, Rect r, double margin) {
        for (long cell : cells(r, margin)) {
            for (Rect other : grid.getOrDefault(cell, List.of())) {
                if (other.overlaps(r, margin)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void add(Map<Long, List<Rect>> grid, Rect r) {
        for (long cell : cells(r, MARGIN)) {
            grid.computeIfAbsent(cell, k -> new ArrayList<>()).add(r);
        }
    }

    private static List<Long> cells(Rect r, double margin) {
        int x0 = (int) Math.floor((r.x() - margin) / CELL);
        int x1 = (int) Math.floor((r.x() + r.width() + margin) / CELL);
        int y0 = (int) Math.floor((r.y() - margin) / CELL);
        int y1 = (int) Math.floor((r.y() + r.height() + margin) / CELL);
        List<Long> cells = new ArrayList<>();
        for (int x = x0; x <= x1; x++) {
            for (int y = y0; y <= y1; y++) {
                cells.add(((long) x << 32) ^ (y & 0xffffffffL));
            }
        }
        return cells;
    }
}
