package no.gevinst.portfolio.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.gevinst.portfolio.FlowMatrix;
import no.gevinst.portfolio.FlowMatrix.Flow;
import no.gevinst.portfolio.FlowMatrix.Party;
import no.gevinst.shared.OrganisationId;

/**
 * The geometry of the flow drawing: investing organisations as bars on the left, benefiting ones on the right, and
 * a band for each flow whose thickness is proportional to its kroner. Flows of zero kroner (unpriced benefits) are
 * in the table only. Labels sit at least {@link #GAP} apart, so that two lines of text never overlap.
 */
public record FlowDrawing(int width, int height, List<Node> nodes, List<Band> bands) {

    static final int WIDTH = 800;
    static final int GAP = 36;
    static final double BANDS_HEIGHT = 240;
    static final double PADDING = 24;
    static final double LEFT_X = 250;
    static final double RIGHT_X = 538;
    static final double NODE_WIDTH = 12;

    /**
     * An organisation's bar with its name and sum.
     *
     * @param anchor the SVG text-anchor of its label: "end" on the left, "start" on the right
     */
    public record Node(
            double x,
            double y,
            double height,
            double labelX,
            double labelY,
            String anchor,
            String name,
            String amount) {}

    /** One flow as a closed SVG path. */
    public record Band(String path, boolean crossOrganisation, String label) {}

    static FlowDrawing of(FlowMatrix matrix) {
        List<Flow> drawn =
                matrix.flows().stream().filter(f -> f.nokPerYear().signum() > 0).toList();
        BigDecimal total = drawn.stream().map(Flow::nokPerYear).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.signum() == 0) {
            return new FlowDrawing(WIDTH, 0, List.of(), List.of());
        }
        double scale = BANDS_HEIGHT / total.doubleValue();
        List<Party> left = parties(matrix.investing(), drawn, true);
        List<Party> right = parties(matrix.benefiting(), drawn, false);
        int rows = Math.max(left.size(), right.size());
        int height = (int) Math.ceil(BANDS_HEIGHT + (rows - 1) * GAP + 2 * PADDING);

        List<Node> nodes = new ArrayList<>();
        Map<OrganisationId, Double> leftNext = stack(left, drawn, true, scale, nodes);
        Map<OrganisationId, Double> rightNext = stack(right, drawn, false, scale, nodes);
        List<Band> bands = new ArrayList<>();
        for (Party from : left) {
            for (Party to : right) {
                Flow f = drawn.stream()
                        .filter(x -> x.from().equals(from.id()) && x.to().equals(to.id()))
                        .findFirst()
                        .orElse(null);
                if (f == null) {
                    continue;
                }
                double thickness = f.nokPerYear().doubleValue() * scale;
                double y1 = leftNext.get(from.id());
                double y2 = rightNext.get(to.id());
                leftNext.put(from.id(), y1 + thickness);
                rightNext.put(to.id(), y2 + thickness);
                bands.add(new Band(
                        path(y1, y2, thickness),
                        f.crossOrganisation(),
                        from.name() + " → " + to.name() + ": " + kroner(f.nokPerYear())));
            }
        }
        return new FlowDrawing(WIDTH, height, nodes, bands);
    }

    /** Kroner rounded to whole kroner with Norwegian grouping, as everywhere else on the pages. */
    static String kroner(BigDecimal amount) {
        return String.format(
                                Locale.ROOT,
                                "%,d",
                                amount.setScale(0, RoundingMode.HALF_UP).longValueExact())
                        .replace(',', '\u00a0')
                + "\u00a0kr";
    }

    private static List<Party> parties(List<Party> all, List<Flow> drawn, boolean investing) {
        return all.stream()
                .filter(p -> drawn.stream().anyMatch(f -> (investing ? f.from() : f.to()).equals(p.id())))
                .toList();
    }

    /** Places the bars top to bottom; answers where each bar's first band starts. */
    private static Map<OrganisationId, Double> stack(
            List<Party> parties, List<Flow> drawn, boolean investing, double scale, List<Node> nodes) {
        Map<OrganisationId, Double> starts = new HashMap<>();
        double y = PADDING;
        for (Party p : parties) {
            BigDecimal sum = drawn.stream()
                    .filter(f -> (investing ? f.from() : f.to()).equals(p.id()))
                    .map(Flow::nokPerYear)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            double h = sum.doubleValue() * scale;
            double x = investing ? LEFT_X : RIGHT_X;
            double labelX = investing ? x - 8 : x + NODE_WIDTH + 8;
            nodes.add(new Node(
                    x,
                    round(y),
                    round(h),
                    labelX,
                    round(y + h / 2),
                    investing ? "end" : "start",
                    p.name(),
                    kroner(sum)));
            starts.put(p.id(), y);
            y += h + GAP;
        }
        return starts;
    }

    private static String path(double y1, double y2, double thickness) {
        double x1 = LEFT_X + NODE_WIDTH;
        double x2 = RIGHT_X;
        double mid = (x1 + x2) / 2;
        return String.format(
                Locale.ROOT,
                "M%.1f %.1f C%.1f %.1f %.1f %.1f %.1f %.1f L%.1f %.1f C%.1f %.1f %.1f %.1f %.1f %.1f Z",
                x1,
                y1,
                mid,
                y1,
                mid,
                y2,
                x2,
                y2,
                x2,
                y2 + thickness,
                mid,
                y2 + thickness,
                mid,
                y1 + thickness,
                x1,
                y1 + thickness);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
