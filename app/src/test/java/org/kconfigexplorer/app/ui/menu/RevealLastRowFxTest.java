package org.kconfigexplorer.app.ui.menu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kconfigexplorer.app.ui.FxTestSupport.onFx;
import static org.kconfigexplorer.app.ui.FxTestSupport.waitUntilIdle;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kconfigexplorer.app.ui.ExplorerWindow;
import org.kconfigexplorer.app.ui.FxTestSupport;
import org.kconfigexplorer.app.ui.LaunchOptions;
import org.kconfigexplorer.app.ui.concurrent.FxBackgroundExecutor;
import org.kconfigexplorer.app.ui.settings.SettingsStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An option chosen from outside the list (a search, a link, "Rust inline helpers") ends up in view,
 * even the tree's last row at 200% in a window of 1240x700 (where JavaFX's own scrollTo went past
 * the end of the list and left it out of view).
 */
@ExtendWith(ApplicationExtension.class)
class RevealLastRowFxTest {

    @TempDir
    static Path dir;

    private ExplorerWindow window;
    private FxBackgroundExecutor executor;

    @Start
    void start(Stage stage) throws Exception {
        Path file = Files.writeString(dir.resolve("settings.json"), "{\"fontScale\":200,\"window\":{\"width\":1240,"
                + "\"height\":700,\"mainDivider\":0.5,\"x\":0,\"y\":0,\"maximized\":false,\"splitView\":false}}");
        executor = new FxBackgroundExecutor();
        window = ExplorerWindow.open(stage, LaunchOptions.defaults(), executor,
                (owner, title, suggested) -> Optional.empty(), new SettingsStore(file));
    }

    @Stop
    void stop() {
        executor.shutdown();
    }

    /** Whether the selected row lies within the list's rows area (below the column header). */
    private static boolean selectedRowInView(TreeTableView<OptionRow> tree) {
        Node header = tree.lookup(".column-header-background");
        Bounds view = tree.localToScene(tree.getBoundsInLocal());
        double top = header == null ? view.getMinY() : header.localToScene(header.getBoundsInLocal()).getMaxY();
        for (Node n : tree.lookupAll(".tree-table-row-cell")) {
            if (n instanceof TreeTableRow<?> r && r.isVisible() && r.getTreeItem() != null
                    && r.getTreeItem() == tree.getSelectionModel().getSelectedItem()) {
                Bounds b = r.localToScene(r.getBoundsInLocal());
                return b.getMinY() >= top - 0.5 && b.getMaxY() <= view.getMaxY() + 0.5;
            }
        }
        return false;
    }

    @Test
    void theTreesLastRowIsRevealedAt200Percent(FxRobot robot) {
        waitUntilIdle(window.viewModel());
        onFx(() -> window.viewModel().selectSymbol("RUST_INLINE_HELPERS")); // the last row of the embedded tree
        WaitForAsyncUtils.sleep(1, java.util.concurrent.TimeUnit.SECONDS);
        TreeTableView<OptionRow> tree = FxTestSupport.shownOptionTree(robot);
        assertThat(onFx(() -> tree.getSelectionModel().getSelectedItem().getValue().label()))
                .startsWith("Inline C helpers");
        assertThat(onFx(() -> selectedRowInView(tree))).as("the selected last row is in view").isTrue();
    }
}
