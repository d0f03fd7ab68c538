package org.kconfigexplorer.app.ui.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kconfigexplorer.app.ui.TestTrees;
import org.kconfigexplorer.app.ui.concurrent.SameThreadExecutor;
import org.kconfigexplorer.app.ui.graph.DependencyGraph.Node;
import org.kconfigexplorer.app.ui.graph.DependencyGraph.ValueKind;
import org.kconfigexplorer.app.ui.graph.GraphFocus.Direction;
import org.kconfigexplorer.app.ui.graph.GraphLayout.PlacedNode;
import org.kconfigexplorer.app.ui.graph.GraphLayout.Point;
import org.kconfigexplorer.kconfig.model.KconfigModel;
import org.kconfigexplorer.kconfig.session.ExplorerSession;

/** Keyboard focus over a laid-out graph: the order, the arrow keys, scrolling into view, the view model. */
class GraphFocusTest {

    private static KconfigModel model;

    @BeforeAll
    static void open() {
        model = ExplorerSession.openEmbedded(TestTrees.preset(TestTrees.CLANG19)).model();
    }

    private static PlacedNode box(String name, double x, double y, double w) {
        return new PlacedNode(new Node(name, "bool", "y", ValueKind.YES, true, name.equals("C"), 1), x, y, w, 30);
    }

    /**
     * Three layers, boxes of different widths (centred in their layer, as ELK may place them) and
     * listed out of order:
     * <pre>
     *   A (0,0)      C (200,10)    E (420,0)
     *   B (10,100)   D (190,120)
     *                F (205,220)
     * </pre>
     */
    private static GraphLayout.Result sample() {
        List<PlacedNode> nodes = List.of(box("F", 205, 220, 90), box("E", 420, 0, 80), box("D", 190, 120, 120),
                box("C", 200, 10, 100), box("B", 10, 100, 80), box("A", 0, 0, 100));
        DependencyGraph g = new DependencyGraph("C", 2, nodes.stream().map(PlacedNode::node).toList(), List.of(), 0,
                150);
        return new GraphLayout.Result(g, nodes, List.of(), 520, 260, 13);
    }

    @Test
    void orderIsLayerByLayerTopToBottom() {
        assertThat(GraphFocus.columns(sample())).hasSize(3);
        assertThat(GraphFocus.order(sample())).containsExactly("A", "B", "C", "D", "F", "E");
    }

    @Test
    void tabWalksTheOrderAndEndsAtEitherEnd() {
        GraphLayout.Result r = sample();
        assertThat(GraphFocus.next(r, null)).isEqualTo("A");
        assertThat(GraphFocus.next(r, "B")).isEqualTo("C");
        assertThat(GraphFocus.next(r, "F")).isEqualTo("E");
        assertThat(GraphFocus.next(r, "E")).isNull();
        assertThat(GraphFocus.previous(r, null)).isEqualTo("E");
        assertThat(GraphFocus.previous(r, "C")).isEqualTo("B");
        assertThat(GraphFocus.previous(r, "A")).isNull();
        assertThat(GraphFocus.next(r, "GONE")).isEqualTo("A");
        assertThat(GraphFocus.previous(r, "GONE")).isEqualTo("E");
    }

    @Test
    void arrowsMoveWithinAColumnAndToTheNearestBoxOfTheNext() {
        GraphLayout.Result r = sample();
        assertThat(GraphFocus.move(r, null, Direction.RIGHT)).as("from nothing: the centre").isEqualTo("C");
        assertThat(GraphFocus.move(r, "C", Direction.DOWN)).isEqualTo("D");
        assertThat(GraphFocus.move(r, "D", Direction.DOWN)).isEqualTo("F");
        assertThat(GraphFocus.move(r, "F", Direction.DOWN)).as("bottom edge").isEqualTo("F");
        assertThat(GraphFocus.move(r, "D", Direction.UP)).isEqualTo("C");
        assertThat(GraphFocus.move(r, "C", Direction.UP)).as("top edge").isEqualTo("C");
        assertThat(GraphFocus.move(r, "D", Direction.LEFT)).as("B's middle is nearest D's").isEqualTo("B");
        assertThat(GraphFocus.move(r, "A", Direction.RIGHT)).isEqualTo("C");
        assertThat(GraphFocus.move(r, "F", Direction.RIGHT)).isEqualTo("E");
        assertThat(GraphFocus.move(r, "E", Direction.RIGHT)).as("right edge").isEqualTo("E");
        assertThat(GraphFocus.move(r, "A", Direction.LEFT)).as("left edge").isEqualTo("A");
    }

    @Test
    void panToShowMovesOnlyAsFarAsNeeded() {
        PlacedNode d = box("D", 190, 120, 120); // 120 x 30
        // In view: unchanged.
        assertThat(GraphFocus.panToShow(d, 1, new Point(0, 0), 400, 300, 10)).isEqualTo(new Point(0, 0));
        // Right of and below the view at scale 2 (380..620 x 240..300): its right and bottom edges come to the margin.
        assertThat(GraphFocus.panToShow(d, 2, new Point(0, 0), 400, 300, 10)).isEqualTo(new Point(-230, -10));
        // Above and left of the view: its top left comes to the margin.
        assertThat(GraphFocus.panToShow(d, 1, new Point(-250, -200), 400, 300, 10)).isEqualTo(new Point(-180, -110));
        // Wider than the view: its left edge is shown (its height fits).
        assertThat(GraphFocus.panToShow(d, 5, new Point(0, 0), 400, 300, 10)).isEqualTo(new Point(-940, -460));
    }

    @Test
    void viewModelKeepsTheFocusWhileTheSymbolIsShown() {
        GraphViewModel vm = new GraphViewModel(new SameThreadExecutor());
        assertThat(vm.focusNext()).as("nothing to focus without a graph").isFalse();
        vm.show(model, model.symbol("RUST_INLINE_HELPERS"));
        List<String> order = GraphFocus.order(vm.layout());
        assertThat(order).contains("RUST_INLINE_HELPERS", "RUST", "EXPERT");

        List<String> visited = new ArrayList<>();
        while (vm.focusNext()) {
            visited.add(vm.focusedSymbol());
        }
        assertThat(visited).isEqualTo(order);
        assertThat(vm.focusedSymbol()).as("Tab after the last box leaves the graph").isNull();
        assertThat(vm.focusPrevious()).isTrue();
        assertThat(vm.focusedSymbol()).isEqualTo(order.get(order.size() - 1));

        vm.focusCentre();
        assertThat(vm.focusedSymbol()).isEqualTo("RUST_INLINE_HELPERS");
        assertThat(vm.focus("EXPERT")).isTrue();
        assertThat(vm.focus("NOT_IN_THE_GRAPH")).isFalse();
        assertThat(vm.focusedSymbol()).isEqualTo("EXPERT");

        // Re-centred on EXPERT (as opening it does): EXPERT is still shown, the focus stays.
        vm.show(model, model.symbol("EXPERT"));
        assertThat(vm.layout().graph().center()).isEqualTo("EXPERT");
        assertThat(vm.focusedSymbol()).isEqualTo("EXPERT");
        // Nothing selected: no graph, no focus.
        vm.show(model, null);
        assertThat(vm.focusedSymbol()).isNull();
    }

    @Test
    void viewModelDropsTheFocusWhenTheSymbolIsNoLongerShown() {
        GraphViewModel vm = new GraphViewModel(new SameThreadExecutor());
        vm.show(model, model.symbol("RUST_INLINE_HELPERS"));
        vm.depthProperty().set(2);
        String far = vm.layout().graph().nodes().stream().filter(n -> n.distance() == 2).findFirst().orElseThrow()
                .name();
        assertThat(vm.focus(far)).isTrue();
        vm.depthProperty().set(1);
        assertThat(vm.layout().node(far)).isNull();
        assertThat(vm.focusedSymbol()).isNull();
        vm.focusMove(Direction.LEFT);
        assertThat(vm.focusedSymbol()).as("an arrow from nothing goes to the centre").isEqualTo("RUST_INLINE_HELPERS");
    }
}
