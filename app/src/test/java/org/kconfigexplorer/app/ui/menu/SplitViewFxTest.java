package org.kconfigexplorer.app.ui.menu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kconfigexplorer.app.ui.FxTestSupport.onFx;
import static org.kconfigexplorer.app.ui.FxTestSupport.waitUntil;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kconfigexplorer.app.ui.ExplorerWindow;
import org.kconfigexplorer.app.ui.FxTestSupport;
import org.kconfigexplorer.app.ui.LaunchOptions;
import org.kconfigexplorer.app.ui.NodeVisibility;
import org.kconfigexplorer.app.ui.Styles;
import org.kconfigexplorer.app.ui.Styles.Ids;
import org.kconfigexplorer.app.ui.concurrent.FxBackgroundExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * The split view driven as a user would on the embedded model: submenus on the left, a submenu's
 * entries on the right; search and keyboard turn the pages; toggling works there too; the filter
 * applies to both lists; switching back keeps the selection.
 */
@ExtendWith(ApplicationExtension.class)
class SplitViewFxTest {

    private ExplorerWindow window;
    private FxBackgroundExecutor executor;

    @Start
    void start(Stage stage) {
        executor = new FxBackgroundExecutor();
        window = ExplorerWindow.open(stage, LaunchOptions.defaults(), executor, (owner, title, suggested) -> Optional.empty());
    }

    @Stop
    void stop() {
        executor.shutdown();
    }

    @SuppressWarnings("unchecked")
    private static TreeView<OptionRow> menuList(FxRobot robot) {
        return robot.lookup("#" + Ids.MENU_LIST).queryAs(TreeView.class);
    }

    @SuppressWarnings("unchecked")
    private static TreeTableView<OptionRow> optionList(FxRobot robot) {
        return FxTestSupport.shownOptionTree(robot);
    }

    /** The labels the option list shows, depth first (open items only). */
    private static List<String> pageLabels(FxRobot robot) {
        return onFx(() -> {
            List<String> out = new ArrayList<>();
            TreeTableView<OptionRow> t = optionList(robot);
            for (int i = 0; i < t.getExpandedItemCount(); i++) {
                out.add(t.getTreeItem(i).getValue().label());
            }
            return out;
        });
    }

    private static List<String> menuLabels(FxRobot robot) {
        return onFx(() -> {
            List<String> out = new ArrayList<>();
            collect(menuList(robot).getRoot(), out);
            return out;
        });
    }

    private static void collect(TreeItem<OptionRow> item, List<String> out) {
        out.add(item.getValue().label());
        item.getChildren().forEach(c -> collect(c, out));
    }

    private static String selectedMenu(FxRobot robot) {
        return onFx(() -> {
            TreeItem<OptionRow> item = menuList(robot).getSelectionModel().getSelectedItem();
            return item == null ? null : item.getValue().label();
        });
    }

    private static String selectedOption(FxRobot robot) {
        return onFx(() -> {
            TreeItem<OptionRow> item = optionList(robot).getSelectionModel().getSelectedItem();
            return item == null || item.getValue().symbol() == null ? null : item.getValue().symbol().name();
        });
    }

    private static String path(FxRobot robot) {
        return onFx(() -> robot.lookup("#" + Ids.MENU_PATH).queryAs(Label.class).getText());
    }

    private static Node menuCell(FxRobot robot, String label) {
        // Settled first: reading the list (menuLabels) opens its lazily made entries, which re-lays it out.
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("." + Styles.MENU_LIST_CELL)
                .match(n -> n instanceof TreeCell<?> c && !c.isEmpty() && c.getItem() instanceof OptionRow r
                        && r.label().equals(label) && NodeVisibility.isShown(c))
                .query();
    }

    private static void focusOptionList(FxRobot robot) {
        onFx(() -> {
            optionList(robot).requestFocus();
            return null;
        });
    }

    @Test
    void browseSubmenusSearchToggleFilterAndSwitchBack(FxRobot robot) {
        FxTestSupport.waitUntilIdle(window.viewModel());
        // Switched on with an option selected: the split view opens on that option's page.
        onFx(() -> window.viewModel().selectSymbol("RUST_INLINE_HELPERS"));
        robot.clickOn("#" + Ids.SPLIT_VIEW_TOGGLE);
        waitUntil("the menu list is shown",
                () -> robot.lookup("#" + Ids.MENU_LIST).match(NodeVisibility::isShown).tryQuery().isPresent());
        waitUntil("Rust hacking's page", () -> "Rust hacking".equals(selectedMenu(robot)));
        assertThat(selectedOption(robot)).isEqualTo("RUST_INLINE_HELPERS");

        // Left: submenus only (menus and menuconfig entries with entries under them), nested.
        List<String> menus = menuLabels(robot);
        assertThat(menus.get(0)).isEqualTo("Kconfig Explorer: Linux 7.1 Rust model");
        assertThat(menus).contains("General setup", "BPF subsystem", "Kernel hacking", "Rust hacking");
        assertThat(menus).doesNotContain("Configure standard kernel features (expert users)", "Rust support");

        // Choosing a submenu shows its entries only, under the path to it.
        robot.clickOn(menuCell(robot, "General setup"));
        waitUntil("General setup's page", () -> path(robot).equals("General setup"));
        List<String> page = pageLabels(robot);
        assertThat(page).contains("BPF subsystem", "Rust support").doesNotContain("Kernel hacking");
        assertThat(page).as("a submenu on a page is entered, not expanded").doesNotContain("Enable bpf() system call");
        assertThat(onFx(() -> window.viewModel().selectedRowProperty().get().label())).isEqualTo("General setup");

        // A search turns to the page holding the match; the menu list follows.
        robot.clickOn("#" + Ids.SEARCH_FIELD);
        robot.write("RUST_INLINE_HELPERS");
        robot.push(KeyCode.ENTER);
        waitUntil("the option list selects it", () -> "RUST_INLINE_HELPERS".equals(selectedOption(robot)));
        assertThat(selectedMenu(robot)).isEqualTo("Rust hacking");
        assertThat(path(robot)).isEqualTo("Kernel hacking \u203a Rust hacking");

        // Backspace goes up a level with the submenu just left selected; Enter goes back in.
        focusOptionList(robot);
        robot.push(KeyCode.BACK_SPACE);
        waitUntil("Kernel hacking's page", () -> "Kernel hacking".equals(selectedMenu(robot)));
        assertThat(onFx(() -> optionList(robot).getSelectionModel().getSelectedItem().getValue().label()))
                .isEqualTo("Rust hacking");
        robot.push(KeyCode.ENTER);
        waitUntil("Rust hacking's page again", () -> "Rust hacking".equals(selectedMenu(robot)));
        assertThat(selectedOption(robot)).isNotNull();

        // Toggling from the keyboard works on a page: EXPERT in General setup.
        robot.clickOn(menuCell(robot, "General setup"));
        waitUntil("General setup's page", () -> path(robot).endsWith("General setup"));
        String before = onFx(() -> window.viewModel().tree().bySymbol("EXPERT").orElseThrow().value());
        onFx(() -> window.viewModel().selectSymbol("EXPERT"));
        waitUntil("EXPERT selected", () -> "EXPERT".equals(selectedOption(robot)));
        focusOptionList(robot);
        robot.push(KeyCode.SPACE);
        waitUntil("EXPERT toggled", () -> !before.equals(window.viewModel().tree().bySymbol("EXPERT").orElseThrow()
                .value()));

        // "Changed only" applies to both lists: only the way to EXPERT is left.
        onFx(() -> {
            window.viewModel().filterProperty().set(OptionFilter.CHANGED);
            return null;
        });
        waitUntil("the menu list is filtered", () -> !menuLabels(robot).contains("BPF subsystem"));
        assertThat(menuLabels(robot)).contains("General setup").doesNotContain("Rust hacking");
        assertThat(pageLabels(robot)).containsExactly("Configure standard kernel features (expert users)");
        onFx(() -> {
            window.viewModel().filterProperty().set(OptionFilter.ALL);
            return null;
        });

        // Back to the full tree: the same entry stays selected there.
        robot.clickOn("#" + Ids.SPLIT_VIEW_TOGGLE);
        waitUntil("the full tree is back",
                () -> robot.lookup("#" + Ids.MENU_LIST).match(NodeVisibility::isShown).tryQuery().isEmpty());
        waitUntil("EXPERT still selected", () -> "EXPERT".equals(selectedOption(robot)));
        assertThat(pageLabels(robot)).contains("General setup", "Kernel hacking", "Configure standard kernel features (expert users)");

        // Another option chosen in the full tree, then the split view again (same tree and filter,
        // so its lists are not rebuilt): it opens on the new option's page.
        onFx(() -> window.viewModel().selectSymbol("RUST_INLINE_HELPERS"));
        robot.clickOn("#" + Ids.SPLIT_VIEW_TOGGLE);
        waitUntil("Rust hacking's page once more", () -> "Rust hacking".equals(selectedMenu(robot)));
        assertThat(selectedOption(robot)).isEqualTo("RUST_INLINE_HELPERS");
        assertThat(path(robot)).isEqualTo("Kernel hacking \u203a Rust hacking");

        // Another toolchain re-evaluates the same rows: the page and the selection stay, the values follow.
        List<String> rustPage = pageLabels(robot);
        onFx(() -> {
            window.viewModel().selectedPresetProperty().set(org.kconfigexplorer.app.ui.TestTrees.preset(
                    "clang19-rustc185-llvm19"));
            return null;
        });
        FxTestSupport.waitUntilIdle(window.viewModel());
        waitUntil("Clang is in effect", () -> window.viewModel().tree().bySymbol("CC_IS_CLANG").orElseThrow()
                .value().equals("y"));
        assertThat(selectedMenu(robot)).isEqualTo("Rust hacking");
        assertThat(selectedOption(robot)).isEqualTo("RUST_INLINE_HELPERS");
        assertThat(pageLabels(robot)).isEqualTo(rustPage);
    }

    @Test
    void theHiddenLayoutIsNotReachedByTab(FxRobot robot) {
        FxTestSupport.waitUntilIdle(window.viewModel());
        // Both layouts stay in the scene; whichever is hidden must be out of reach.
        for (boolean split : new boolean[] {false, true}) {
            onFx(() -> {
                window.view().splitViewProperty().set(split);
                window.viewModel().selectSymbol("EXPERT");
                return null;
            });
            waitUntil("the layout is switched", () -> onFx(() -> NodeVisibility.isShown(menuList(robot)) == split));
            robot.clickOn(FxTestSupport.shownOptionTree(robot));
            List<Node> reached = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
                robot.push(KeyCode.TAB);
                reached.add(onFx(() -> window.view().getScene().getFocusOwner()));
            }
            assertThat(reached).as("focus owners after Tab, split view " + split).allMatch(NodeVisibility::isShown);
            assertThat(reached).as("the shown option list is reached by Tab")
                    .contains(FxTestSupport.shownOptionTree(robot));
        }
    }

    /** The split view's option list while the full tree is on screen. */
    private static OptionTreeView hiddenOptionList(FxRobot robot) {
        return robot.lookup("#" + Ids.OPTION_TREE).match(n -> !NodeVisibility.isShown(n)).queryAs(OptionTreeView.class);
    }

    @Test
    void theHiddenSplitViewCatchesUpWhileTheUserIsIdle(FxRobot robot) {
        FxTestSupport.waitUntilIdle(window.viewModel());
        // With the full tree on screen, the filter changes and an option on another page is selected.
        onFx(() -> {
            window.viewModel().filterProperty().set(OptionFilter.PROMPTED);
            window.viewModel().selectSymbol("RUST_INLINE_HELPERS");
            return null;
        });
        OptionTreeView hidden = hiddenOptionList(robot);
        OptionRow selected = onFx(() -> window.viewModel().selectedRowProperty().get());
        assertThat(onFx(() -> Optional.ofNullable(hidden.pageProperty().get()).map(OptionRow::label)))
                .isNotEqualTo(Optional.of("Rust hacking"));

        // An idle moment: the hidden list turns to the selection's page, under the filter.
        onFx(() -> {
            window.view().prepareHiddenLayout();
            return null;
        });
        assertThat(onFx(() -> hidden.pageProperty().get().label())).isEqualTo("Rust hacking");
        TreeItem<OptionRow> prepared = onFx(() -> hidden.itemOf(selected));
        assertThat(prepared).isNotNull();
        List<String> preparedRows = onFx(() -> prepared.getParent().getChildren().stream()
                .map(i -> i.getValue().label()).toList());
        assertThat(preparedRows).allMatch(label -> window.viewModel().shownRowsProperty().get().stream()
                .anyMatch(r -> r.label().equals(label)));

        // Shown, it only selects the row: the same items, nothing made anew.
        onFx(() -> {
            window.view().splitViewProperty().set(true);
            return null;
        });
        waitUntil("the split view selects the option", () -> "RUST_INLINE_HELPERS".equals(selectedOption(robot)));
        assertThat(onFx(() -> optionList(robot).getSelectionModel().getSelectedItem())).isSameAs(prepared);
    }

    @Test
    void theHiddenSplitViewFirstGrowsToItsHeightOverFrames(FxRobot robot) {
        FxTestSupport.waitUntilIdle(window.viewModel());
        SplitMenuView split = window.view().splitMenus();
        double full = onFx(() -> window.view().optionLayouts().getHeight());
        assertThat(full).isPositive();

        // Prepared while hidden, its lists get their trees at no height (no rows made yet), then
        // it grows a part a frame, so its lists make a part of their rows each frame.
        List<Double> heights = new java.util.concurrent.CopyOnWriteArrayList<>();
        double first = onFx(() -> {
            split.maxHeightProperty().addListener((obs, old, now) -> heights.add(now.doubleValue()));
            window.view().prepareHiddenLayout();
            return split.getMaxHeight();
        });
        assertThat(first).isZero();
        waitUntil("grown to its height", () -> onFx(() -> split.getMaxHeight() == Region.USE_COMPUTED_SIZE));
        List<Double> parts = heights.stream().filter(h -> h > 0 && h < full).toList();
        assertThat(parts).hasSizeGreaterThan(3).isSorted();
        waitUntil("laid out at its height", () -> onFx(() -> split.getHeight() == full));
        assertThat(onFx(() -> split.options().lookupAll(".tree-table-row-cell").size())).isGreaterThan(3);

        // Only the first time: its rows exist from then on.
        onFx(() -> {
            window.viewModel().filterProperty().set(OptionFilter.PROMPTED);
            window.view().prepareHiddenLayout();
            return null;
        });
        assertThat(onFx(split::getMaxHeight)).isEqualTo(Region.USE_COMPUTED_SIZE);
    }

    @Test
    void aSplitViewShownWhileGrowingHasItsFullHeight(FxRobot robot) {
        FxTestSupport.waitUntilIdle(window.viewModel());
        SplitMenuView split = window.view().splitMenus();
        onFx(() -> {
            window.view().prepareHiddenLayout();
            window.view().splitViewProperty().set(true);
            return null;
        });
        waitUntil("the split view is shown", () -> onFx(split::isVisible));
        assertThat(onFx(split::getMaxHeight)).isEqualTo(Region.USE_COMPUTED_SIZE);
        waitUntil("laid out at the full height",
                () -> onFx(() -> split.getHeight() == window.view().optionLayouts().getHeight()));
    }
}
