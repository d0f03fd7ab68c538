package org.kconfigexplorer.app.ui.explorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kconfigexplorer.app.ui.FxTestSupport.onFx;
import static org.kconfigexplorer.app.ui.FxTestSupport.waitUntil;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TitledPane;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kconfigexplorer.app.ui.FxTestSupport;
import org.kconfigexplorer.app.ui.ExplorerApp;
import org.kconfigexplorer.app.ui.Styles.Ids;
import org.kconfigexplorer.app.ui.TestTrees;
import org.kconfigexplorer.app.ui.menu.OptionRow;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * Starts the real application on a directory whose Kconfig has a syntax error: the window
 * opens, names the file and line in the problems list, and shows the options that loaded.
 */
class SyntaxErrorStartupTest {

    @TempDir
    Path dir;

    private Application app;

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void theProblemIsShownWithFileAndLineAndTheRestLoads() throws Exception {
        TestTrees.brokenTree(dir);
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(ExplorerApp.class, "--tree", dir.toString());
        FxRobot robot = new FxRobot();

        waitUntil("the problems list is shown", () -> robot.lookup("#" + Ids.PROBLEMS_PANE).tryQuery()
                .map(Node::isVisible).orElse(false));
        ListView<?> list = robot.lookup("#" + Ids.PROBLEMS_LIST).queryListView();
        List<String> items = onFx(() -> list.getItems().stream().map(Object::toString).toList());
        assertThat(items).anySatisfy(text -> assertThat(text).contains("broken/Kconfig:4").contains("error"));

        // The user sees it: a rendered cell carries file:line, and the pane's title counts it.
        List<String> cells = onFx(() -> robot.lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getListView() == list && c.getText() != null)
                .map(ListCell::getText).toList());
        assertThat(cells).anySatisfy(text -> assertThat(text).contains("broken/Kconfig:4"));
        String title = onFx(() -> robot.lookup("#" + Ids.PROBLEMS_PANE).queryAs(TitledPane.class).getText());
        assertThat(title).startsWith("Problems (");

        // The rest of the tree loaded.
        waitUntil("the tree is shown", () -> !labels(robot).isEmpty());
        assertThat(onFx(() -> labels(robot))).contains("A fine option", "Before the error");
    }

    @SuppressWarnings("unchecked")
    private static List<String> labels(FxRobot robot) {
        TreeTableView<OptionRow> tree = FxTestSupport.shownOptionTree(robot);
        List<String> out = new ArrayList<>();
        if (tree.getRoot() != null) {
            for (TreeItem<OptionRow> child : tree.getRoot().getChildren()) { // the root item is not shown
                collect(child, out);
            }
        }
        return out;
    }

    private static void collect(TreeItem<OptionRow> item, List<String> out) {
        out.add(item.getValue().label());
        for (TreeItem<OptionRow> child : item.getChildren()) {
            collect(child, out);
        }
    }
}
