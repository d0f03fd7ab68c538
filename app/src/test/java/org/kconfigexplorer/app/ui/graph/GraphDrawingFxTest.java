package org.kconfigexplorer.app.ui.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kconfigexplorer.app.ui.FxTestSupport.onFx;
import static org.kconfigexplorer.app.ui.FxTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kconfigexplorer.app.ui.FxTestSupport;
import org.kconfigexplorer.app.ui.Styles;
import org.kconfigexplorer.app.ui.TestTrees;
import org.kconfigexplorer.app.ui.concurrent.SameThreadExecutor;
import org.kconfigexplorer.kconfig.session.ExplorerSession;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * A big graph comes onto the canvas over several frames, its boxes first and then its edges, a
 * share a frame; once drawn, every box and edge of the layout is there, the edges under the boxes.
 */
@ExtendWith(ApplicationExtension.class)
class GraphDrawingFxTest {

    /** Options selecting HUB: HUB's graph has a box for each and for HUB, and an edge from each. */
    private static final int SELECTORS = 40;
    private ExplorerSession session;
    private GraphViewModel vm;
    private GraphView view;
    private Stage ownStage;
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) throws Exception {
        StringBuilder kconfig = new StringBuilder("config HUB\n\tbool\n");
        for (int i = 0; i < SELECTORS; i++) {
            kconfig.append("config S").append(i).append("\n\tbool \"selector ").append(i).append("\"\n\tselect HUB\n");
        }
        Files.writeString(dir.resolve("Kconfig"), kconfig);
        session = ExplorerSession.openDirectory(dir, TestTrees.preset(TestTrees.GCC));
        vm = new GraphViewModel(new SameThreadExecutor());
        vm.activeProperty().set(true);
        view = new GraphView(vm, (owner, title, suggested) -> Optional.empty(), name -> { });
        ownStage = FxTestSupport.showInOwnStage(view, 900, 600);
    }

    @Stop
    void stop() {
        ownStage.close();
    }

    /** Boxes and edges on the canvas, as each frame found them. */
    private record Drawn(int boxes, int edges) { }

    private Drawn drawnNow() {
        // Only the graph's: the legend has edges of its own.
        return new Drawn((int) view.lookupAll("." + Styles.GRAPH_NODE).stream()
                .filter(n -> n.getProperties().containsKey(GraphView.NODE_KEY)).count(),
                (int) view.lookupAll("." + Styles.GRAPH_EDGE).stream()
                        .filter(n -> n.getProperties().containsKey(GraphView.EDGE_KEY)).count());
    }

    @Test
    void aBigGraphComesInSharesBoxesFirst() {
        List<Drawn> frames = new ArrayList<>();
        AnimationTimer recorder = new AnimationTimer() {
            @Override
            public void handle(long now) {
                frames.add(drawnNow());
            }
        };
        onFx(() -> {
            recorder.start();
            vm.show(session.model(), session.model().symbol("HUB"));
            return null;
        });
        waitUntil("the graph is drawn", () -> onFx(view::isDrawn));
        onFx(() -> {
            recorder.stop();
            frames.add(drawnNow());
            return null;
        });
        GraphLayout.Result layout = onFx(vm::layout);
        assertThat(layout.nodes()).hasSize(SELECTORS + 1);
        assertThat(layout.edges()).hasSize(SELECTORS);

        Drawn last = frames.get(frames.size() - 1);
        assertThat(last).isEqualTo(new Drawn(SELECTORS + 1, SELECTORS));
        assertThat(frames).as("frames with part of the graph drawn")
                .filteredOn(d -> d.boxes() > 0 && !d.equals(last)).hasSizeGreaterThan(1);
        for (int i = 1; i < frames.size(); i++) {
            Drawn before = frames.get(i - 1);
            Drawn now = frames.get(i);
            assertThat(now.boxes() - before.boxes()).as("boxes added in a frame").isLessThanOrEqualTo(GraphView.BOXES_PER_FRAME);
            assertThat(now.edges() - before.edges()).as("edges added in a frame").isLessThanOrEqualTo(GraphView.EDGES_PER_FRAME);
            if (now.edges() > 0) {
                assertThat(now.boxes()).as("edges come after every box").isEqualTo(SELECTORS + 1);
            }
        }

        // The edges lie under the boxes: in a layer drawn before theirs.
        Node edge = onFx(() -> view.lookupAll("." + Styles.GRAPH_EDGE).stream()
                .filter(n -> n.getProperties().containsKey(GraphView.EDGE_KEY)).findFirst().orElseThrow());
        Node box = onFx(() -> view.lookup("." + Styles.GRAPH_NODE));
        Parent canvas = edge.getParent().getParent();
        assertThat(box.getParent().getParent()).isSameAs(canvas);
        assertThat(canvas.getChildrenUnmodifiable().indexOf(edge.getParent()))
                .isLessThan(canvas.getChildrenUnmodifiable().indexOf(box.getParent()));
    }
}
