package org.kconfigexplorer.app.ui.graph;

import java.util.Locale;
import org.kconfigexplorer.app.ui.graph.DependencyGraph.EdgeKind;
import org.kconfigexplorer.app.ui.graph.DependencyGraph.ValueKind;
import org.kconfigexplorer.app.ui.graph.GraphLayout.PlacedEdge;
import org.kconfigexplorer.app.ui.graph.GraphLayout.PlacedNode;
import org.kconfigexplorer.app.ui.graph.GraphLayout.Point;

/**
 * Writes a laid-out graph as a standalone SVG document (light colours, monospaced text), with a
 * legend and the "N more not shown" note below the graph. Edges that do not hold now are drawn
 * as on screen: faded, with a cross on their last segment; every edge has a {@code <title>}
 * saying what it is and whether it holds. Pure: from the layout, no scene graph.
 */
public final class GraphSvg {

    /** The legend's words for edges that do not hold. */
    static final String UNMET_LEGEND = "unmet / not in effect";
    private static final String UNMET_OPACITY = "0.45";

    private GraphSvg() {
    }

    public static String write(GraphLayout.Result layout) {
        double fs = layout.fontSize();
        double legendTop = layout.height() + fs;
        double legendHeight = fs * 7.1;
        double width = Math.max(layout.width(), fs * 60);
        double height = legendTop + legendHeight;
        StringBuilder sb = new StringBuilder();
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(n(width)).append("\" height=\"")
                .append(n(height)).append("\" viewBox=\"0 0 ").append(n(width)).append(' ').append(n(height))
                .append("\" font-family=\"DejaVu Sans Mono, Menlo, Consolas, monospace\" font-size=\"").append(n(fs))
                .append("\">\n");
        sb.append("<title>Dependencies of ").append(esc(layout.graph().center())).append("</title>\n");
        sb.append("<defs>\n");
        for (EdgeKind k : EdgeKind.values()) {
            sb.append("<marker id=\"arrow-").append(id(k)).append("\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\"")
                    .append(" markerWidth=\"8\" markerHeight=\"8\" markerUnits=\"userSpaceOnUse\" orient=\"auto\">")
                    .append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"").append(stroke(k)).append("\"/></marker>\n");
        }
        sb.append("</defs>\n");
        sb.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        for (PlacedEdge e : layout.edges()) {
            edge(sb, e.edge().kind(), e.edge().met(), e.edge().description(), e.points());
        }
        for (PlacedEdge e : layout.edges()) {
            if (!e.edge().met() && e.markPoint() != null) {
                mark(sb, e.markPoint(), fs);
            }
        }
        for (PlacedNode p : layout.nodes()) {
            node(sb, p, fs);
        }
        legend(sb, layout, legendTop, fs);
        sb.append("</svg>\n");
        return sb.toString();
    }

    private static void edge(StringBuilder sb, EdgeKind kind, boolean met, String title, java.util.List<Point> points) {
        if (points.isEmpty()) {
            return;
        }
        sb.append("<polyline class=\"edge ").append(id(kind)).append(met ? "" : " unmet")
                .append("\" fill=\"none\" stroke=\"").append(stroke(kind))
                .append("\" stroke-width=\"").append(kind == EdgeKind.SELECTS ? "2.5" : "1.5").append('"');
        String dash = dash(kind);
        if (!dash.isEmpty()) {
            sb.append(" stroke-dasharray=\"").append(dash).append('"');
        }
        if (!met) {
            sb.append(" opacity=\"").append(UNMET_OPACITY).append('"');
        }
        sb.append(" marker-end=\"url(#arrow-").append(id(kind)).append(")\" points=\"");
        for (Point p : points) {
            sb.append(n(p.x())).append(',').append(n(p.y())).append(' ');
        }
        sb.setLength(sb.length() - 1);
        if (title == null) {
            sb.append("\"/>\n");
        } else {
            sb.append("\"><title>").append(esc(title)).append("</title></polyline>\n");
        }
    }

    /** The cross on an edge that does not hold, centred on {@code at} (as {@code GraphView} draws it). */
    private static void mark(StringBuilder sb, Point at, double fs) {
        double size = Math.ceil(fs * 1.15);
        sb.append("<g class=\"edge-mark\"><rect x=\"").append(n(at.x() - size / 2)).append("\" y=\"")
                .append(n(at.y() - size / 2)).append("\" width=\"").append(n(size)).append("\" height=\"")
                .append(n(size)).append("\" rx=\"").append(n(fs * 0.3)).append("\" fill=\"#fbe3e2\" stroke=\"#d6454a\"/>")
                .append("<text x=\"").append(n(at.x())).append("\" y=\"").append(n(at.y() + fs * 0.28))
                .append("\" text-anchor=\"middle\" font-size=\"").append(n(fs * 0.8))
                .append("\" font-weight=\"bold\" fill=\"#a3171b\">").append(esc(DependencyGraph.Edge.UNMET_MARK))
                .append("</text></g>\n");
    }

    private static void node(StringBuilder sb, PlacedNode p, double fs) {
        DependencyGraph.Node node = p.node();
        sb.append("<g class=\"node\">\n");
        sb.append("<rect x=\"").append(n(p.x())).append("\" y=\"").append(n(p.y())).append("\" width=\"")
                .append(n(p.width())).append("\" height=\"").append(n(p.height())).append("\" rx=\"")
                .append(n(fs * 0.5)).append("\" fill=\"").append(fill(node.valueKind())).append("\" stroke=\"")
                .append(node.met() ? "#3f9e57" : "#d6454a").append("\" stroke-width=\"")
                .append(node.center() ? "3.5" : "1.5").append("\"/>\n");
        double left = p.x() + GraphLayout.PADDING_EM * fs;
        double line1 = p.y() + GraphLayout.PADDING_EM * fs + fs * 1.05;
        double line2 = line1 + GraphLayout.LINE_HEIGHT_EM * fs;
        sb.append("<text x=\"").append(n(left)).append("\" y=\"").append(n(line1)).append("\" font-weight=\"bold\" fill=\"")
                .append(node.met() ? "#17692a" : "#a3171b").append("\">").append(esc(node.marker()))
                .append("<tspan fill=\"#1d1d1f\"> ").append(esc(node.name())).append("</tspan></text>\n");
        sb.append("<text x=\"").append(n(left)).append("\" y=\"").append(n(line2)).append("\" fill=\"#3c3d41\">")
                .append(esc(node.subtitle())).append("</text>\n");
        sb.append("</g>\n");
    }

    private static void legend(StringBuilder sb, GraphLayout.Result layout, double top, double fs) {
        double x = fs;
        double y = top + fs;
        for (EdgeKind k : EdgeKind.values()) {
            edge(sb, k, true, null, java.util.List.of(new Point(x, y), new Point(x + fs * 3, y)));
            sb.append("<text x=\"").append(n(x + fs * 3.5)).append("\" y=\"").append(n(y + fs * 0.35)).append("\">")
                    .append(esc(k.label())).append("</text>\n");
            x += fs * (4.5 + k.label().length() * GraphLayout.CHAR_WIDTH_EM);
        }
        edge(sb, EdgeKind.DEPENDS_ON, false, null, java.util.List.of(new Point(x, y), new Point(x + fs * 3, y)));
        mark(sb, new Point(x + fs * 1.5, y), fs);
        sb.append("<text x=\"").append(n(x + fs * 3.5)).append("\" y=\"").append(n(y + fs * 0.35)).append("\">")
                .append(esc(UNMET_LEGEND)).append("</text>\n");
        y += fs * 1.6;
        sb.append("<text x=\"").append(n(fs)).append("\" y=\"").append(n(y)).append("\">")
                .append(esc("box \u2714 its dependencies met (green border), \u2718 unmet (red border)"))
                .append("</text>\n");
        y += fs * 1.6;
        sb.append("<text x=\"").append(n(fs)).append("\" y=\"").append(n(y)).append("\">")
                .append(esc("fill: green y, amber m, grey n, blue other values; thick border: "
                        + layout.graph().center()))
                .append("</text>\n");
        y += fs * 1.6;
        sb.append("<text x=\"").append(n(fs)).append("\" y=\"").append(n(y)).append("\">")
                .append(esc(GraphViewModel.describe(layout.graph()))).append("</text>\n");
    }

    static String id(EdgeKind k) {
        return k.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String stroke(EdgeKind k) {
        return switch (k) {
            case DEPENDS_ON -> "#5a5d63";
            case SELECTS -> "#1f5aa6";
            case IMPLIES -> "#7a4fb0";
            case VISIBLE_IF -> "#8a5a00";
        };
    }

    private static String dash(EdgeKind k) {
        return switch (k) {
            case DEPENDS_ON, SELECTS -> "";
            case IMPLIES -> "7 4";
            case VISIBLE_IF -> "2 3";
        };
    }

    private static String fill(ValueKind v) {
        return switch (v) {
            case YES -> "#e2f3e5";
            case MOD -> "#fff1cc";
            case NO -> "#f0f1f3";
            case OTHER -> "#e3edf9";
        };
    }

    private static String n(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
