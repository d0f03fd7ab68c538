package org.kconfigexplorer.app.ui.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.math.ElkPadding;
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
 * Lays a {@link DependencyGraph} out with Eclipse ELK's layered algorithm (left to right,
 * orthogonal edges) into plain coordinates: boxes and edge polylines. Box sizes follow from the
 * text they hold at the given font size (a monospaced font is assumed, as the views and the SVG
 * export use one), so the result can be drawn or exported without a scene graph. Pure.
 */
public final class GraphLayout {

    /** Average advance of a monospaced glyph, in em. */
    static final double CHAR_WIDTH_EM = 0.62;
    /** Room for the box's border (thicker on the centre symbol). */
    static final double BORDER = 8;
    static final double LINE_HEIGHT_EM = 1.35;
    static final double PADDING_EM = 0.6;

    private GraphLayout() {
    }

    public record Point(double x, double y) { }

    public record PlacedNode(DependencyGraph.Node node, double x, double y, double width, double height) {

        public double centerX() {
            return x + width / 2;
        }

        public double centerY() {
            return y + height / 2;
        }

        public boolean contains(double px, double py) {
            return px >= x && px <= x + width && py >= y && py <= y + height;
        }
    }

    /** An edge as a polyline: start, bend points, end (the end touches the target box). */
    public record PlacedEdge(DependencyGraph.Edge edge, List<Point> points) {

        public PlacedEdge {
            points = List.copyOf(points);
        }

        /**
         * Where the mark of an edge that does not hold goes: the middle of its last segment,
         * just before the arrowhead, so it is clear which edge it belongs to. Null without points.
         */
        public Point markPoint() {
            if (points.isEmpty()) {
                return null;
            }
            Point end = points.get(points.size() - 1);
            Point before = points.size() < 2 ? end : points.get(points.size() - 2);
            return new Point((before.x() + end.x()) / 2, (before.y() + end.y()) / 2);
        }
    }

    /** The laid-out graph, in pixels at {@code fontSize}. */
    public record Result(DependencyGraph graph, List<PlacedNode> nodes, List<PlacedEdge> edges, double width,
                         double height, double fontSize) {

        public Result {
            nodes = List.copyOf(nodes);
            edges = List.copyOf(edges);
        }

        public PlacedNode node(String name) {
            for (PlacedNode n : nodes) {
                if (n.node().name().equals(name)) {
                    return n;
                }
            }
            return null;
        }
    }

    /** The box size for a node's two lines at {@code fontSize}. */
    static double[] boxSize(DependencyGraph.Node node, double fontSize) {
        int chars = Math.max(node.title().length(), node.subtitle().length());
        double width = Math.ceil(chars * CHAR_WIDTH_EM * fontSize + 2 * PADDING_EM * fontSize + BORDER);
        double height = Math.ceil(2 * LINE_HEIGHT_EM * fontSize + 2 * PADDING_EM * fontSize + BORDER);
        return new double[] {width, height};
    }

    /** Runs ELK layered on the graph. */
    public static Result layout(DependencyGraph graph, double fontSize) {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, fontSize * 1.2);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, fontSize * 3.5);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, fontSize * 1.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, fontSize * 0.6);
        root.setProperty(LayeredOptions.SPACING_EDGE_EDGE, fontSize * 0.6);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(fontSize * 1.5));
        root.setProperty(LayeredOptions.RANDOM_SEED, 1);

        Map<String, ElkNode> byName = new HashMap<>();
        for (DependencyGraph.Node n : graph.nodes()) {
            ElkNode e = ElkGraphUtil.createNode(root);
            e.setIdentifier(n.name());
            double[] size = boxSize(n, fontSize);
            e.setDimensions(size[0], size[1]);
            byName.put(n.name(), e);
        }
        List<ElkEdge> elkEdges = new ArrayList<>();
        for (DependencyGraph.Edge edge : graph.edges()) {
            elkEdges.add(ElkGraphUtil.createSimpleEdge(byName.get(edge.from()), byName.get(edge.to())));
        }

        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

        List<PlacedNode> nodes = new ArrayList<>();
        for (DependencyGraph.Node n : graph.nodes()) {
            ElkNode e = byName.get(n.name());
            nodes.add(new PlacedNode(n, e.getX(), e.getY(), e.getWidth(), e.getHeight()));
        }
        List<PlacedEdge> edges = new ArrayList<>();
        for (int i = 0; i < elkEdges.size(); i++) {
            List<Point> points = new ArrayList<>();
            for (ElkEdgeSection s : elkEdges.get(i).getSections()) {
                if (points.isEmpty()) {
                    points.add(new Point(s.getStartX(), s.getStartY()));
                }
                for (ElkBendPoint b : s.getBendPoints()) {
                    points.add(new Point(b.getX(), b.getY()));
                }
                points.add(new Point(s.getEndX(), s.getEndY()));
            }
            edges.add(new PlacedEdge(graph.edges().get(i), points));
        }
        return new Result(graph, nodes, edges, root.getWidth(), root.getHeight(), fontSize);
    }
}
