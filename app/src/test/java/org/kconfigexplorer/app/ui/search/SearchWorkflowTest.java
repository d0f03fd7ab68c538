package org.kconfigexplorer.app.ui.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kconfigexplorer.app.ui.FxTestSupport.onFx;
import static org.kconfigexplorer.app.ui.FxTestSupport.waitUntil;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kconfigexplorer.app.ui.ExplorerWindow;
import org.kconfigexplorer.app.ui.FxTestSupport;
import org.kconfigexplorer.app.ui.LaunchOptions;
import org.kconfigexplorer.app.ui.Styles;
import org.kconfigexplorer.app.ui.Styles.Ids;
import org.kconfigexplorer.app.ui.concurrent.FxBackgroundExecutor;
import org.kconfigexplorer.app.ui.menu.OptionRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/** Searching as you type: results (hidden ones marked), jumping to the tree, regex mode and its errors. */
@ExtendWith(ApplicationExtension.class)
class SearchWorkflowTest {

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
    private ListView<SearchViewModel.Result> results(FxRobot robot) {
        return robot.lookup("#" + Ids.SEARCH_RESULTS).queryAs(ListView.class);
    }

    private String status(FxRobot robot) {
        return onFx(() -> robot.lookup("#" + Ids.SEARCH_STATUS).queryAs(Label.class).getText());
    }

    @Test
    void typeSeeResultsAndJumpToTheTree(FxRobot robot) {
        FxTestSupport.waitUntilIdle(window.viewModel());
        robot.clickOn("#" + Ids.SEARCH_PANEL_FIELD);
        robot.write("inline c hel");
        waitUntil("one result", () -> results(robot).getItems().size() == 1);
        assertThat(status(robot)).isEqualTo("1 match (1 hidden now)");
        Node cell = robot.lookup("." + Styles.SEARCH_RESULT).query();
        assertThat(robot.from(cell).lookup("." + Styles.SEARCH_HIDDEN).queryAs(Label.class).getText()).contains("hidden");
        assertThat(robot.from(cell).lookup("." + Styles.SEARCH_RESULT_NAME).queryAs(Label.class).getText())
                .isEqualTo("RUST_INLINE_HELPERS");

        robot.clickOn(cell);
        waitUntil("the tree selects it", () -> {
            TreeTableView<OptionRow> tree = FxTestSupport.shownOptionTree(robot);
            var item = tree.getSelectionModel().getSelectedItem();
            return item != null && item.getValue().symbol() != null
                    && item.getValue().symbol().name().equals("RUST_INLINE_HELPERS");
        });
        assertThat(robot.lookup("#" + Ids.DETAILS_NAME).queryAs(Label.class).getText()).isEqualTo("RUST_INLINE_HELPERS");

        // Help text is searched too; Down then Enter opens the first result.
        robot.clickOn("#" + Ids.SEARCH_PANEL_FIELD);
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write("null block driver");
        waitUntil("help results", () -> !results(robot).getItems().isEmpty());
        assertThat(results(robot).getItems()).extracting(SearchViewModel.Result::name).contains("BLK_DEV_RUST_NULL");

        // Regex mode, and what an invalid pattern does.
        robot.clickOn("#" + Ids.SEARCH_REGEX);
        robot.clickOn("#" + Ids.SEARCH_PANEL_FIELD);
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write("^rustc_.*version$");
        waitUntil("regex results", () -> results(robot).getItems().size() >= 2
                && results(robot).getItems().stream().allMatch(r -> r.name().startsWith("RUSTC_")));
        robot.write("(");
        waitUntil("the error is shown", () -> status(robot).startsWith("Not a valid regular expression"));
        assertThat(results(robot).isVisible()).isFalse();
        assertThat(robot.lookup("#" + Ids.SEARCH_PANEL_FIELD).query().getStyleClass()).contains(Styles.SEARCH_ERROR);
        robot.push(KeyCode.ESCAPE);
        waitUntil("the search is cleared", () -> status(robot).isEmpty());
    }
}
