package no.gevinst.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.ReaderFormats;

/**
 * The geometry of a benefit map: a box per node, where the layout put it, with its label wrapped to the box; a
 * polyline per link; and each link's lag and share on a free point of the link, never under a box. Its markup is the
 * template {@code network/drawing.html}, which {@link NetworkDrawings} renders for the page, the SVG download and
 * the printed documents alike. Numbers are written as the SVG wants them (a dot, one decimal).
 *
 * @param width the drawing's width with its margin, as its viewBox and width say
 * @param height the drawing's height with its margin
 */
public record NetworkDrawing(
        String width, String height, String title, List<Box> boxes, List<Edge> edges, List<EdgeLabel> labels) {

    /** Room around the laid-out map. */
    static final double MARGIN = 10;

    static final double EDGE_LABEL_SIZE = 11.5;
    private static final double EDGE_LABEL_LEAD = 14;
    private static final double EDGE_LABEL_PAD_X = 4;
    private static final double EDGE_LABEL_PAD_Y = 3;

    /**
     * A node's box.
     *
     * @param id the node's id, as the link form's choices name it
     * @param label the node's label in full
     * @param kind the kind in lower case, for the box's class
     * @param href where its record is read
     * @param name everything the box says, in full: its accessible name and its tooltip
     * @param lines the label's lines, then the details' lines, at their places
     */
    public record Box(
            String id,
            String label,
            String kind,
            String href,
            String name,
            String x,
            String y,
            String width,
            String height,
            String fill,
            boolean disbenefit,
            String stripe,
            List<Text> lines) {}

    /** A line of text; a detail is set smaller and greyer than a label. */
    public record Text(String x, String y, String size, String text, boolean detail) {}

    /** A link as drawn: its points, dashed when it mitigates a dis-benefit. */
    private static final Locale NORWEGIAN = Locale.forLanguageTag("nb-NO");

    public record Edge(String points, boolean dashed) {}

    /** A link's lag and share on a white ground where the link has room for it. */
    public record EdgeLabel(String x, String y, String width, String height, List<Text> lines) {}

    /**
     * The drawing of the network. The words for kinds, states and months come from the message bundle of the
     * reader's language, by key (network.kind.*, network.state.*, network.months).
     */
    public static NetworkDrawing of(
            Network network, String title, ProgrammeId programme, Function<String, String> words) {
        return of(network, title, programme, words, NORWEGIAN);
    }

    /** As {@link #of(Network, String, ProgrammeId, Function)}, with shares written as the reader writes numbers. */
    public static NetworkDrawing of(
            Network network, String title, ProgrammeId programme, Function<String, String> words, Locale reader) {
        Map<String, NodeBox> texts = new HashMap<>();
        network.nodes().forEach(n -> texts.put(n.id(), NodeBox.of(n, words)));
        NetworkLayout layout =
                NetworkLayout.of(network, NodeBox.WIDTH, n -> texts.get(n.id()).height());
        List<Box> boxes = new ArrayList<>();
        List<LabelPlaces.Rect> taken = new ArrayList<>();
        for (NetworkNode node : network.nodes()) {
            double[] at = layout.nodes().get(node.id());
            NodeBox text = texts.get(node.id());
            taken.add(new LabelPlaces.Rect(at[0], at[1], NodeBox.WIDTH, text.height()));
            boxes.add(box(node, text, at[0] + MARGIN, at[1] + MARGIN, programme));
        }
        List<Edge> edges = new ArrayList<>();
        List<EdgeLabel> labels = new ArrayList<>();
        LabelPlaces places = new LabelPlaces(taken);
        String months = words.apply("network.months");
        for (int i = 0; i < network.links().size(); i++) {
            NetworkLink link = network.links().get(i);
            double[] p = layout.edges().get(i);
            if (p.length < 4) {
                continue;
            }
            edges.add(new Edge(points(p), link.kind() == NetworkLink.Kind.MITIGATES));
            List<String> said = linkLabel(link, months, reader);
            if (!said.isEmpty()) {
                labels.add(edgeLabel(said, p, places));
            }
        }
        return new NetworkDrawing(
                fmt(layout.width() + 2 * MARGIN), fmt(layout.height() + 2 * MARGIN), title, boxes, edges, labels);
    }

    private static Box box(NetworkNode node, NodeBox text, double x, double y, ProgrammeId programme) {
        List<Text> lines = new ArrayList<>();
        List<Double> baselines = text.baselines();
        int line = 0;
        for (String l : text.label()) {
            lines.add(new Text(
                    fmt(x + NodeBox.TEXT_LEFT), fmt(y + baselines.get(line++)), fmt(NodeBox.LABEL_SIZE), l, false));
        }
        for (String d : text.details()) {
            lines.add(new Text(
                    fmt(x + NodeBox.TEXT_LEFT), fmt(y + baselines.get(line++)), fmt(NodeBox.DETAIL_SIZE), d, true));
        }
        return new Box(
                node.id(),
                node.label(),
                node.kind().name().toLowerCase(Locale.ROOT),
                recordPath(programme, node),
                text.name(),
                fmt(x),
                fmt(y),
                fmt(NodeBox.WIDTH),
                fmt(text.height()),
                NodeBox.fill(node.kind()),
                node.kind() == NodeKind.DISBENEFIT,
                NodeBox.stateColour(node),
                lines);
    }

    /**
     * The lag and the share on one line when that fits between two columns, else one above the other, placed by
     * {@link LabelPlaces} on the link's polyline (in layout coordinates; drawn shifted by the margin).
     */
    private static EdgeLabel edgeLabel(List<String> said, double[] polyline, LabelPlaces places) {
        String oneLine = String.join(" · ", said);
        List<String> lines =
                BoxText.width(oneLine, EDGE_LABEL_SIZE) + 2 * EDGE_LABEL_PAD_X <= NetworkLayout.BETWEEN_COLUMNS - 8
                        ? List.of(oneLine)
                        : said;
        double width = lines.stream()
                        .mapToDouble(l -> BoxText.width(l, EDGE_LABEL_SIZE))
                        .max()
                        .orElse(0)
                + 2 * EDGE_LABEL_PAD_X;
        double height = lines.size() * EDGE_LABEL_LEAD + 2 * EDGE_LABEL_PAD_Y;
        LabelPlaces.Rect r = places.place(polyline, width, height);
        double x = r.x() + MARGIN;
        double y = r.y() + MARGIN;
        List<Text> texts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            // Baselines sit a little below each line's middle: Inter's capitals are about 0.73 em tall.
            double baseline = y + EDGE_LABEL_PAD_Y + i * EDGE_LABEL_LEAD + EDGE_LABEL_LEAD / 2 + EDGE_LABEL_SIZE * 0.36;
            texts.add(new Text(fmt(x + r.width() / 2), fmt(baseline), fmt(EDGE_LABEL_SIZE), lines.get(i), true));
        }
        return new EdgeLabel(fmt(x), fmt(y), fmt(r.width()), fmt(r.height()), texts);
    }

    static List<String> linkLabel(NetworkLink link, String months, Locale reader) {
        List<String> parts = new ArrayList<>();
        if (link.lagMonths() > 0) {
            parts.add("+" + link.lagMonths() + " " + months);
        }
        if (link.share() != null) {
            parts.add(ReaderFormats.number(link.share(), reader) + " %");
        }
        return parts;
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

    private static String points(double[] p) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < p.length; i += 2) {
            points.append(i == 0 ? "" : " ")
                    .append(fmt(p[i] + MARGIN))
                    .append(',')
                    .append(fmt(p[i + 1] + MARGIN));
        }
        return points.toString();
    }

    static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
