package org.kconfigexplorer.app.ui.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kconfigexplorer.kconfig.explain.RelationStatus;
import org.kconfigexplorer.kconfig.explain.SymbolRelations;
import org.kconfigexplorer.kconfig.explain.SymbolRelations.Kind;
import org.kconfigexplorer.kconfig.model.KconfigModel;
import org.kconfigexplorer.kconfig.model.Symbol;
import org.kconfigexplorer.kconfig.model.Tristate;

/**
 * The neighbourhood of one symbol as nodes and edges: every symbol reachable within
 * {@code depth} steps over "depends on", "selects", "implies", "selected by", "implied by" and
 * "visible if", nearest first, at most {@code maxNodes} of them; how many more there were is
 * kept in {@link #notShown()}. Edges point the way the Kconfig text reads: A depends on B, A
 * selects B, A implies B, A is visible if B. Pure: built from the model (its current values
 * included) into plain records that layout and export use without the model.
 *
 * <p>Each edge says whether it holds now ({@link Edge#met()}), as {@link RelationStatus}
 * decides: a "depends on" or "visible if" edge A &rarr; B is met when every term of A's
 * expression that mentions B is met ({@code B}, {@code B = y}, ... not n; {@code !B} when B
 * is n); a "selects" or "implies" edge is met when the select or imply is in effect (A is not
 * n and its {@code if} holds). An imply in effect may still leave B at n (B's own
 * dependencies decide), which B's node shows.
 */
public record DependencyGraph(String center, int depth, List<Node> nodes, List<Edge> edges, int notShown,
                              int maxNodes) {

    public static final int DEFAULT_MAX_NODES = 150;
    public static final int MIN_DEPTH = 1;
    public static final int MAX_DEPTH = 4;

    /** How a node's value looks: on, module, off, or a non-bool value. */
    public enum ValueKind { YES, MOD, NO, OTHER }

    /** The kinds of edges, in legend order. */
    public enum EdgeKind {
        DEPENDS_ON("depends on", "met", "unmet"),
        SELECTS("selects", "in effect", "not in effect"),
        IMPLIES("implies", "in effect", "not in effect"),
        VISIBLE_IF("visible if", "met", "unmet");

        private final String label;
        private final String metText;
        private final String unmetText;

        EdgeKind(String label, String metText, String unmetText) {
            this.label = label;
            this.metText = metText;
            this.unmetText = unmetText;
        }

        public String label() {
            return label;
        }

        /** How an edge of this kind that holds is described: "met", "in effect". */
        public String metText() {
            return metText;
        }

        /** How an edge of this kind that does not hold is described: "unmet", "not in effect". */
        public String unmetText() {
            return unmetText;
        }
    }

    /**
     * One symbol. {@code met} tells whether its own dependencies are met now.
     *
     * @param distance steps from the centre (0 for the centre)
     */
    public record Node(String name, String type, String value, ValueKind valueKind, boolean met, boolean center,
                       int distance) {

        /** The marker shown with the name: met or unmet, as a symbol, so colour is not the only signal. */
        public String marker() {
            return met ? "\u2714" : "\u2718";
        }

        /** First line of the box: marker and name. */
        public String title() {
            return marker() + " " + name;
        }

        /** Second line of the box: value and type (met/unmet is the title's marker). */
        public String subtitle() {
            String v = value.length() > 24 ? value.substring(0, 23) + "\u2026" : value;
            return "= " + (v.isEmpty() ? "\"\"" : v) + "  " + type;
        }
    }

    /**
     * {@code from} depends on / selects / implies / is visible if {@code to}.
     *
     * @param met whether the relation holds now (see the class comment)
     */
    public record Edge(String from, String to, EdgeKind kind, boolean met) {

        /** The mark drawn on an edge that does not hold (none on one that holds). */
        public static final String UNMET_MARK = "\u2718";

        /** "met", "unmet", "in effect" or "not in effect". */
        public String state() {
            return met ? kind.metText() : kind.unmetText();
        }

        /** "RUST_INLINE_HELPERS depends on RUST: unmet". */
        public String description() {
            return from + " " + kind.label() + " " + to + ": " + state();
        }
    }

    public DependencyGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /** The node named {@code name}, or null. */
    public Node node(String name) {
        for (Node n : nodes) {
            if (n.name().equals(name)) {
                return n;
            }
        }
        return null;
    }

    /** Builds the neighbourhood of {@code center} with up to {@code maxNodes} symbols. */
    public static DependencyGraph build(KconfigModel model, SymbolRelations relations, Symbol center, int depth,
            int maxNodes) {
        int d = Math.max(MIN_DEPTH, Math.min(MAX_DEPTH, depth));
        Map<Symbol, Integer> distance = new LinkedHashMap<>();
        Set<Symbol> omitted = new LinkedHashSet<>();
        Deque<Symbol> queue = new ArrayDeque<>();
        distance.put(center, 0);
        queue.add(center);
        while (!queue.isEmpty()) {
            Symbol s = queue.poll();
            int dist = distance.get(s);
            if (dist >= d) {
                continue;
            }
            for (Kind kind : Kind.values()) {
                for (Symbol other : relations.of(s, kind)) {
                    if (distance.containsKey(other)) {
                        continue;
                    }
                    if (distance.size() >= maxNodes) {
                        omitted.add(other);
                        continue;
                    }
                    distance.put(other, dist + 1);
                    queue.add(other);
                }
            }
        }
        omitted.removeAll(distance.keySet());

        List<Node> nodes = new ArrayList<>();
        for (Map.Entry<Symbol, Integer> e : distance.entrySet()) {
            nodes.add(nodeOf(e.getKey(), e.getKey() == center, e.getValue()));
        }
        Set<Edge> edges = new LinkedHashSet<>();
        for (Symbol s : distance.keySet()) {
            addEdges(edges, model, relations, s, Kind.DEPENDS_ON, EdgeKind.DEPENDS_ON, distance.keySet());
            addEdges(edges, model, relations, s, Kind.SELECTS, EdgeKind.SELECTS, distance.keySet());
            addEdges(edges, model, relations, s, Kind.IMPLIES, EdgeKind.IMPLIES, distance.keySet());
            addEdges(edges, model, relations, s, Kind.VISIBLE_IF, EdgeKind.VISIBLE_IF, distance.keySet());
        }
        return new DependencyGraph(center.name(), d, nodes, new ArrayList<>(edges), omitted.size(), maxNodes);
    }

    private static void addEdges(Set<Edge> edges, KconfigModel model, SymbolRelations relations, Symbol from,
            Kind kind, EdgeKind edgeKind, Set<Symbol> shown) {
        for (Symbol to : relations.of(from, kind)) {
            if (shown.contains(to)) {
                edges.add(new Edge(from.name(), to.name(), edgeKind, met(model, from, to, edgeKind)));
            }
        }
    }

    /** Whether the relation holds now (see the class comment). */
    static boolean met(KconfigModel model, Symbol from, Symbol to, EdgeKind kind) {
        return switch (kind) {
            case DEPENDS_ON -> RelationStatus.dependencyMet(model, from, to);
            case SELECTS -> RelationStatus.selectActive(from, to);
            case IMPLIES -> RelationStatus.implyActive(from, to);
            case VISIBLE_IF -> RelationStatus.visibleIfMet(model, from, to);
        };
    }

    /** The edge from {@code from} to {@code to} of {@code kind}, or null. */
    public Edge edge(String from, String to, EdgeKind kind) {
        for (Edge e : edges) {
            if (e.from().equals(from) && e.to().equals(to) && e.kind() == kind) {
                return e;
            }
        }
        return null;
    }

    private static Node nodeOf(Symbol s, boolean center, int distance) {
        ValueKind kind = ValueKind.OTHER;
        if (s.type().isTristateLike()) {
            Tristate t = s.tristateValue();
            kind = t == Tristate.YES ? ValueKind.YES : t == Tristate.MOD ? ValueKind.MOD : ValueKind.NO;
        }
        return new Node(s.name(), s.type().keyword(), s.stringValue(), kind, s.directDepsValue() != Tristate.NO,
                center, distance);
    }
}
