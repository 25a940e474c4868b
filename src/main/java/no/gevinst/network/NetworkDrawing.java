package no.gevinst.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import no.gevinst.shared.ProgrammeId;
import org.eclipse.elk.alg.layered.options.FixedAlignment;
import org.eclipse.elk.alg.layered.options.GreedySwitchType;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.LayeringStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays a network out on the server with Eclipse ELK's layered algorithm, left to right in the method's columns
 * (enablers, enabling changes, business changes, benefits, objectives, drivers), and draws it as SVG.
 */
public final class NetworkDrawing {

    static final double NODE_WIDTH = 190;
    static final double NODE_HEIGHT = 56;
    private static final double COLUMN_STEP = NODE_WIDTH + 60;
    private static final String INK = "#1e2b3c";

    static {
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }

    private NetworkDrawing() {}

    /**
     * Lays out a small generated map once, so that the layout code is loaded and compiled before the first reader
     * asks for a large one: the first layout in a fresh JVM takes about three times as long as later ones.
     */
    public static void warmUp() {
        List<NetworkNode> nodes = new ArrayList<>();
        List<NetworkLink> links = new ArrayList<>();
        NodeKind[] kinds = {NodeKind.ENABLER, NodeKind.ENABLING_CHANGE, NodeKind.BUSINESS_CHANGE, NodeKind.BENEFIT};
        for (int i = 0; i < 400; i++) {
            nodes.add(new NetworkNode("n" + i, kinds[i % kinds.length], "n" + i, null, "", null, null));
            // Each node but the enablers is led to by the node before it and by one from the group before.
            if (i % kinds.length != 0) {
                links.add(new NetworkLink("n" + (i - 1), "n" + i, null, null, 0));
                if (i > kinds.length) {
                    links.add(new NetworkLink("n" + (i - 1 - kinds.length), "n" + i, null, null, 0));
                }
            }
        }
        Network network = new Network(nodes, links);
        svg(network, layout(network), "", new ProgrammeId(new java.util.UUID(0, 0)), key -> key);
    }

    /** Where each node and each link ends up. */
    public record Layout(double width, double height, Map<String, double[]> nodes, List<double[]> edges) {}

    public static Layout layout(Network network) {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        // Each kind keeps its column: the interactive layering puts nodes whose x ranges overlap in one layer, so
        // every node is placed at its column's x before the layout. A link within a column (a benefit leading to
        // another) pushes its target one layer on.
        root.setProperty(LayeredOptions.LAYERING_STRATEGY, LayeringStrategy.INTERACTIVE);
        // One drawing, not one per connected part: a lone objective still stands in the objectives' column.
        root.setProperty(CoreOptions.SEPARATE_CONNECTED_COMPONENTS, false);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, 24.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 60.0);
        // Few crossings at a cost that grows gently: one sweep pass per layer pair and no greedy switching, which
        // on large maps costs far more than it gains.
        root.setProperty(LayeredOptions.THOROUGHNESS, 1);
        root.setProperty(LayeredOptions.CROSSING_MINIMIZATION_GREEDY_SWITCH_TYPE, GreedySwitchType.OFF);
        // Straight segments between layers: orthogonal routing of thousands of long links costs more than it shows.
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
        // One balanced alignment instead of computing four and choosing among them.
        root.setProperty(LayeredOptions.NODE_PLACEMENT_BK_FIXED_ALIGNMENT, FixedAlignment.BALANCED);
        Map<String, ElkNode> elk = new HashMap<>();
        int row = 0;
        for (NetworkNode node : network.nodes()) {
            ElkNode n = ElkGraphUtil.createNode(root);
            n.setIdentifier(node.id());
            n.setDimensions(NODE_WIDTH, NODE_HEIGHT);
            n.setLocation(node.kind().layer() * COLUMN_STEP, row++ * NODE_HEIGHT);
            elk.put(node.id(), n);
        }
        for (NetworkLink link : network.links()) {
            ElkGraphUtil.createSimpleEdge(elk.get(link.from()), elk.get(link.to()));
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
        Map<String, double[]> positions = new HashMap<>();
        elk.forEach((id, n) -> positions.put(id, new double[] {n.getX(), n.getY()}));
        List<double[]> edges = new ArrayList<>();
        // One polyline per link, in the links' order: the first section of each edge (layered edges have one).
        for (ElkEdge edge : root.getContainedEdges()) {
            edges.add(
                    edge.getSections().isEmpty()
                            ? new double[0]
                            : points(edge.getSections().getFirst()));
        }
        return new Layout(root.getWidth(), root.getHeight(), positions, edges);
    }

    private static double[] points(ElkEdgeSection section) {
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
        return points;
    }

    /**
     * The drawing with its title; each node links to its record in the programme. The words for states and months
     * come from the message bundle of the reader's language, by key (network.state.*, network.months).
     */
    public static String svg(
            Network network, Layout layout, String title, ProgrammeId programme, Function<String, String> words) {
        return new Svg(network, layout, programme, words).draw(title);
    }

    /** Writes the SVG: links first so that boxes lie on top of them, then a box per node. */
    private static final class Svg {

        private final Network network;
        private final Layout layout;
        private final ProgrammeId programme;
        private final Function<String, String> words;
        private final StringBuilder out = new StringBuilder();

        Svg(Network network, Layout layout, ProgrammeId programme, Function<String, String> words) {
            this.network = network;
            this.layout = layout;
            this.programme = programme;
            this.words = words;
        }

        String draw(String title) {
            String width = fmt(layout.width() + 20);
            String height = fmt(layout.height() + 20);
            // A group, not an image: an image hides its children from assistive technology, and the boxes are links.
            // Drawn at its natural size: a small map stays readable and a large one scrolls in its pane.
            out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"network\" role=\"group\"")
                    .append(" aria-labelledby=\"network-title\" font-family=\"Inter, Arial, sans-serif\"")
                    .append(" viewBox=\"0 0 ")
                    .append(width)
                    .append(' ')
                    .append(height)
                    .append("\" width=\"")
                    .append(width)
                    .append("\" height=\"")
                    .append(height)
                    .append("\"><title id=\"network-title\">")
                    .append(escape(title))
                    .append("</title><defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\"")
                    .append(" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\">")
                    .append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"#374151\"/></marker></defs>")
                    .append("<g transform=\"translate(10,10)\">");
            int e = 0;
            for (NetworkLink link : network.links()) {
                link(link, layout.edges().get(e++));
            }
            network.nodes().forEach(this::node);
            return out.append("</g></svg>").toString();
        }

        private void link(NetworkLink link, double[] p) {
            if (p.length < 4) {
                return;
            }
            out.append("<polyline class=\"edge\" fill=\"none\" stroke=\"#374151\" stroke-width=\"1.2\"")
                    .append(" marker-end=\"url(#arrow)\"")
                    .append(link.kind() == NetworkLink.Kind.MITIGATES ? " stroke-dasharray=\"4 3\"" : "")
                    .append(" points=\"");
            for (int i = 0; i < p.length; i += 2) {
                out.append(fmt(p[i])).append(',').append(fmt(p[i + 1])).append(' ');
            }
            out.append("\"/>");
            String label = linkLabel(link, words.apply("network.months"));
            if (!label.isEmpty()) {
                text(label, (p[0] + p[p.length - 2]) / 2, (p[1] + p[p.length - 1]) / 2 - 4, 11, "");
            }
        }

        private void node(NetworkNode node) {
            double[] xy = layout.nodes().get(node.id());
            double x = xy[0];
            double y = xy[1];
            // The box opens the node's record; the full label names the link where the box shows it cut short.
            out.append("<a href=\"")
                    .append(escape(recordPath(programme, node)))
                    .append("\"><title>")
                    .append(escape(node.label()))
                    .append("</title><g class=\"node node--")
                    .append(node.kind().name().toLowerCase(Locale.ROOT))
                    .append("\" data-id=\"")
                    .append(escape(node.id()))
                    .append("\">");
            out.append("<rect x=\"")
                    .append(fmt(x))
                    .append("\" y=\"")
                    .append(fmt(y))
                    .append("\" width=\"")
                    .append(fmt(NODE_WIDTH))
                    .append("\" height=\"")
                    .append(fmt(NODE_HEIGHT))
                    .append("\" rx=\"6\" fill=\"")
                    .append(fill(node.kind()))
                    .append("\" stroke=\"")
                    .append(node.kind() == NodeKind.DISBENEFIT ? "#b3261e" : INK)
                    .append(
                            node.kind() == NodeKind.DISBENEFIT
                                    ? "\" stroke-width=\"2\" stroke-dasharray=\"6 3\""
                                    : "\"")
                    .append("/>");
            // A stripe in the colour of the node's state: traffic light for benefits, progress for elements.
            out.append("<rect class=\"state\" x=\"")
                    .append(fmt(x))
                    .append("\" y=\"")
                    .append(fmt(y))
                    .append("\" width=\"7\" height=\"")
                    .append(fmt(NODE_HEIGHT))
                    .append("\" fill=\"")
                    .append(stateColour(node))
                    .append("\"/>");
            String marker = node.kind() == NodeKind.DISBENEFIT ? "− " : "";
            text(marker + shorten(node.label(), 27), x + 12, y + 22, 12, "");
            text(secondLine(node, words), x + 12, y + 42, 11, " fill=\"#374151\"");
            out.append("</g></a>");
        }

        private void text(String text, double x, double y, int size, String extra) {
            if (text.isEmpty()) {
                return;
            }
            out.append("<text font-size=\"")
                    .append(size)
                    .append("\" x=\"")
                    .append(fmt(x))
                    .append("\" y=\"")
                    .append(fmt(y))
                    .append('"')
                    .append(extra)
                    .append('>')
                    .append(escape(text))
                    .append("</text>");
        }
    }

    /** Where the node's record is read: a benefit's profile, an objective on its programme, an element's page. */
    public static String recordPath(ProgrammeId programme, NetworkNode node) {
        if (node.kind().isBenefit()) {
            return "/benefits/" + node.id();
        }
        if (node.kind() == NodeKind.OBJECTIVE) {
            return "/programmes/" + programme + "#objective-" + node.id();
        }
        return "/programmes/" + programme + "/network/elements/" + node.id();
    }

    /** Owner's initials, the release, and the state in a word: what a reader of a printed map needs beside the name. */
    static String secondLine(NetworkNode node, Function<String, String> words) {
        List<String> parts = new ArrayList<>();
        if (node.owner() != null && !node.owner().isBlank()) {
            parts.add(initials(node.owner()));
        }
        if (!node.release().isBlank()) {
            parts.add(node.release());
        }
        stateKey(node).map(words).ifPresent(parts::add);
        return shorten(String.join(" · ", parts), 30);
    }

    private static String linkLabel(NetworkLink link, String months) {
        List<String> parts = new ArrayList<>();
        if (link.lagMonths() > 0) {
            parts.add("+" + link.lagMonths() + " " + months);
        }
        if (link.share() != null) {
            parts.add(link.share().stripTrailingZeros().toPlainString() + " %");
        }
        return String.join(" · ", parts);
    }

    /** The node's state as a message key: a benefit's traffic light, else whether an element is late or how far. */
    static Optional<String> stateKey(NetworkNode node) {
        if (node.rag() != null) {
            return Optional.of("network.state." + node.rag());
        }
        if (node.movedDate() != null
                && node.plannedDate() != null
                && node.movedDate().isAfter(node.plannedDate())) {
            return Optional.of("network.state.LATE");
        }
        return Optional.ofNullable(node.status())
                .filter(s -> List.of("IN_PROGRESS", "DONE", "CANCELLED").contains(s))
                .map(s -> "network.state." + s);
    }

    /** Traffic light or progress in colours that keep 3:1 contrast against the box, told in words too. */
    private static String stateColour(NetworkNode node) {
        return switch (stateKey(node).orElse("").replace("network.state.", "")) {
            case "GREEN", "DONE" -> "#1a7f37";
            case "AMBER", "LATE" -> "#b25e00";
            case "RED", "CANCELLED" -> "#b3261e";
            case "IN_PROGRESS" -> "#1f5fa8";
            default -> "#8a94a3";
        };
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
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
