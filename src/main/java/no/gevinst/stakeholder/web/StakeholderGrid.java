package no.gevinst.stakeholder.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.gevinst.stakeholder.Quadrant;
import no.gevinst.stakeholder.Stakeholder;

/**
 * The interest × influence grid in SVG coordinates, for the template {@code stakeholder/grid.html}: interest runs
 * left to right, influence bottom to top, each from 1 to 5. The four quadrants carry their names as text; each
 * stakeholder is a numbered point whose number matches the table beside the grid, so nothing is told by colour alone.
 * Points on the same score are set side by side.
 */
record StakeholderGrid(int width, int height, List<Area> areas, List<Tick> ticks, List<Line> axes, List<Point> points) {

    /** A quadrant's rectangle and where its name is written. */
    record Area(Quadrant quadrant, int x, int y, int w, int h, int labelX, int labelY, String fill) {}

    /** A number along an axis. */
    record Tick(int x, int y, String text) {}

    record Line(int x1, int y1, int x2, int y2) {}

    /** A stakeholder's point, with the number that names it in the table. */
    record Point(int number, Stakeholder stakeholder, int x, int y) {}

    static final int LEFT = 60;
    static final int TOP = 20;
    static final int CELL = 80;
    static final int SIZE = 5 * CELL;
    static final int SPREAD = 22;

    static StakeholderGrid of(List<Stakeholder> stakeholders) {
        return new StakeholderGrid(
                LEFT + SIZE + 20, TOP + SIZE + 60, quadrantAreas(), scoreTicks(), axisLines(), points(stakeholders));
    }

    private static List<Area> quadrantAreas() {
        int low = (Quadrant.HIGH - 1) * CELL;
        int high = SIZE - low;
        int top = TOP;
        int middleY = TOP + high;
        int middleX = LEFT + low;
        return List.of(
                new Area(Quadrant.KEEP_SATISFIED, LEFT, top, low, high, LEFT + 6, top + 18, "#fef3c7"),
                new Area(Quadrant.MANAGE_CLOSELY, middleX, top, high, high, middleX + 6, top + 18, "#fee2e2"),
                new Area(Quadrant.MONITOR, LEFT, middleY, low, low, LEFT + 6, middleY + 18, "#f3f4f6"),
                new Area(Quadrant.KEEP_INFORMED, middleX, middleY, high, low, middleX + 6, middleY + 18, "#dbeafe"));
    }

    private static List<Tick> scoreTicks() {
        List<Tick> ticks = new ArrayList<>();
        for (int v = 1; v <= 5; v++) {
            ticks.add(new Tick(x(v), TOP + SIZE + 18, Integer.toString(v)));
            ticks.add(new Tick(LEFT - 10, y(v) + 4, Integer.toString(v)));
        }
        return ticks;
    }

    private static List<Line> axisLines() {
        return List.of(new Line(LEFT, TOP + SIZE, LEFT + SIZE, TOP + SIZE), new Line(LEFT, TOP, LEFT, TOP + SIZE));
    }

    private static List<Point> points(List<Stakeholder> stakeholders) {
        Map<Integer, List<Integer>> byCell = new LinkedHashMap<>();
        for (int i = 0; i < stakeholders.size(); i++) {
            Stakeholder s = stakeholders.get(i);
            byCell.computeIfAbsent(s.interest() * 10 + s.influence(), k -> new ArrayList<>())
                    .add(i);
        }
        List<Point> points = new ArrayList<>();
        for (List<Integer> cell : byCell.values()) {
            for (int k = 0; k < cell.size(); k++) {
                Stakeholder s = stakeholders.get(cell.get(k));
                int row = k / 3;
                int inRow = Math.min(3, cell.size() - row * 3);
                int dx = (int) Math.round((k % 3 - (inRow - 1) / 2.0) * SPREAD);
                points.add(new Point(cell.get(k) + 1, s, x(s.interest()) + dx, y(s.influence()) + row * SPREAD));
            }
        }
        points.sort((a, b) -> Integer.compare(a.number(), b.number()));
        return points;
    }

    /** The centre of an interest score's column. */
    static int x(int interest) {
        return LEFT + (interest - 1) * CELL + CELL / 2;
    }

    /** The centre of an influence score's row: higher is further up. */
    static int y(int influence) {
        return TOP + (5 - influence) * CELL + CELL / 2;
    }

    public int axisLabelY() {
        return TOP + SIZE + 44;
    }

    public int axisMiddle() {
        return LEFT + SIZE / 2;
    }

    public int influenceLabelX() {
        return 18;
    }

    public int influenceLabelY() {
        return TOP + SIZE / 2;
    }
}
