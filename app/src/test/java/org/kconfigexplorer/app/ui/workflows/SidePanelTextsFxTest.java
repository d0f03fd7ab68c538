package org.kconfigexplorer.app.ui.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kconfigexplorer.app.ui.FxTestSupport.onFx;
import static org.kconfigexplorer.app.ui.FxTestSupport.waitUntil;
import static org.kconfigexplorer.app.ui.FxTestSupport.waitUntilIdle;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tab;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.kconfigexplorer.app.ui.EmbeddedWindowFxTest;
import org.kconfigexplorer.app.ui.NodeVisibility;
import org.kconfigexplorer.app.ui.Styles.Ids;
import org.kconfigexplorer.app.ui.settings.FontScale;
import org.testfx.util.WaitForAsyncUtils;

/**
 * At 200% the side panel is narrow for its buttons: they wrap onto more lines, each text whole
 * (an HBox had cut "Load .config…" down to "Lo…").
 */
class SidePanelTextsFxTest extends EmbeddedWindowFxTest {

    /** The visible buttons of the selected side tab whose text is shown shortened. */
    private List<String> cutButtons(String tabId) {
        return onFx(() -> {
            Tab tab = window.view().sideTabs().getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst()
                    .orElseThrow();
            window.view().sideTabs().getSelectionModel().select(tab);
            tab.getContent().applyCss();
            ((javafx.scene.Parent) tab.getContent()).layout();
            List<String> cut = new ArrayList<>();
            for (Node n : tab.getContent().lookupAll(".button")) {
                if (n instanceof Button b && NodeVisibility.isShown(b) && b.getText() != null && !b.getText().isEmpty()) {
                    Text shown = (Text) b.lookup(".text");
                    if (shown == null || !b.getText().equals(shown.getText())) {
                        cut.add(b.getText() + " shown as " + (shown == null ? null : shown.getText()));
                    }
                }
            }
            return cut;
        });
    }

    @Test
    void theToolchainAndChangesPanelsShowWholeButtonTextsAt200Percent() {
        waitUntilIdle(window.viewModel());
        onFx(() -> {
            window.view().fontScaleProperty().set(FontScale.P200);
            window.view().mainSplit().setDividerPositions(0.55);
            return null;
        });
        waitUntil("the text size has come to every panel", () -> onFx(window.view()::isTextSizeApplied));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cutButtons(Ids.TOOLCHAIN_TAB)).isEmpty();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cutButtons(Ids.CHANGES_TAB)).isEmpty();
    }
}
