package org.kconfigexplorer.app.ui.details;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kconfigexplorer.app.ui.FxTestSupport.onFx;
import static org.kconfigexplorer.app.ui.FxTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kconfigexplorer.app.ui.ExplorerWindow;
import org.kconfigexplorer.app.ui.FxTestSupport;
import org.kconfigexplorer.app.ui.LaunchOptions;
import org.kconfigexplorer.app.ui.NodeVisibility;
import org.kconfigexplorer.app.ui.Styles.Ids;
import org.kconfigexplorer.app.ui.TestTrees;
import org.kconfigexplorer.app.ui.Theme;
import org.kconfigexplorer.app.ui.concurrent.FxBackgroundExecutor;
import org.kconfigexplorer.app.ui.explorer.ExplorerViewModel;
import org.kconfigexplorer.kconfig.explain.SymbolRelations;
import org.kconfigexplorer.kconfig.model.Symbol;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * The Details panel (details and relations) follows the selection only while it is on screen:
 * hidden behind another tab it keeps what it showed, and once shown again it describes the
 * selection at once. Enter on a text-typed option still brings the details up to type its value.
 */
@ExtendWith(ApplicationExtension.class)
class HiddenDetailsFxTest {

    private static final int SOURCE_TAB = 1;

    private ExplorerWindow window;
    private FxBackgroundExecutor executor;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) throws Exception {
        executor = new FxBackgroundExecutor();
        // The mini Rust tree: RUST and EXPERT with relations, and LOG_BUF_SHIFT, an int with a prompt.
        Path mini = TestTrees.miniTree(Files.createDirectories(dir.resolve("mini")));
        window = ExplorerWindow.open(stage, new LaunchOptions(mini, null, null, null, Theme.LIGHT, List.of()), executor,
                (owner, title, suggested) -> Optional.empty());
    }

    @Stop
    void stop() {
        executor.shutdown();
    }

    private ExplorerViewModel vm() {
        return window.viewModel();
    }

    private TabPane sideTabs() {
        return window.view().sideTabs();
    }

    /** The relation links the Details panel shows ("NAME = value"). */
    private List<String> shownLinks(FxRobot robot) {
        return onFx(() -> robot.lookup("#" + Ids.DETAILS_PANE).query().lookupAll(".hyperlink").stream()
                .filter(NodeVisibility::isShown).map(n -> ((Hyperlink) n).getText()).toList());
    }

    private void selectAndWaitUntilDescribed(String name) {
        onFx(() -> vm().selectSymbol(name));
        waitUntil(name + " described", () -> name.equals(FxTestSupport.describedName(vm())));
    }

    /** The first symbol in {@code name}'s relations, as the relations list names it. */
    private String firstRelated(String name) {
        return onFx(() -> {
            Symbol sym = vm().model().symbol(name);
            return SymbolRelations.of(vm().model()).all(sym).values().stream().flatMap(List::stream)
                    .findFirst().orElseThrow().name();
        });
    }

    @Test
    void aHiddenDetailsPanelCatchesUpWhenShown(FxRobot robot) {
        FxTestSupport.waitUntilIdle(vm());
        selectAndWaitUntilDescribed("RUST");
        waitUntil("RUST's details", () -> onFx(() -> vm().details().nameProperty().get()).equals("RUST"));
        String rustRelated = firstRelated("RUST");
        waitUntil("RUST's relations", () -> shownLinks(robot).stream().anyMatch(l -> l.startsWith(rustRelated + " ")));
        List<String> rustLinks = shownLinks(robot);

        onFx(() -> {
            sideTabs().getSelectionModel().select(SOURCE_TAB);
            return null;
        });
        selectAndWaitUntilDescribed("EXPERT");
        // Hidden: the details and relations still show RUST.
        assertThat(onFx(() -> vm().details().nameProperty().get())).isEqualTo("RUST");
        assertThat(onFx(() -> robot.lookup("#" + Ids.DETAILS_PANE).query().lookupAll(".hyperlink").stream()
                .map(n -> ((Hyperlink) n).getText()).filter(t -> !t.isEmpty()).toList())).containsAll(rustLinks);

        // Shown again: EXPERT's at once, before the next frame.
        String expertRelated = firstRelated("EXPERT");
        String shownName = onFx(() -> {
            sideTabs().getSelectionModel().select(0);
            return vm().details().nameProperty().get();
        });
        assertThat(shownName).isEqualTo("EXPERT");
        waitUntil("EXPERT's relations", () -> shownLinks(robot).stream().anyMatch(l -> l.startsWith(expertRelated + " ")));
        assertThat(shownLinks(robot)).isNotEqualTo(rustLinks);
    }

    @Test
    void enterOnATextOptionBringsUpTheDetailsFromAnotherTab(FxRobot robot) {
        FxTestSupport.waitUntilIdle(vm());
        onFx(() -> {
            sideTabs().getSelectionModel().select(SOURCE_TAB);
            return null;
        });
        selectAndWaitUntilDescribed("LOG_BUF_SHIFT");
        onFx(() -> {
            FxTestSupport.shownOptionTree(robot).requestFocus();
            return null;
        });
        robot.push(KeyCode.ENTER);

        waitUntil("the details are shown", () -> onFx(() -> sideTabs().getSelectionModel().getSelectedIndex() == 0));
        waitUntil("the value field has the focus", () -> onFx(() -> {
            Node focused = window.view().getScene().getFocusOwner();
            return focused instanceof TextField f && Ids.VALUE_FIELD.equals(f.getId()) && "17".equals(f.getText());
        }));
    }
}
