package org.kconfigexplorer.app.ui.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kconfigexplorer.app.ui.FxTestSupport.onFx;
import static org.kconfigexplorer.app.ui.FxTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kconfigexplorer.app.ui.ExplorerWindow;
import org.kconfigexplorer.app.ui.FxTestSupport;
import org.kconfigexplorer.app.ui.LaunchOptions;
import org.kconfigexplorer.app.ui.Styles;
import org.kconfigexplorer.app.ui.Styles.Ids;
import org.kconfigexplorer.app.ui.TestTrees;
import org.kconfigexplorer.app.ui.Theme;
import org.kconfigexplorer.app.ui.concurrent.FxBackgroundExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * Understanding an option, as a user would on the embedded model with Clang 19: the details say
 * where its value comes from and link its relations; the Source tab shows the definition
 * highlighted; the Graph tab shows its neighbourhood, navigates on click, zooms, exports and
 * switches to presentation mode; and all of the graph from the keyboard.
 */
@ExtendWith(ApplicationExtension.class)
class UnderstandWorkflowTest {

    @TempDir
    Path dir;

    private ExplorerWindow window;
    private FxBackgroundExecutor executor;

    @Start
    void start(Stage stage) {
        executor = new FxBackgroundExecutor();
        LaunchOptions options = LaunchOptions.parse(List.of("--profile", TestTrees.CLANG19));
        window = ExplorerWindow.open(stage, options, executor,
                (owner, title, suggested) -> Optional.of(dir.resolve(suggested)));
    }

    @Stop
    void stop() {
        executor.shutdown();
    }

    private void waitForName(FxRobot robot, String name) {
        waitUntil(name + " is shown", () -> name.equals(FxTestSupport.describedName(window.viewModel())));
    }

    private Node graphBox(FxRobot robot, String name) {
        return robot.lookup("." + Styles.GRAPH_NODE).match(n -> name.equals(n.getProperties().get(GraphView.NODE_KEY)))
                .tryQuery().orElseThrow(() -> new AssertionError("no graph box for " + name));
    }

    @Test
    void detailsSourceAndGraph(FxRobot robot) throws Exception {
        FxTestSupport.waitUntilIdle(window.viewModel());
        robot.clickOn("#" + Ids.RUST_HELPERS_BUTTON);
        waitForName(robot, "RUST_INLINE_HELPERS");

        // Details: where the value comes from, and the relations as links.
        assertThat(onFx(() -> window.viewModel().details().valueOriginProperty().get())).isEqualTo("no default applies, so n");
        Hyperlink rust = robot.lookup("." + Styles.RELATION_LINK)
                .match(n -> "RUST".equals(n.getProperties().get(RelationsView.SYMBOL_KEY))).queryAs(Hyperlink.class);
        assertThat(rust.getText()).isEqualTo("RUST = n");
        robot.lookup("." + Styles.RELATION_LINK).match(n -> "EXPERT".equals(n.getProperties().get(RelationsView.SYMBOL_KEY)))
                .tryQuery().orElseThrow();
        robot.interact(() -> rust.fire());
        waitForName(robot, "RUST");
        robot.clickOn("#" + Ids.RUST_HELPERS_BUTTON);
        waitForName(robot, "RUST_INLINE_HELPERS");

        // Source: the definition, highlighted, its line marked.
        robot.clickOn(robot.lookup(".tab").match(n -> n.getId() != null && n.getId().equals(Ids.SOURCE_TAB))
                .<Node>query());
        CodeArea area = robot.lookup("." + Styles.SOURCE_AREA).queryAs(CodeArea.class);
        waitUntil("the source is shown", () -> area.getText().contains("config RUST_INLINE_HELPERS"));
        int def = onFx(() -> {
            for (int i = 0; i < area.getParagraphs().size(); i++) {
                if (area.getParagraph(i).getText().equals("config RUST_INLINE_HELPERS")) {
                    return i;
                }
            }
            return -1;
        });
        assertThat(def).isPositive();
        assertThat(onFx(() -> area.getParagraph(def).getParagraphStyle())).contains(Styles.SOURCE_DEFINITION_LINE);
        assertThat(onFx(() -> area.getStyleOfChar(area.getAbsolutePosition(def, 1)))).contains(Styles.KC_KEYWORD);
        assertThat(area.getText()).startsWith("Defined at lib/Kconfig.debug:");
        assertThat(area.isEditable()).isFalse();

        // Graph: depth 2 around the helpers.
        robot.clickOn(robot.lookup(".tab").match(n -> Ids.GRAPH_TAB.equals(n.getId())).<Node>query());
        robot.clickOn("#" + Ids.GRAPH_DEPTH + 2);
        GraphViewModel graph = onFx(() -> findGraphVm(robot));
        waitUntil("the graph is laid out", () -> graph.layout() != null && graph.layout().graph().depth() == 2
                && !graph.busyProperty().get() && graphDrawn(robot));
        Node centre = graphBox(robot, "RUST_INLINE_HELPERS");
        assertThat(centre.getStyleClass()).contains(Styles.GRAPH_CENTER, Styles.CONDITION_UNMET, Styles.VALUE_NO);
        assertThat(((Label) ((javafx.scene.Parent) centre).getChildrenUnmodifiable().get(0)).getText())
                .isEqualTo("\u2718 RUST_INLINE_HELPERS");
        assertThat(graphBox(robot, "RUSTC_CLANG_LLVM_COMPATIBLE").getStyleClass())
                .contains(Styles.VALUE_YES, Styles.CONDITION_MET);
        assertThat(robot.lookup("." + Styles.GRAPH_EDGE + "." + GraphView.kindClass(DependencyGraph.EdgeKind.SELECTS))
                .queryAll()).isNotEmpty();
        // Edges that do not hold are faded and crossed: RUST is n, the LLVM compatibility fact y.
        assertThat(graphEdge(robot, Styles.GRAPH_EDGE, "RUST").getStyleClass()).contains(Styles.GRAPH_EDGE_UNMET);
        assertThat(((Label) graphEdge(robot, Styles.GRAPH_EDGE_MARK, "RUST")).getText()).isEqualTo("\u2718");
        assertThat(graphEdge(robot, Styles.GRAPH_EDGE, "RUSTC_CLANG_LLVM_COMPATIBLE").getStyleClass())
                .doesNotContain(Styles.GRAPH_EDGE_UNMET);
        assertThat(robot.lookup("." + Styles.GRAPH_EDGE_MARK).match(n -> isEdge(n, "RUSTC_CLANG_LLVM_COMPATIBLE"))
                .tryQuery()).isEmpty();
        assertThat(robot.lookup("#" + Ids.GRAPH_LEGEND_UNMET).queryAs(Label.class).getText())
                .isEqualTo("unmet / not in effect");
        assertThat(robot.lookup("#" + Ids.GRAPH_STATUS).queryAs(Label.class).getText())
                .contains("within 2 steps of RUST_INLINE_HELPERS");

        // Zoom with the buttons and the mouse wheel.
        GraphView view = robot.lookup("#" + Ids.GRAPH_VIEW).queryAs(GraphView.class);
        double before = onFx(view::zoomFactor);
        robot.clickOn("#" + Ids.GRAPH_ZOOM_IN);
        assertThat(onFx(view::zoomFactor)).isGreaterThan(before);
        robot.moveTo("#" + Ids.GRAPH_VIEWPORT).scroll(3, javafx.geometry.VerticalDirection.DOWN);
        robot.clickOn("#" + Ids.GRAPH_ZOOM_FIT);

        // Export both formats (the file dialog answers with a path in the temp folder).
        robot.clickOn("#" + Ids.GRAPH_EXPORT_SVG);
        Path svg = dir.resolve("RUST_INLINE_HELPERS-depth2.svg");
        waitUntil("the SVG is written", () -> Files.exists(svg) && graph.messageProperty().get().contains("saved"));
        assertThat(Files.readString(svg)).contains("<svg", "RUST_INLINE_HELPERS", "EXPERT");
        robot.clickOn("#" + Ids.GRAPH_EXPORT_PNG);
        Path png = dir.resolve("RUST_INLINE_HELPERS-depth2.png");
        waitUntil("the PNG is written", () -> Files.exists(png) && Files.size(png) > 1000
                && graph.messageProperty().get().contains("saved"));
        assertThat(javax.imageio.ImageIO.read(png.toFile()).getWidth()).isGreaterThan(200);

        // Presentation mode: bigger boxes.
        double normalWidth = graph.layout().node("RUST_INLINE_HELPERS").width();
        robot.clickOn("#" + Ids.GRAPH_PRESENTATION);
        waitUntil("the graph is laid out large", () -> graph.layout().fontSize() == GraphViewModel.PRESENTATION_FONT_SIZE
                && !graph.busyProperty().get() && graphDrawn(robot));
        assertThat(graph.layout().node("RUST_INLINE_HELPERS").width()).isGreaterThan(normalWidth * 1.5);
        robot.clickOn("#" + Ids.GRAPH_PRESENTATION);
        waitUntil("the graph is laid out normally", () -> graph.layout().fontSize() == GraphViewModel.NORMAL_FONT_SIZE
                && !graph.busyProperty().get() && graphDrawn(robot));

        // Click a box: that symbol opens, and the graph re-centres on it.
        robot.clickOn("#" + Ids.GRAPH_ZOOM_FIT);
        robot.clickOn(graphBox(robot, "EXPERT"));
        waitForName(robot, "EXPERT");
        waitUntil("the graph centres on EXPERT", () -> graph.layout() != null
                && graph.layout().graph().center().equals("EXPERT") && !graph.busyProperty().get() && graphDrawn(robot));
        assertThat(FxTestSupport.describedName(window.viewModel())).isEqualTo("EXPERT");
        robot.push(KeyCode.ESCAPE);
    }

    @Test
    void graphFromTheKeyboard(FxRobot robot) {
        FxTestSupport.waitUntilIdle(window.viewModel());
        robot.clickOn("#" + Ids.RUST_HELPERS_BUTTON);
        waitForName(robot, "RUST_INLINE_HELPERS");
        robot.clickOn(robot.lookup(".tab").match(n -> Ids.GRAPH_TAB.equals(n.getId())).<Node>query());
        GraphView view = robot.lookup("#" + Ids.GRAPH_VIEW).queryAs(GraphView.class);
        GraphViewModel graph = view.viewModel();
        waitUntil("the graph is laid out", () -> graph.layout() != null && !graph.busyProperty().get() && graphDrawn(robot)
                && graph.layout().graph().center().equals("RUST_INLINE_HELPERS"));
        Node viewport = robot.lookup("#" + Ids.GRAPH_VIEWPORT).query();
        Region frame = robot.lookup("." + Styles.GRAPH_FRAME).queryAs(Region.class);
        Rectangle ring = robot.lookup("." + Styles.GRAPH_FOCUS_RING).queryAs(Rectangle.class);

        // The Keys button shows what the keys do.
        robot.clickOn("#" + Ids.GRAPH_KEYS_HELP);
        Label keys = robot.lookup("#" + Ids.GRAPH_KEYS_TEXT).queryAs(Label.class);
        assertThat(onFx(keys::isVisible)).isTrue();
        assertThat(keys.getText()).contains("Tab", "Enter", "Ctrl+arrow");

        // Tab from the last toolbar button into the graph: the frame is outlined, no box focused yet.
        robot.interact(() -> robot.lookup("#" + Ids.GRAPH_EXPORT_SVG).query().requestFocus());
        assertThat(onFx(frame::getBorder).getStrokes().get(0).getTopStroke()).isEqualTo(Color.TRANSPARENT);
        robot.push(KeyCode.TAB);
        waitUntil("the graph has the keyboard focus", viewport::isFocused);
        assertThat(onFx(frame::getBorder).getStrokes().get(0).getTopStroke()).isNotEqualTo(Color.TRANSPARENT);
        assertThat(graph.focusedSymbol()).isNull();
        assertThat(onFx(ring::isVisible)).isFalse();

        // Tab goes from box to box in layout order; the focused box is ringed and in view.
        List<String> order = onFx(() -> GraphFocus.order(graph.layout()));
        robot.push(KeyCode.TAB);
        assertThat(graph.focusedSymbol()).isEqualTo(order.get(0));
        int expert = order.indexOf("EXPERT");
        assertThat(expert).isPositive();
        for (int i = 0; i < expert; i++) {
            robot.push(KeyCode.TAB);
        }
        assertThat(graph.focusedSymbol()).isEqualTo("EXPERT");
        Node expertBox = graphBox(robot, "EXPERT");
        assertThat(expertBox.getStyleClass()).contains(Styles.GRAPH_NODE_FOCUSED);
        assertThat(graphBox(robot, order.get(0)).getStyleClass()).doesNotContain(Styles.GRAPH_NODE_FOCUSED);
        assertThat(onFx(ring::isVisible)).isTrue();
        assertThat(onFx(() -> ring.getBoundsInParent().contains(expertBox.getBoundsInParent()))).isTrue();
        assertThat(onFx(() -> view.isInView("EXPERT"))).isTrue();
        Color lightRing = (Color) onFx(ring::getStroke);
        assertThat(lightRing.getOpacity()).isEqualTo(1.0);
        robot.push(KeyCode.SHIFT, KeyCode.TAB);
        assertThat(graph.focusedSymbol()).isEqualTo(order.get(expert - 1));
        robot.push(KeyCode.TAB);

        // Arrow keys move as GraphFocus says.
        String right = onFx(() -> GraphFocus.move(graph.layout(), "EXPERT", GraphFocus.Direction.RIGHT));
        robot.push(KeyCode.RIGHT);
        assertThat(graph.focusedSymbol()).isEqualTo(right);
        robot.push(KeyCode.HOME);
        assertThat(graph.focusedSymbol()).isEqualTo("RUST_INLINE_HELPERS");
        String left = onFx(() -> GraphFocus.move(graph.layout(), "RUST_INLINE_HELPERS", GraphFocus.Direction.LEFT));
        robot.push(KeyCode.LEFT);
        assertThat(graph.focusedSymbol()).isEqualTo(left);

        // +, - and 0 zoom; Ctrl+arrows pan.
        double zoom = onFx(view::zoomFactor);
        robot.push(KeyCode.ADD);
        assertThat(onFx(view::zoomFactor)).isGreaterThan(zoom);
        robot.push(KeyCode.MINUS);
        robot.push(KeyCode.MINUS);
        assertThat(onFx(view::zoomFactor)).isLessThan(zoom);
        robot.push(KeyCode.CONTROL, KeyCode.EQUALS);
        assertThat(onFx(view::zoomFactor)).isCloseTo(zoom, org.assertj.core.api.Assertions.within(1e-9));
        robot.push(KeyCode.DIGIT0);
        double fit = onFx(view::zoomFactor);
        assertThat(fit).isLessThanOrEqualTo(1.0);
        String focusedNow = graph.focusedSymbol();
        double x = onFx(() -> graphBox(robot, focusedNow).localToScene(0, 0).getX());
        robot.push(KeyCode.CONTROL, KeyCode.RIGHT);
        assertThat(onFx(() -> graphBox(robot, focusedNow).localToScene(0, 0).getX()))
                .isCloseTo(x - GraphView.PAN_STEP, org.assertj.core.api.Assertions.within(0.5));
        assertThat(graph.focusedSymbol()).as("panning does not move the focus").isEqualTo(focusedNow);

        // Enter opens the focused symbol, as a click does; the graph keeps the keyboard focus.
        robot.push(KeyCode.HOME);
        for (int i = 0; i < order.size() && !"EXPERT".equals(graph.focusedSymbol()); i++) {
            robot.push(KeyCode.TAB);
        }
        robot.push(KeyCode.ENTER);
        waitForName(robot, "EXPERT");
        assertThat(onFx(() -> window.viewModel().selectedRowProperty().get().symbol().name())).isEqualTo("EXPERT");
        waitUntil("the graph centres on EXPERT", () -> graph.layout() != null
                && graph.layout().graph().center().equals("EXPERT") && !graph.busyProperty().get() && graphDrawn(robot));
        assertThat(onFx(viewport::isFocused)).isTrue();
        assertThat(graph.focusedSymbol()).isEqualTo("EXPERT");
        assertThat(graphBox(robot, "EXPERT").getStyleClass()).contains(Styles.GRAPH_NODE_FOCUSED);

        // The ring follows the theme.
        robot.interact(() -> window.view().useTheme(Theme.DARK));
        waitUntil("the dark theme has come to every region", () -> onFx(window.view()::isThemeApplied));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(ring::getStroke)).isNotEqualTo(lightRing);
        robot.interact(() -> window.view().useTheme(Theme.LIGHT));
        waitUntil("the light theme has come to every region", () -> onFx(window.view()::isThemeApplied));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(ring::getStroke)).isEqualTo(lightRing);
        robot.interact(() -> window.view().useTheme(Theme.DARK));

        // Tab after the last box leaves the graph.
        int boxes = onFx(() -> graph.layout().nodes().size());
        for (int i = 0; i <= boxes && onFx(viewport::isFocused); i++) {
            robot.push(KeyCode.TAB);
        }
        assertThat(onFx(viewport::isFocused)).isFalse();
        assertThat(graph.focusedSymbol()).isNull();
        assertThat(onFx(ring::isVisible)).isFalse();
    }

    /** Whether {@code n} draws the edge RUST_INLINE_HELPERS depends on {@code to}. */
    private static boolean isEdge(Node n, String to) {
        return n.getProperties().get(GraphView.EDGE_KEY) instanceof DependencyGraph.Edge e
                && e.from().equals("RUST_INLINE_HELPERS") && e.to().equals(to)
                && e.kind() == DependencyGraph.EdgeKind.DEPENDS_ON;
    }

    private static Node graphEdge(FxRobot robot, String styleClass, String to) {
        return robot.lookup("." + styleClass).match(n -> isEdge(n, to)).tryQuery()
                .orElseThrow(() -> new AssertionError("no " + styleClass + " for RUST_INLINE_HELPERS -> " + to));
    }

    /** Whether the graph view shows all of its layout (a new graph comes in over a few frames). */
    private static boolean graphDrawn(FxRobot robot) {
        return onFx(() -> robot.lookup("#" + Ids.GRAPH_VIEW).queryAs(GraphView.class).isDrawn());
    }

    private static GraphViewModel findGraphVm(FxRobot robot) {
        GraphView view = robot.lookup("#" + Ids.GRAPH_VIEW).queryAs(GraphView.class);
        return view.viewModel();
    }
}
