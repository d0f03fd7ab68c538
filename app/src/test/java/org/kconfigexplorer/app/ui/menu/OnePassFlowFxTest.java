package org.kconfigexplorer.app.ui.menu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kconfigexplorer.app.ui.FxTestSupport.onFx;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A change of the row count followed by a scroll in the same event (a filter or a page turn, then
 * the selection revealed) updates each row on screen once, in the layout pulse, and the rows show
 * the right entries. JavaFX's own flow lays the rows out at once for the new count, at the old
 * scroll position, and again in the pulse: twice the row updates.
 */
@ExtendWith(ApplicationExtension.class)
class OnePassFlowFxTest {

    private static final int ROWS_ON_SCREEN = 20;
    private static final double ROW_HEIGHT = 20;

    private final AtomicInteger updates = new AtomicInteger();
    /** The same count for JavaFX's own flow, which shows the cost this flow avoids. */
    private final AtomicInteger plainUpdates = new AtomicInteger();
    private TreeView<String> onePass;
    private TreeView<String> plain;

    /** A stage of its own: the shared one keeps the size other tests expect. */
    private Stage ownStage;

    @Start
    void start(Stage stage) {
        onePass = countingTree(true);
        plain = countingTree(false);
        javafx.scene.layout.HBox both = new javafx.scene.layout.HBox(onePass, plain);
        ownStage = new Stage();
        ownStage.setScene(new Scene(both, 400, ROWS_ON_SCREEN * ROW_HEIGHT));
        ownStage.show();
    }

    @Stop
    void stop() {
        ownStage.close();
    }

    private TreeView<String> countingTree(boolean onePassFlow) {
        TreeItem<String> root = new TreeItem<>("root");
        for (int i = 0; i < 5; i++) {
            TreeItem<String> menu = new TreeItem<>("menu " + i);
            for (int j = 0; j < 50; j++) {
                menu.getChildren().add(new TreeItem<>("entry " + i + "." + j));
            }
            root.getChildren().add(menu);
        }
        root.setExpanded(true);
        TreeView<String> view = onePassFlow ? new TreeView<>(root) {
            @Override
            protected javafx.scene.control.Skin<?> createDefaultSkin() {
                return OnePassFlow.treeSkin(this);
            }
        } : new TreeView<>(root);
        view.setShowRoot(false);
        view.setFixedCellSize(ROW_HEIGHT);
        view.setPrefWidth(200);
        view.setCellFactory(t -> new TreeCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                if (!empty && getTreeView() == onePass) {
                    updates.incrementAndGet();
                }
                if (!empty && getTreeView() == plain) {
                    plainUpdates.incrementAndGet();
                }
            }
        });
        return view;
    }

    @Test
    void aCountChangeUpdatesTheRowsOnScreenOnceAndShowsTheRightEntries() {
        WaitForAsyncUtils.waitForFxEvents();
        for (int opened = 0; opened < 3; opened++) {
            int menu = opened;
            updates.set(0);
            plainUpdates.set(0);
            onFx(() -> {
                for (TreeView<String> view : List.of(onePass, plain)) {
                    view.getRoot().getChildren().get(menu).setExpanded(true);
                    view.scrollTo(menu * 51 + 30);
                }
                return null;
            });
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(updates.get()).as("row updates after opening menu %d", menu).isLessThanOrEqualTo(ROWS_ON_SCREEN + 1);
            assertThat(plainUpdates.get()).as("JavaFX's own flow, for comparison").isGreaterThan(ROWS_ON_SCREEN + 1);
            assertThat(shownTexts(onePass)).as("rows after opening menu %d", menu).isEqualTo(shownTexts(plain));
        }
        assertThat(shownTexts(onePass)).startsWith("entry 2.29", "entry 2.30").hasSize(ROWS_ON_SCREEN);
        onFx(() -> {
            onePass.scrollTo(60);
            plain.scrollTo(60);
            onePass.getRoot().getChildren().get(0).setExpanded(false);
            plain.getRoot().getChildren().get(0).setExpanded(false);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shownTexts(onePass)).isEqualTo(shownTexts(plain)).isNotEmpty();
    }

    /** The texts of the rows on screen, top to bottom. */
    private static List<String> shownTexts(TreeView<String> view) {
        return onFx(() -> {
            List<TreeCell<?>> cells = new ArrayList<>();
            for (javafx.scene.Node n : view.lookupAll(".tree-cell")) {
                if (n instanceof TreeCell<?> c && c.isVisible() && !c.isEmpty() && c.getParent() != null) {
                    cells.add(c);
                }
            }
            cells.sort(java.util.Comparator.comparingInt(TreeCell::getIndex));
            return cells.stream().map(TreeCell::getText).toList();
        });
    }
}
