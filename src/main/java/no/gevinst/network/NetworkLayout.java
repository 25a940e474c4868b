package no.gevinst.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
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
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays a network out with Eclipse ELK's layered algorithm, left to right in the method's columns (enablers, enabling
 * changes, business changes, benefits, objectives, drivers): where each box stands and where each link runs.
 *
 * @param nodes each node's top left corner, by id
 * @param edges one polyline per link, in the links' order: x, y, x, y, … (empty when ELK drew none)
 */
public record NetworkLayout(double width, double height, Map<String, double[]> nodes, List<double[]> edges) {

    /** Room between two columns: enough for a lag label ("+3 mnd · 40 %") to stand on a link between them. */
    static final double BETWEEN_COLUMNS = 96;

    static final double BETWEEN_BOXES = 20;

    static {
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }

    /** Every box as wide as {@code width}, each as tall as its text needs. */
    static NetworkLayout of(Network network, double width, ToDoubleFunction<NetworkNode> height) {
        ElkNode root = layeredGraph();
        Map<String, ElkNode> elk = placedNodes(root, network, width, height);
        network.links().forEach(link -> ElkGraphUtil.createSimpleEdge(elk.get(link.from()), elk.get(link.to())));
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
        Map<String, double[]> positions = new HashMap<>();
        elk.forEach((id, n) -> positions.put(id, new double[] {n.getX(), n.getY()}));
        List<double[]> edges = new ArrayList<>();
        // The first section of each edge (layered edges have one), in the order the links were added.
        root.getContainedEdges()
                .forEach(edge -> edges.add(
                        edge.getSections().isEmpty()
                                ? new double[0]
                                : points(edge.getSections().getFirst())));
        return new NetworkLayout(root.getWidth(), root.getHeight(), positions, edges);
    }

    /** The layered layout's settings: columns by kind, left to right, tuned for large maps. */
    private static ElkNode layeredGraph() {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        // Each kind keeps its column: the interactive layering puts nodes whose x ranges overlap in one layer, so
        // every node is placed at its column's x before the layout. A link within a column (a benefit leading to
        // another) pushes its target one layer on.
        root.setProperty(LayeredOptions.LAYERING_STRATEGY, LayeringStrategy.INTERACTIVE);
        // One drawing, not one per connected part: a lone objective still stands in the objectives' column.
        root.setProperty(CoreOptions.SEPARATE_CONNECTED_COMPONENTS, false);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, BETWEEN_BOXES);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, BETWEEN_COLUMNS);
        // Few crossings at a cost that grows gently: one sweep pass per layer pair and no greedy switching, which
        // on large maps costs far more than it gains.
        root.setProperty(LayeredOptions.THOROUGHNESS, 1);
        root.setProperty(LayeredOptions.CROSSING_MINIMIZATION_GREEDY_SWITCH_TYPE, GreedySwitchType.OFF);
        // Straight segments between layers: orthogonal routing of thousands of long links costs more than it shows.
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
        // One balanced alignment instead of computing four and choosing among them.
        root.setProperty(LayeredOptions.NODE_PLACEMENT_BK_FIXED_ALIGNMENT, FixedAlignment.BALANCED);
        return root;
    }

    /** One node per network node, each at its kind's column before the layout. */
    private static Map<String, ElkNode> placedNodes(
            ElkNode root, Network network, double width, ToDoubleFunction<NetworkNode> height) {
        Map<String, ElkNode> elk = new HashMap<>();
        int row = 0;
        for (NetworkNode node : network.nodes()) {
            ElkNode n = ElkGraphUtil.createNode(root);
            n.setIdentifier(node.id());
            double tall = height.applyAsDouble(node);
            n.setDimensions(width, tall);
            n.setLocation(node.kind().layer() * (width + BETWEEN_COLUMNS), row++ * tall);
            elk.put(node.id(), n);
        }
        return elk;
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
}
