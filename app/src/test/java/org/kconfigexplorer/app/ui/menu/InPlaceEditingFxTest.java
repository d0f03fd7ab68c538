package org.kconfigexplorer.app.ui.menu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kconfigexplorer.app.ui.FxTestSupport.onFx;
import static org.kconfigexplorer.app.ui.FxTestSupport.treeValueText;
import static org.kconfigexplorer.app.ui.FxTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kconfigexplorer.app.ui.ExplorerWindow;
import org.kconfigexplorer.app.ui.FxTestSupport;
import org.kconfigexplorer.app.ui.LaunchOptions;
import org.kconfigexplorer.app.ui.Styles;
import org.kconfigexplorer.app.ui.Styles.Ids;
import org.kconfigexplorer.app.ui.TestTrees;
import org.kconfigexplorer.app.ui.Theme;
import org.kconfigexplorer.app.ui.concurrent.FxBackgroundExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * Values edited in place in the menu tree's Value column, from the keyboard (F2): an int refused
 * with the reason and then taken, Escape leaving the value alone, a bool chosen from its allowed
 * values, and an option that cannot be changed not opening an editor.
 */
@ExtendWith(ApplicationExtension.class)
class InPlaceEditingFxTest {

    @TempDir
    Path dir;

    private ExplorerWindow window;
    private FxBackgroundExecutor executor;

    @Start
    void start(Stage stage) throws Exception {
        Path mini = TestTrees.miniTree(Files.createDirectories(dir.resolve("mini")));
        executor = new FxBackgroundExecutor();
        window = ExplorerWindow.open(stage, new LaunchOptions(mini, null, null, null, Theme.LIGHT, List.of()), executor,
                (owner, title, suggested) -> Optional.empty());
    }

    @Stop
    void stop() {
        executor.shutdown();
    }

    private void selectInTree(FxRobot robot, String symbol) {
        onFx(() -> {
            window.viewModel().selectSymbol(symbol);
            FxTestSupport.shownOptionTree(robot).requestFocus();
            return null;
        });
    }

    private String value(String symbol) {
        return onFx(() -> window.viewModel().tree().bySymbol(symbol).orElseThrow().value());
    }

    @Test
    void editIntAndBoolValuesInTheTree(FxRobot robot) {
        FxTestSupport.waitUntilIdle(window.viewModel());

        // An int: F2 opens a field; an out-of-range value is refused, marked, and the reason given.
        selectInTree(robot, "LOG_BUF_SHIFT");
        robot.push(KeyCode.F2);
        waitUntil("the field opens", () -> robot.lookup("#" + Ids.VALUE_CELL_FIELD).tryQuery().isPresent());
        TextField field = robot.lookup("#" + Ids.VALUE_CELL_FIELD).queryAs(TextField.class);
        assertThat(onFx(() -> field.getText())).isEqualTo("17");
        robot.push(KeyCode.CONTROL, KeyCode.A).write("99").push(KeyCode.ENTER);
        waitUntil("refused", () -> field.getStyleClass().contains(Styles.FIELD_ERROR));
        assertThat(onFx(() -> field.getTooltip().getText())).contains("outside the allowed range 12 to 25");
        assertThat(value("LOG_BUF_SHIFT")).isEqualTo("17");

        // Escape leaves it as it was; a good value is taken and shown in the tree.
        robot.push(KeyCode.ESCAPE);
        waitUntil("the field closes", () -> robot.lookup("#" + Ids.VALUE_CELL_FIELD).tryQuery().isEmpty());
        assertThat(value("LOG_BUF_SHIFT")).isEqualTo("17");
        selectInTree(robot, "LOG_BUF_SHIFT");
        robot.push(KeyCode.F2);
        waitUntil("the field opens again", () -> robot.lookup("#" + Ids.VALUE_CELL_FIELD).tryQuery().isPresent());
        robot.push(KeyCode.CONTROL, KeyCode.A).write("19").push(KeyCode.ENTER);
        waitUntil("LOG_BUF_SHIFT is 19 in the tree", () -> "19".equals(treeValueText(robot, "LOG_BUF_SHIFT")));
        assertThat(robot.lookup("#" + Ids.VALUE_CELL_FIELD).tryQuery()).isEmpty();

        // A bool: F2 offers the values allowed now; choosing y sets it.
        selectInTree(robot, "EXPERT");
        robot.push(KeyCode.F2);
        waitUntil("the choices open", () -> robot.lookup("#" + Ids.VALUE_CELL_CHOICE).tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ComboBox<String> choice = robot.lookup("#" + Ids.VALUE_CELL_CHOICE).queryAs(ComboBox.class);
        assertThat(onFx(() -> List.copyOf(choice.getItems()))).containsExactly("n", "y");
        onFx(() -> {
            choice.setValue("y");
            return null;
        });
        waitUntil("EXPERT is y", () -> "y".equals(value("EXPERT")));

        // A toolchain fact cannot be changed: no editor opens.
        selectInTree(robot, "CC_IS_CLANG");
        robot.push(KeyCode.F2);
        assertThat(robot.lookup("#" + Ids.VALUE_CELL_CHOICE).tryQuery()).isEmpty();
        assertThat(robot.lookup("#" + Ids.VALUE_CELL_FIELD).tryQuery()).isEmpty();

        // Undo takes back the in-place edits like any other change.
        onFx(() -> {
            window.viewModel().undo();
            window.viewModel().undo();
            return null;
        });
        waitUntil("undone", () -> "17".equals(value("LOG_BUF_SHIFT")) && "n".equals(value("EXPERT")));
    }
}
