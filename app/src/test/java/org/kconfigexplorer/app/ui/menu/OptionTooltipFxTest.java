package org.kconfigexplorer.app.ui.menu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kconfigexplorer.app.ui.FxTestSupport.onFx;
import static org.kconfigexplorer.app.ui.FxTestSupport.waitUntil;

import java.util.Optional;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.kconfigexplorer.app.ui.EmbeddedWindowFxTest;
import org.kconfigexplorer.app.ui.FxTestSupport;
import org.kconfigexplorer.app.ui.Styles.Ids;
import org.testfx.api.FxRobot;

/**
 * Hovering an option in the menu tree shows a tooltip naming it and, when it cannot be changed,
 * why and what would change that; the list's cells share one tooltip, so it must follow the pointer.
 */
class OptionTooltipFxTest extends EmbeddedWindowFxTest {

    private static Optional<String> shownTooltip() {
        return Window.getWindows().stream().filter(w -> w instanceof javafx.scene.control.Tooltip && w.isShowing())
                .map(w -> ((javafx.scene.control.Tooltip) w).getText()).findFirst();
    }

    private String hover(FxRobot robot, String symbol) {
        onFx(() -> window.viewModel().selectSymbol(symbol));
        waitUntil(symbol + " is on screen", () -> FxTestSupport.treeOptionCell(robot, symbol).isPresent());
        robot.moveTo(FxTestSupport.treeOptionCell(robot, symbol).orElseThrow()).moveBy(4, 0).moveBy(4, 0);
        waitUntil("a tooltip over " + symbol, () -> shownTooltip().isPresent());
        String text = onFx(() -> shownTooltip().orElseThrow());
        // Away from the list (the search field has a tooltip of its own, the details text none).
        robot.moveTo("#" + Ids.SIDE_TABS).moveBy(0, 120);
        waitUntil("the tooltip hides", () -> shownTooltip().isEmpty());
        return text;
    }

    @Test
    void tooltipsNameTheHoveredOptionAndWhyItIsLocked(FxRobot robot) {
        FxTestSupport.waitUntilIdle(window.viewModel());

        // With the default preset (GCC), the Rust inline helpers are out of reach: the tooltip says why.
        String locked = hover(robot, "RUST_INLINE_HELPERS");
        assertThat(locked).startsWith("RUST_INLINE_HELPERS: Cannot be changed now").contains("\n\u2192 ");

        // Another cell of the same list: the shared tooltip now tells about that option.
        String free = hover(robot, "EXPERT");
        assertThat(free).isEqualTo("EXPERT");
    }
}
