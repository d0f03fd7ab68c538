package org.kconfigexplorer.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kconfigexplorer.app.ui.FxTestSupport.onFx;
import static org.kconfigexplorer.app.ui.FxTestSupport.waitUntil;

import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.kconfigexplorer.app.ui.Styles.Ids;
import org.testfx.api.FxRobot;

/**
 * A toolbar button has no tooltip until the pointer first comes over it (a tooltip is a popup
 * window, costly to make); then hovering shows its text. Screen readers have the text at once.
 */
class ButtonTooltipFxTest extends EmbeddedWindowFxTest {

    private static Optional<String> shownTooltip() {
        return Window.getWindows().stream().filter(w -> w instanceof Tooltip && w.isShowing())
                .map(w -> ((Tooltip) w).getText()).findFirst();
    }

    @Test
    void aButtonsTooltipIsMadeOnFirstHoverAndShown(FxRobot robot) {
        FxTestSupport.waitUntilIdle(window.viewModel());
        Button open = robot.lookup("#" + Ids.OPEN_TREE_BUTTON).queryButton();
        assertThat(onFx(open::getTooltip)).isNull();
        assertThat(onFx(open::getAccessibleHelp)).contains("Open a Linux kernel source tree");

        robot.moveTo(open).moveBy(3, 0).moveBy(3, 0);
        waitUntil("the tooltip shows", () -> onFx(() -> shownTooltip().isPresent()));
        assertThat(onFx(() -> shownTooltip().orElseThrow())).isEqualTo("Open a Linux kernel source tree (Ctrl+O)");
        assertThat(onFx(open::getTooltip)).isNotNull();

        // Away from the toolbar, so that no tooltip is left over the window for the next test.
        robot.moveTo("#" + Ids.SIDE_TABS).moveBy(0, 120);
        waitUntil("the tooltip hides", () -> onFx(() -> shownTooltip().isEmpty()));
    }
}
