package org.kconfigexplorer.app.ui.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kconfigexplorer.app.ui.FxTestSupport.onFx;
import static org.kconfigexplorer.app.ui.FxTestSupport.treeValueText;
import static org.kconfigexplorer.app.ui.FxTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kconfigexplorer.app.ui.FxTestSupport;
import org.kconfigexplorer.app.ui.ExplorerWindow;
import org.kconfigexplorer.app.ui.LaunchOptions;
import org.kconfigexplorer.app.ui.Styles.Ids;
import org.kconfigexplorer.app.ui.TestTrees;
import org.kconfigexplorer.app.ui.Theme;
import org.kconfigexplorer.app.ui.concurrent.FxBackgroundExecutor;
import org.kconfigexplorer.app.ui.explorer.ExplorerViewModel;
import org.kconfigexplorer.app.ui.menu.OptionRow;
import org.kconfigexplorer.app.ui.settings.SettingsStore;
import org.kconfigexplorer.kconfig.toolchain.HostToolchainDetector;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * Issues 3, 4 and 6 driven as a user would: typing values (refused with a reason, then
 * accepted), undo and redo, filters, the changes list, .config files and comparisons, the
 * toolchain panel with live re-evaluation and detection, and opening kernel trees (a load in
 * host mode cancelled, the open tree kept).
 */
@ExtendWith(ApplicationExtension.class)
class WorkflowsFxTest {

    @TempDir
    Path dir;

    private ExplorerWindow window;
    private FxBackgroundExecutor executor;
    private final StubDialogs dialogs = new StubDialogs();
    private Path settingsFile;

    @Start
    void start(Stage stage) throws Exception {
        Path mini = TestTrees.miniTree(Files.createDirectories(dir.resolve("mini")));
        executor = new FxBackgroundExecutor();
        settingsFile = dir.resolve("settings/settings.json");
        window = ExplorerWindow.open(stage, new LaunchOptions(mini, null, null, null, Theme.LIGHT, List.of()), executor,
                dialogs, new SettingsStore(settingsFile));
        window.viewModel().toolchain().setDetector(arch -> new HostToolchainDetector(command ->
                command.startsWith("clang") ? "clang version 19.1.7\n"
                        : command.startsWith("rustc") ? "rustc 1.85.0\nrelease: 1.85.0\nLLVM version: 19.1.7\n"
                        : command.startsWith("bindgen") ? "bindgen 0.71.1\n" : "").detect(arch, "clang"));
    }

    @Stop
    void stop() {
        executor.shutdown();
    }

    private ExplorerViewModel vm() {
        return window.viewModel();
    }

    private void waitUntilIdle() {
        waitUntil("the explorer is idle", () -> vm().readyProperty().get() && !vm().isBusy());
    }

    private void search(FxRobot robot, String text) {
        robot.clickOn("#" + Ids.SEARCH_FIELD);
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write(text);
        robot.push(KeyCode.ENTER);
        waitUntil(text + " is selected", () -> text.equals(FxTestSupport.describedName(vm())));
    }

    private String value(String symbol) {
        return onFx(() -> vm().tree().bySymbol(symbol).orElseThrow().value());
    }

    private void replaceText(FxRobot robot, String id, String text) {
        robot.clickOn("#" + id);
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.push(KeyCode.BACK_SPACE);
        robot.write(text);
    }

    private static String text(FxRobot robot, String id) {
        return onFx(() -> {
            Node n = robot.lookup("#" + id).query();
            return n instanceof Label l ? l.getText() : ((TextArea) n).getText();
        });
    }

    @Test
    void editUndoFilterRevertAndConfigFiles(FxRobot robot) throws Exception {
        waitUntilIdle();
        search(robot, "LOG_BUF_SHIFT");

        // A value out of range is refused with the reason; a good one is taken.
        replaceText(robot, Ids.VALUE_FIELD, "99");
        robot.push(KeyCode.ENTER);
        waitUntil("the refusal is shown", () -> text(robot, Ids.VALUE_ERROR).contains("outside the allowed range 12 to 25"));
        assertThat(value("LOG_BUF_SHIFT")).isEqualTo("17");
        replaceText(robot, Ids.VALUE_FIELD, "18");
        robot.push(KeyCode.ENTER);
        waitUntil("LOG_BUF_SHIFT is 18", () -> "18".equals(treeValueText(robot, "LOG_BUF_SHIFT")));
        assertThat(text(robot, Ids.VALUE_ERROR)).isEmpty();

        // Undo and redo from the keyboard.
        robot.clickOn(FxTestSupport.shownOptionTree(robot));
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil("undone", () -> "17".equals(treeValueText(robot, "LOG_BUF_SHIFT")));
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        waitUntil("redone", () -> "18".equals(treeValueText(robot, "LOG_BUF_SHIFT")));

        // "Changed only" leaves LOG_BUF_SHIFT and the menu it is in.
        robot.clickOn("#" + Ids.FILTER_COMBO);
        robot.clickOn("Changed only");
        waitUntil("only the changed option is shown", () -> labels(robot).equals(List.of("General setup",
                "Kernel log buffer size (16 => 64KB, 17 => 128KB)")));
        robot.clickOn("#" + Ids.FILTER_COMBO);
        robot.clickOn("All options");
        waitUntil("every option is shown again", () -> labels(robot).size() > 10);

        // The changes list: revert it.
        robot.clickOn("#" + Ids.CHANGES_TAB);
        ListView<?> changes = robot.lookup("#" + Ids.CHANGES_LIST).queryListView();
        waitUntil("the change is listed", () -> changes.getItems().size() == 1);
        robot.clickOn(cell(robot, changes, "LOG_BUF_SHIFT = 18"));
        robot.clickOn("#" + Ids.REVERT_BUTTON);
        waitUntil("reverted", () -> "17".equals(value("LOG_BUF_SHIFT")) && changes.getItems().isEmpty());

        // Save .config: the previous file is kept as .config.old.
        Path config = dir.resolve(".config");
        Files.writeString(config, "# the user's old config\n");
        dialogs.save = config;
        robot.clickOn("#" + Ids.SAVE_CONFIG_BUTTON);
        waitUntil(".config is written", () -> Files.readString(config).contains("CONFIG_LOG_BUF_SHIFT=17"));
        assertThat(Files.readString(dir.resolve(".config.old"))).contains("the user's old config");

        // Load a .config with a bad line: the warning names file:line and selects the option.
        Path bad = dir.resolve("bad.config");
        Files.writeString(bad, "CONFIG_EXPERT=y\nCONFIG_LOG_BUF_SHIFT=banana\n");
        dialogs.open = bad;
        robot.clickOn("#" + Ids.LOAD_CONFIG_BUTTON);
        waitUntil("EXPERT is y", () -> "y".equals(value("EXPERT")));
        ListView<?> problems = robot.lookup("#" + Ids.PROBLEMS_LIST).queryListView();
        waitUntil("the warning is listed", () -> problems.getItems().stream().anyMatch(p -> p.toString().contains("bad.config:2")));
        search(robot, "EXPERT");
        robot.clickOn(cell(robot, problems, "bad.config:2"));
        waitUntil("the problem selects LOG_BUF_SHIFT",
                () -> "LOG_BUF_SHIFT".equals(FxTestSupport.describedName(vm())));

        // Compare with another .config: the reason each option differs.
        robot.clickOn("#" + Ids.CHANGES_TAB);
        Path other = dir.resolve("other.config");
        Files.writeString(other, "CONFIG_EXPERT=n\nCONFIG_RUST_INLINE_HELPERS=y\n");
        dialogs.open = other;
        robot.clickOn("#" + Ids.COMPARE_BUTTON);
        ListView<?> diffs = robot.lookup("#" + Ids.COMPARISON_LIST).queryListView();
        waitUntil("the differences are listed", () -> !diffs.getItems().isEmpty());
        assertThat(onFx(() -> diffs.getItems().stream().map(d -> ((org.kconfigexplorer.app.ui.changes.ConfigComparison.Difference) d).text()).toList()))
                .anySatisfy(t -> assertThat(t).contains("RUST_INLINE_HELPERS").contains("not visible: depends on"))
                .anySatisfy(t -> assertThat(t).contains("EXPERT: y here, n there"));
    }

    @Test
    void toolchainPanelEditsReevaluateAtOnceAndDetectionShowsItsCommands(FxRobot robot) {
        waitUntilIdle();
        robot.clickOn("#" + Ids.TOOLCHAIN_TAB);
        waitUntil("the affected symbols are listed", () -> text(robot, Ids.fieldAffects("cc.kind")).contains("CC_IS_CLANG"));
        assertThat(text(robot, Ids.TOOLCHAIN_MODE)).contains("nothing is run");

        replaceText(robot, Ids.field("cc.version"), "19.x");
        waitUntil("the field's error is shown", () -> text(robot, Ids.fieldError("cc.version")).startsWith("cc.version:"));
        replaceText(robot, Ids.field("cc.version"), "19.1.7");
        waitUntil("the error is gone", () -> text(robot, Ids.fieldError("cc.version")).isEmpty());
        robot.clickOn("#" + Ids.field("cc.kind"));
        robot.clickOn("CLANG");
        waitUntil("CC_IS_CLANG is y without a reload", () -> "y".equals(value("CC_IS_CLANG")));
        waitUntilIdle();
        assertThat(value("RUSTC_CLANG_LLVM_COMPATIBLE")).isEqualTo("y");

        // Undo the toolchain change from the toolbar.
        robot.clickOn("#" + Ids.UNDO_BUTTON);
        waitUntil("GCC again", () -> "n".equals(value("CC_IS_CLANG")));

        robot.clickOn("#" + Ids.DETECT_BUTTON);
        waitUntil("the commands are shown", () -> text(robot, Ids.DETECT_OUTPUT).contains("$ clang --version"));
        assertThat(text(robot, Ids.DETECT_OUTPUT)).contains("clang version 19.1.7", "$ bindgen --version");
        assertThat(value("CC_IS_CLANG")).isEqualTo("n");
        robot.clickOn("#" + Ids.APPLY_DETECTED_BUTTON);
        waitUntil("the detected toolchain is used", () -> "y".equals(value("CC_IS_CLANG"))
                && vm().session().profile().name().startsWith("This machine"));

        // A toolchain fact's details name the fields behind it.
        search(robot, "CC_IS_CLANG");
        robot.clickOn("#" + Ids.DETAILS_TAB);
        waitUntil("the fields are shown", () -> text(robot, Ids.DETAILS_TOOLCHAIN_FIELDS).contains("cc.kind"));
    }

    @Test
    void openKernelTreesAndCancelAHostLoad(FxRobot robot) throws Exception {
        waitUntilIdle();
        Path kernel = TestTrees.kernelTree(Files.createDirectories(dir.resolve("linux")));
        Path slow = TestTrees.slowHostTree(Files.createDirectories(dir.resolve("slow")), 60);

        robot.clickOn("#" + Ids.OPEN_TREE_BUTTON);
        dialogs.directory = kernel;
        robot.clickOn("#" + Ids.CHOOSE_FOLDER_BUTTON);
        ComboBox<?> arch = robot.lookup("#" + Ids.ARCH_COMBO).queryComboBox();
        waitUntil("the arches are offered", () -> arch.getItems().equals(List.of("arm64", "x86_64", "i386")));
        robot.clickOn(arch);
        robot.clickOn("arm64");
        robot.clickOn("#" + Ids.OPEN_TREE_OK);
        waitUntil("the kernel tree is open", () -> vm().titleProperty().get().contains("Linux/arm64 6.12.9"));
        waitUntilIdle();
        waitUntil("the tree is remembered", () -> Files.exists(settingsFile)
                && Files.readString(settingsFile).contains(kernel.toString()));

        // Host mode, chosen explicitly and said plainly; the slow load is cancelled.
        robot.clickOn("#" + Ids.OPEN_TREE_BUTTON);
        replaceText(robot, Ids.TREE_FOLDER_FIELD, slow.toString());
        robot.clickOn("#" + Ids.HOST_MODE_RADIO);
        assertThat(onFx(() -> robot.lookup(".kx-host-warning").queryAs(Label.class).getText()))
                .contains("will be executed with /bin/sh on this computer");
        robot.clickOn("#" + Ids.OPEN_TREE_OK);
        waitUntil("files are being parsed", () -> vm().filesParsedProperty().get() >= 2
                && robot.lookup("#" + Ids.PROGRESS_LABEL).queryAs(Label.class).isVisible());
        robot.clickOn("#" + Ids.CANCEL_LOAD_BUTTON);
        waitUntil("the load is cancelled", () -> vm().messageProperty().get().contains("Loading cancelled"));
        waitUntilIdle();
        assertThat(vm().titleProperty().get()).contains("Linux/arm64");
        assertThat(vm().hostModeProperty().get()).isFalse();
    }

    private static Node cell(FxRobot robot, ListView<?> list, String text) {
        return onFx(() -> robot.lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getListView() == list && c.getText() != null && c.getText().contains(text))
                .findFirst().orElseThrow(() -> new AssertionError("no cell " + text)));
    }

    @SuppressWarnings("unchecked")
    private static List<String> labels(FxRobot robot) {
        TreeTableView<OptionRow> tree = FxTestSupport.shownOptionTree(robot);
        List<String> out = new ArrayList<>();
        if (tree.getRoot() != null) {
            for (TreeItem<OptionRow> child : tree.getRoot().getChildren()) {
                collect(child, out);
            }
        }
        return out;
    }

    private static void collect(TreeItem<OptionRow> item, List<String> out) {
        out.add(item.getValue().label());
        for (TreeItem<OptionRow> child : item.getChildren()) {
            collect(child, out);
        }
    }
}
