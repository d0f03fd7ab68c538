package org.kconfigexplorer.app.ui.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.kconfigexplorer.app.ui.graph.GraphLayout.PlacedNode;
import org.kconfigexplorer.app.ui.graph.GraphLayout.Point;

/**
 * Keyboard focus in a laid-out graph. The order is the layout's reading order: layer by layer
 * from left to right (the layers of a left-to-right layered layout are columns of boxes whose
 * horizontal extents overlap), each from top to bottom. Tab walks this order; the arrow keys
 * move within a column (up, down) or to the nearest box of the next column (left, right).
 * Pure: works on the layout's coordinates.
 */
public final class GraphFocus {

    /** An arrow key's direction. */
    public enum Direction { UP, DOWN, LEFT, RIGHT }

    private GraphFocus() {
    }

    /** The boxes in columns, left to right; each column top to bottom. */
    public static List<List<PlacedNode>> columns(GraphLayout.Result layout) {
        List<PlacedNode> byX = new ArrayList<>(layout.nodes());
        byX.sort(Comparator.comparingDouble(PlacedNode::x).thenComparingDouble(PlacedNode::y)
                .thenComparing(n -> n.node().name()));
        List<List<PlacedNode>> columns = new ArrayList<>();
        List<PlacedNode> column = null;
        double right = Double.NEGATIVE_INFINITY;
        for (PlacedNode n : byX) {
            if (column == null || n.x() >= right) {
                column = new ArrayList<>();
                columns.add(column);
                right = n.x() + n.width();
            } else {
                right = Math.max(right, n.x() + n.width());
            }
            column.add(n);
        }
        for (List<PlacedNode> c : columns) {
            c.sort(Comparator.comparingDouble(PlacedNode::y).thenComparingDouble(PlacedNode::x)
                    .thenComparing(n -> n.node().name()));
        }
        return columns;
    }

    /** Every symbol in focus order. */
    public static List<String> order(GraphLayout.Result layout) {
        List<String> names = new ArrayList<>();
        for (List<PlacedNode> c : columns(layout)) {
            for (PlacedNode n : c) {
                names.add(n.node().name());
            }
        }
        return names;
    }

    /** The symbol after {@code current} (the first when null or not shown); null after the last. */
    public static String next(GraphLayout.Result layout, String current) {
        List<String> order = order(layout);
        int i = current == null ? -1 : order.indexOf(current);
        return i + 1 < order.size() ? order.get(i + 1) : null;
    }

    /** The symbol before {@code current} (the last when null or not shown); null before the first. */
    public static String previous(GraphLayout.Result layout, String current) {
        List<String> order = order(layout);
        int i = current == null ? order.size() : order.indexOf(current);
        if (i < 0) {
            i = order.size();
        }
        return i - 1 >= 0 ? order.get(i - 1) : null;
    }

    /**
     * Where an arrow key goes from {@code current}: the box above or below it in its column, or
     * the box of the column to the left or right whose middle is nearest in height. Stays on
     * {@code current} at the edge; from nothing (or a symbol not shown) it goes to the centre.
     */
    public static String move(GraphLayout.Result layout, String current, Direction direction) {
        List<List<PlacedNode>> columns = columns(layout);
        int col = -1;
        int row = -1;
        for (int c = 0; c < columns.size() && col < 0; c++) {
            for (int r = 0; r < columns.get(c).size(); r++) {
                if (columns.get(c).get(r).node().name().equals(current)) {
                    col = c;
                    row = r;
                    break;
                }
            }
        }
        if (col < 0) {
            return centre(layout);
        }
        List<PlacedNode> column = columns.get(col);
        PlacedNode from = column.get(row);
        return switch (direction) {
            case UP -> column.get(Math.max(0, row - 1)).node().name();
            case DOWN -> column.get(Math.min(column.size() - 1, row + 1)).node().name();
            case LEFT -> col == 0 ? current : nearest(columns.get(col - 1), from.centerY());
            case RIGHT -> col == columns.size() - 1 ? current : nearest(columns.get(col + 1), from.centerY());
        };
    }

    /** The symbol the graph is centred on, or the first in focus order; null for an empty graph. */
    public static String centre(GraphLayout.Result layout) {
        if (layout.node(layout.graph().center()) != null) {
            return layout.graph().center();
        }
        List<String> order = order(layout);
        return order.isEmpty() ? null : order.get(0);
    }

    private static String nearest(List<PlacedNode> column, double y) {
        PlacedNode best = column.get(0);
        for (PlacedNode n : column) {
            if (Math.abs(n.centerY() - y) < Math.abs(best.centerY() - y)) {
                best = n;
            }
        }
        return best.node().name();
    }

    /**
     * The pan (translation of the layout, in viewport pixels) that brings {@code box} into a
     * viewport of {@code width} x {@code height} at {@code scale}, at least {@code margin} from
     * its edges: unchanged when it is already in view; otherwise moved as little as needed
     * (the box's top left corner wins when the box is larger than the viewport).
     */
    public static Point panToShow(PlacedNode box, double scale, Point pan, double width, double height,
            double margin) {
        return new Point(shift(pan.x(), box.x() * scale, box.width() * scale, width, margin),
                shift(pan.y(), box.y() * scale, box.height() * scale, height, margin));
    }

    private static double shift(double pan, double start, double size, double view, double margin) {
        double low = pan + start;
        double high = low + size;
        if (high > view - margin) {
            pan -= high - (view - margin);
        }
        if (pan + start < margin) {
            pan = margin - start;
        }
        return pan;
    }
}
