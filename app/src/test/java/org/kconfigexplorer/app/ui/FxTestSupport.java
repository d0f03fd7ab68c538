package org.kconfigexplorer.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TreeTableCell;
import org.kconfigexplorer.app.ui.conditions.ConditionRow;
import org.kconfigexplorer.app.ui.conditions.ConditionTreeView;
import org.kconfigexplorer.app.ui.menu.OptionRow;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Look-ups and waits shared by the explorer's TestFX tests. */
public final class FxTestSupport {

    private FxTestSupport() {
    }

    /**
     * Shows {@code root} in the light theme in a window of its own, {@code width} by {@code height}
     * (the tests' shared stage keeps its size for the explorer windows of other tests). Call on the
     * FX thread; close the window when done.
     */
    public static javafx.stage.Stage showInOwnStage(Parent root, double width, double height) {
        javafx.scene.Scene scene = new javafx.scene.Scene(root, width, height);
        Theme.LIGHT.applyTo(scene);
        javafx.stage.Stage stage = new javafx.stage.Stage();
        stage.setScene(scene);
        stage.show();
        return stage;
    }

    /** Waits (up to 20 s) until {@code condition}, evaluated on the FX thread, holds. */
    public static void waitUntil(String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                    () -> WaitForAsyncUtils.asyncFx(condition).get(5, TimeUnit.SECONDS));
        } catch (Exception e) {
            throw new AssertionError("timed out waiting until " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits until the explorer has loaded its tree and nothing runs in the background. */
    public static void waitUntilIdle(org.kconfigexplorer.app.ui.explorer.ExplorerViewModel vm) {
        waitUntil("the explorer is idle", () -> vm.readyProperty().get() && !vm.isBusy());
    }

    /**
     * The name of the symbol (or the label of the entry) the side panels describe, whichever tab is
     * shown: a hidden Details panel does not follow the selection, so its labels may be behind.
     */
    public static String describedName(org.kconfigexplorer.app.ui.explorer.ExplorerViewModel vm) {
        return onFx(() -> {
            OptionRow row = vm.describedRowProperty().get();
            return row == null ? "" : row.symbol() != null ? row.symbol().name() : row.label();
        });
    }

    /**
     * The option list on screen: the full tree or the split view's entries. Both stay in the scene
     * (one hidden), so a plain look-up of their id could find the hidden one.
     */
    @SuppressWarnings("unchecked")
    public static javafx.scene.control.TreeTableView<OptionRow> shownOptionTree(FxRobot robot) {
        return robot.lookup("#" + Styles.Ids.OPTION_TREE).match(NodeVisibility::isShown)
                .queryAs(javafx.scene.control.TreeTableView.class);
    }

    /** Evaluates {@code query} on the FX thread. */
    public static <T> T onFx(Callable<T> query) {
        try {
            return WaitForAsyncUtils.asyncFx(query).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("FX query failed", e);
        }
    }

    /** The rendered precondition line whose term is {@code term} (a big tree is drawn over a few frames). */
    public static Node conditionCell(FxRobot robot, String term) {
        java.util.function.Supplier<Optional<Node>> cell = () -> robot.lookup("." + Styles.CONDITION_CELL)
                .match(n -> n.getProperties().get(ConditionTreeView.ROW_KEY) instanceof ConditionRow r
                        && r.term().equals(term))
                .tryQuery();
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> cell.get().isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no precondition line for " + term + "; shown: " + conditionTexts(robot));
        }
        return cell.get().orElseThrow();
    }

    /** The text of every rendered precondition line, as the user reads it. */
    public static List<String> conditionTexts(FxRobot robot) {
        return robot.lookup("." + Styles.CONDITION_CELL).queryAll().stream().map(FxTestSupport::lineText).toList();
    }

    /** A line as the user reads it: its labels and text flows, joined with spaces. */
    public static String lineText(Node line) {
        StringBuilder sb = new StringBuilder();
        for (Node child : ((Parent) line).getChildrenUnmodifiable()) {
            String part = child instanceof Label l ? l.getText()
                    : child instanceof javafx.scene.text.TextFlow flow ? flowText(flow) : null;
            if (part != null) {
                sb.append(sb.length() == 0 ? "" : " ").append(part);
            }
        }
        return sb.toString();
    }

    private static String flowText(javafx.scene.text.TextFlow flow) {
        StringBuilder sb = new StringBuilder();
        for (Node n : flow.getChildren()) {
            if (n instanceof javafx.scene.text.Text t) {
                sb.append(t.getText());
            }
        }
        return sb.toString();
    }

    /** Asserts that the precondition line for {@code term} is shown as met (or unmet): text and style. */
    public static void assertCondition(FxRobot robot, String term, boolean met) {
        Node cell = conditionCell(robot, term);
        String text = lineText(cell);
        assertThat(text).as("line of " + term).startsWith(met ? "\u2714 met" : "\u2718 unmet").contains(term);
        assertThat(cell.getStyleClass()).as("style of " + term)
                .contains(met ? Styles.CONDITION_MET : Styles.CONDITION_UNMET)
                .doesNotContain(met ? Styles.CONDITION_UNMET : Styles.CONDITION_MET);
    }

    /** The check box shown in the menu tree for {@code symbol}'s row. */
    public static CheckBox treeCheckBox(FxRobot robot, String symbol) {
        return robot.lookup("." + Styles.OPTION_TOGGLE).match(n -> {
            OptionRow row = rowOfCell(n);
            return row != null && NodeVisibility.isShown(n) && row.symbol() != null && row.symbol().name().equals(symbol);
        }).<CheckBox>tryQuery().orElseThrow(() -> new AssertionError("no check box shown for " + symbol));
    }

    /** The Option cell shown in the menu tree for {@code symbol}'s row, if it is on screen. */
    public static Optional<Node> treeOptionCell(FxRobot robot, String symbol) {
        return robot.lookup("." + Styles.OPTION_CELL).match(n -> {
            OptionRow row = rowOfCell(n);
            return row != null && NodeVisibility.isShown(n) && row.symbol() != null && row.symbol().name().equals(symbol);
        }).tryQuery();
    }

    /**
     * The text of the Value cell shown in the menu tree for {@code symbol}'s row (call on the FX
     * thread, e.g. inside {@link #waitUntil} or {@link #onFx}); null when the row is not on screen.
     */
    public static String treeValueText(FxRobot robot, String symbol) {
        return robot.lookup("." + Styles.VALUE_CELL).match(n -> {
            OptionRow row = n instanceof TreeTableCell<?, ?> cell && cell.getTableRow() != null
                    ? (OptionRow) cell.getTableRow().getItem() : null;
            return row != null && NodeVisibility.isShown(n) && row.symbol() != null && row.symbol().name().equals(symbol);
        }).<TreeTableCell<?, ?>>tryQuery().map(TreeTableCell::getText).orElse(null);
    }

    private static OptionRow rowOfCell(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p instanceof TreeTableCell<?, ?> cell && cell.getItem() instanceof OptionRow row) {
                return row;
            }
        }
        return null;
    }
}
