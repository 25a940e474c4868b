package no.gevinst.network;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays a network out on the server with Eclipse ELK's layered algorithm, left to right in the method's layers
 * (each kind of node is a partition, so enablers stay left of changes and so on), and draws it as SVG.
 */
public final class NetworkDrawing {

    static final double NODE_WIDTH = 190;
    static final double NODE_HEIGHT = 56;

    static {
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }

    private NetworkDrawing() {}

    /** Where each node and each link ends up. */
    public record Layout(double width, double height, Map<String, double[]> nodes, List<double[]> edges) {}

    public static Layout layout(Network network) {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(CoreOptions.PARTITIONING_ACTIVATE, true);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, 24.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 60.0);
        // Few crossings at a cost that grows gently: one sweep pass per layer pair and no greedy switching, which
        // on large maps costs far more than it gains.
        root.setProperty(LayeredOptions.THOROUGHNESS, 1);
        root.setProperty(
                LayeredOptions.CROSSING_MINIMIZATION_GREEDY_SWITCH_TYPE,
                org.eclipse.elk.alg.layered.options.GreedySwitchType.OFF);
        root.setProperty(
                LayeredOptions.LAYERING_STRATEGY, org.eclipse.elk.alg.layered.options.LayeringStrategy.LONGEST_PATH);
        // Straight segments between layers: orthogonal routing of thousands of long links costs more than it shows.
        root.setProperty(CoreOptions.EDGE_ROUTING, org.eclipse.elk.core.options.EdgeRouting.POLYLINE);
        // One balanced alignment instead of computing four and choosing among them.
        root.setProperty(
                LayeredOptions.NODE_PLACEMENT_BK_FIXED_ALIGNMENT,
                org.eclipse.elk.alg.layered.options.FixedAlignment.BALANCED);
        Map<String, ElkNode> elk = new HashMap<>();
        for (NetworkNode node : network.nodes()) {
            ElkNode n = ElkGraphUtil.createNode(root);
            n.setIdentifier(node.id());
            n.setDimensions(NODE_WIDTH, NODE_HEIGHT);
            n.setProperty(CoreOptions.PARTITIONING_PARTITION, node.kind().layer());
            elk.put(node.id(), n);
        }
        for (NetworkLink link : network.links()) {
            ElkGraphUtil.createSimpleEdge(elk.get(link.from()), elk.get(link.to()));
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
        Map<String, double[]> positions = new HashMap<>();
        elk.forEach((id, n) -> positions.put(id, new double[] {n.getX(), n.getY()}));
        List<double[]> edges = new java.util.ArrayList<>();
        // One polyline per link, in the links' order: the first section of each edge (layered edges have one).
        for (ElkEdge edge : root.getContainedEdges()) {
            if (edge.getSections().isEmpty()) {
                edges.add(new double[0]);
                continue;
            }
            for (ElkEdgeSection section : List.of(edge.getSections().getFirst())) {
                double[] points = new double[4 + section.getBendPoints().size() * 2];
                points[0] = section.getStartX();
                points[1] = section.getStartY();
                int i = 2;
                for (ElkBendPoint bend : section.getBendPoints()) {
                    points[i++] = bend.getX();
                    points[i++] = bend.getY();
                }
                points[i++] = section.getEndX();
                points[i] = section.getEndY();
                edges.add(points);
            }
        }
        return new Layout(root.getWidth(), root.getHeight(), positions, edges);
    }

    /** The drawing: a rectangle and label per node, a line with an arrow per link, the lag written on lagged ones. */
    public static String svg(Network network, Layout layout, String title) {
        // A group, not an image: an image hides its children from assistive technology, and benefit boxes are links.
        StringBuilder svg = new StringBuilder();
        svg.append(
                        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"network\" role=\"group\" aria-labelledby=\"network-title\" viewBox=\"0 0 ")
                .append(fmt(layout.width() + 20))
                .append(' ')
                .append(fmt(layout.height() + 20))
                // Drawn at its natural size: a small map stays readable and a large one scrolls in its pane.
                .append("\" width=\"")
                .append(fmt(layout.width() + 20))
                .append("\" height=\"")
                .append(fmt(layout.height() + 20))
                .append("\">")
                .append("<title id=\"network-title\">")
                .append(escape(title))
                .append("</title>")
                .append(
                        "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\">")
                .append(
                        "<path d=\"M0,0 L10,5 L0,10 z\" fill=\"#374151\"/></marker></defs><g transform=\"translate(10,10)\">");
        int e = 0;
        for (NetworkLink link : network.links()) {
            double[] p = layout.edges().get(e++);
            if (p.length < 4) {
                continue;
            }
            svg.append(
                            "<polyline class=\"edge\" fill=\"none\" stroke=\"#374151\" stroke-width=\"1.2\" marker-end=\"url(#arrow)\"")
                    .append(link.kind() == NetworkLink.Kind.MITIGATES ? " stroke-dasharray=\"4 3\"" : "")
                    .append(" points=\"");
            for (int i = 0; i < p.length; i += 2) {
                svg.append(fmt(p[i])).append(',').append(fmt(p[i + 1])).append(' ');
            }
            svg.append("\"/>");
            if (link.lagMonths() > 0) {
                svg.append("<text font-size=\"11\" x=\"")
                        .append(fmt((p[0] + p[p.length - 2]) / 2))
                        .append("\" y=\"")
                        .append(fmt((p[1] + p[p.length - 1]) / 2 - 4))
                        .append("\">+")
                        .append(link.lagMonths())
                        .append(" mnd</text>");
            }
        }
        for (NetworkNode node : network.nodes()) {
            double[] xy = layout.nodes().get(node.id());
            // A benefit's box opens its profile; the full label is the link's name where the box shows it cut short.
            boolean opensRecord = node.kind().isBenefit();
            if (opensRecord) {
                svg.append("<a href=\"/benefits/")
                        .append(escape(node.id()))
                        .append("\"><title>")
                        .append(escape(node.label()))
                        .append("</title>");
            }
            svg.append("<g class=\"node node--")
                    .append(node.kind().name().toLowerCase(java.util.Locale.ROOT))
                    .append("\" data-id=\"")
                    .append(escape(node.id()))
                    .append("\"><rect x=\"")
                    .append(fmt(xy[0]))
                    .append("\" y=\"")
                    .append(fmt(xy[1]))
                    .append("\" width=\"")
                    .append(fmt(NODE_WIDTH))
                    .append("\" height=\"")
                    .append(fmt(NODE_HEIGHT))
                    .append("\" rx=\"6\" fill=\"")
                    .append(fill(node.kind()))
                    .append("\" stroke=\"#1e2b3c\"/><text font-size=\"12\" x=\"")
                    .append(fmt(xy[0] + 8))
                    .append("\" y=\"")
                    .append(fmt(xy[1] + 22))
                    .append("\">")
                    .append(escape(shorten(node.label(), 28)))
                    .append("</text>");
            if (node.owner() != null && !node.owner().isBlank()) {
                svg.append("<text font-size=\"11\" x=\"")
                        .append(fmt(xy[0] + 8))
                        .append("\" y=\"")
                        .append(fmt(xy[1] + 42))
                        .append("\">")
                        .append(escape(initials(node.owner())))
                        .append("</text>");
            }
            svg.append(opensRecord ? "</g></a>" : "</g>");
        }
        return svg.append("</g></svg>").toString();
    }

    private static String fill(NodeKind kind) {
        return switch (kind) {
            case ENABLER, PREREQUISITE -> "#e8f0fb";
            case ENABLING_CHANGE, BUSINESS_CHANGE -> "#eef7ee";
            case BENEFIT -> "#fff6da";
            case DISBENEFIT -> "#fde8e8";
            case OBJECTIVE, DRIVER -> "#f1ecf8";
        };
    }

    static String initials(String name) {
        StringBuilder initials = new StringBuilder();
        for (String part : name.strip().split("\\s+")) {
            if (!part.isEmpty()) {
                initials.append(Character.toUpperCase(part.charAt(0)));
            }
        }
        return initials.toString();
    }

    private static String shorten(String text, int max) {
        String t = text == null ? "" : text;
        return t.length() <= max ? t : t.substring(0, max - 1) + "…";
    }

    private static String fmt(double value) {
        return String.format(java.util.Locale.ROOT, "%.1f", value);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
