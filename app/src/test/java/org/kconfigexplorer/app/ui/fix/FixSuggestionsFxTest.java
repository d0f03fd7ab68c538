package org.kconfigexplorer.app.ui.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kconfigexplorer.app.ui.FxTestSupport.assertCondition;
import static org.kconfigexplorer.app.ui.FxTestSupport.onFx;
import static org.kconfigexplorer.app.ui.FxTestSupport.treeValueText;
import static org.kconfigexplorer.app.ui.FxTestSupport.waitUntil;
import static org.kconfigexplorer.app.ui.FxTestSupport.waitUntilIdle;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.kconfigexplorer.app.ui.EmbeddedWindowFxTest;
import org.kconfigexplorer.app.ui.Styles;
import org.kconfigexplorer.app.ui.Styles.Ids;
import org.kconfigexplorer.app.ui.TestTrees;
import org.kconfigexplorer.app.ui.explorer.ExplorerViewModel;
import org.testfx.api.FxRobot;

/**
 * The Fix section clicked through on the embedded Linux 7.1 model with GCC: ask for
 * RUST_INLINE_HELPERS=y, apply the top suggestion (a Clang toolchain plus the options), see the
 * option on and its preconditions met; Ctrl+Z takes the whole fix back.
 */
class FixSuggestionsFxTest extends EmbeddedWindowFxTest {

    private String detailsValue(FxRobot robot) {
        return onFx(() -> robot.lookup("#" + Ids.DETAILS_VALUE).queryAs(Label.class).getText());
    }

    /** Scrolls the details so that {@code node} is in view (TestFX clicks where a node is drawn). */
    private void scrollIntoView(FxRobot robot, Node node) {
        robot.interact(() -> {
            ScrollPane pane = robot.lookup("#" + Ids.DETAILS_PANE).queryAs(ScrollPane.class);
            Node content = pane.getContent();
            Bounds b = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
            double scrollable = content.getBoundsInLocal().getHeight() - pane.getViewportBounds().getHeight();
            if (scrollable > 0) {
                pane.setVvalue(Math.min(1, Math.max(0, b.getMinY() / scrollable)));
            }
        });
    }

    @Test
    void applyingTheTopSuggestionEnablesRustInlineHelpersAndCtrlZUndoesIt(FxRobot robot) {
        ExplorerViewModel vm = window.viewModel();
        waitUntilIdle(vm);
        assertThat(onFx(() -> vm.session().profile().id())).isEqualTo(TestTrees.GCC);

        robot.clickOn("#" + Ids.RUST_HELPERS_BUTTON);
        waitUntil("RUST_INLINE_HELPERS is shown", () -> "RUST_INLINE_HELPERS".equals(
                robot.lookup("#" + Ids.DETAILS_NAME).queryAs(Label.class).getText()));
        assertThat(detailsValue(robot)).isEqualTo("n");
        assertCondition(robot, "Requirements of RUST_INLINE_HELPERS", false);

        Node suggest = robot.lookup("#" + Ids.FIX_SUGGEST_BUTTON).query();
        scrollIntoView(robot, suggest);
        robot.clickOn(suggest);
        waitUntil("fix suggestions are shown", () -> !robot.lookup("." + Styles.FIX_APPLY).queryAll().isEmpty());
        Node firstCard = robot.lookup("." + Styles.FIX_SUGGESTION).query();
        assertThat(onFx(() -> robot.from(firstCard).lookup("." + Styles.FIX_PROFILE).queryAs(Label.class).getText()))
                .contains("Clang");

        Button apply = robot.from(firstCard).lookup("." + Styles.FIX_APPLY).queryButton();
        scrollIntoView(robot, apply);
        robot.clickOn(apply);
        waitUntil("the fix is applied", () -> "y".equals(detailsValue(robot)) && !vm.isBusy());
        waitUntilIdle(vm);
        assertThat(onFx(() -> treeValueText(robot, "RUST_INLINE_HELPERS"))).isEqualTo("y");
        assertCondition(robot, "Requirements of RUST_INLINE_HELPERS", true);
        assertThat(robot.lookup("#" + Ids.VERDICT).queryAs(Label.class).getText()).contains("All preconditions are met");
        assertThat(onFx(() -> vm.session().profile().cc().kind().name())).isEqualTo("CLANG");

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil("the fix is undone", () -> "n".equals(detailsValue(robot)) && !vm.isBusy()
                && vm.session().profile().id().equals(TestTrees.GCC));
        waitUntilIdle(vm);
        assertThat(onFx(() -> treeValueText(robot, "RUST_INLINE_HELPERS"))).isEqualTo("n");
        assertCondition(robot, "Requirements of RUST_INLINE_HELPERS", false);
        assertCondition(robot, "CC_IS_CLANG", false);
    }
}
