package org.kconfigexplorer.app.ui.explorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kconfigexplorer.app.ui.FxTestSupport.onFx;

import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kconfigexplorer.app.ui.FxTestSupport;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A hidden side panel keeps its size while the tab pane changes size, and asks for no room; shown
 * again, it takes the tab pane's size.
 */
@ExtendWith(ApplicationExtension.class)
class SidePanelPaneFxTest {

    private Stage stage;

    @AfterEach
    void close() {
        onFx(() -> {
            stage.close();
            return null;
        });
    }

    private static Tab tab(String title, Region panel) {
        Tab tab = new Tab(title);
        tab.setContent(new SidePanelPane(panel, tab.selectedProperty()));
        return tab;
    }

    @Test
    void aHiddenPanelKeepsItsSizeUntilShown() {
        Region shownPanel = new StackPane(new Label("shown"));
        Region hiddenPanel = new StackPane(new Label("hidden, and wanting room"));
        hiddenPanel.setMinWidth(500);
        TabPane tabs = onFx(() -> new TabPane(tab("Shown", shownPanel), tab("Hidden", hiddenPanel)));
        stage = onFx(() -> FxTestSupport.showInOwnStage(tabs, 400, 300));
        WaitForAsyncUtils.waitForFxEvents();
        double hiddenWidth = onFx(hiddenPanel::getWidth);
        assertThat(onFx(() -> tabs.minWidth(-1))).as("the hidden panel asks for no room").isLessThan(500);

        onFx(() -> {
            stage.setWidth(700);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(shownPanel::getWidth)).isGreaterThan(600);
        assertThat(onFx(hiddenPanel::getWidth)).as("hidden: not laid out anew").isEqualTo(hiddenWidth);

        onFx(() -> {
            tabs.getSelectionModel().select(1);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(hiddenPanel::getWidth)).as("shown: the tab pane's width").isEqualTo(onFx(shownPanel::getWidth));
    }
}
