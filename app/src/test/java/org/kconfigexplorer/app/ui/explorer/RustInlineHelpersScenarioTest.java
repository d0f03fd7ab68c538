package org.kconfigexplorer.app.ui.explorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kconfigexplorer.app.ui.FxTestSupport.assertCondition;
import static org.kconfigexplorer.app.ui.FxTestSupport.onFx;
import static org.kconfigexplorer.app.ui.FxTestSupport.treeCheckBox;
import static org.kconfigexplorer.app.ui.FxTestSupport.treeValueText;
import static org.kconfigexplorer.app.ui.FxTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kconfigexplorer.app.ui.ExplorerWindow;
import org.kconfigexplorer.app.ui.LaunchOptions;
import org.kconfigexplorer.app.ui.Styles.Ids;
import org.kconfigexplorer.app.ui.TestTrees;
import org.kconfigexplorer.app.ui.concurrent.FxBackgroundExecutor;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfile;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * The product story, clicked through as a user would on the embedded Linux 7.1 model: with GCC
 * the Rust inline helpers are out of reach; with Clang 19, EXPERT and RUST they become
 * available, get enabled, and end up in the exported fragment.
 */
@ExtendWith(ApplicationExtension.class)
class RustInlineHelpersScenarioTest {

    @TempDir
    Path dir;

    private ExplorerWindow window;
    private FxBackgroundExecutor executor;
    private Path exportTarget;

    @Start
    void start(Stage stage) {
        exportTarget = dir.resolve("rust-helpers.config");
        executor = new FxBackgroundExecutor();
        window = ExplorerWindow.open(stage, LaunchOptions.defaults(), executor,
                (owner, title, suggested) -> Optional.of(exportTarget));
    }

    @Stop
    void stop() {
        executor.shutdown();
    }

    private void waitUntilIdle() {
        ExplorerViewModel vm = window.viewModel();
        waitUntil("the explorer is idle", () -> vm.readyProperty().get() && !vm.isBusy());
    }

    private void choosePreset(FxRobot robot, String id) {
        ToolchainProfile preset = TestTrees.preset(id);
        robot.clickOn("#" + Ids.PRESET_COMBO);
        robot.clickOn(preset.name());
        waitUntilIdle();
        ComboBox<?> combo = robot.lookup("#" + Ids.PRESET_COMBO).queryComboBox();
        assertThat(onFx(() -> ((ToolchainProfile) combo.getValue()).id())).isEqualTo(id);
        waitUntil("the tree uses " + id, () -> window.viewModel().session().profile().id().equals(id));
    }

    private void searchAndSelect(FxRobot robot, String text) {
        robot.clickOn("#" + Ids.SEARCH_FIELD);
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write(text);
        robot.push(KeyCode.ENTER);
        waitUntil(text + " is selected", () -> text.equals(
                robot.lookup("#" + Ids.DETAILS_NAME).queryAs(Label.class).getText()));
    }

    private String detailsValue(FxRobot robot) {
        return onFx(() -> robot.lookup("#" + Ids.DETAILS_VALUE).queryAs(Label.class).getText());
    }

    @Test
    void enablingRustInlineHelpersWithAMatchingClang(FxRobot robot) throws Exception {
        waitUntilIdle();

        // GCC (the default preset): the helpers are out of reach, and the panel says why.
        robot.clickOn("#" + Ids.RUST_HELPERS_BUTTON);
        waitUntil("RUST_INLINE_HELPERS is shown", () -> "RUST_INLINE_HELPERS".equals(
                robot.lookup("#" + Ids.DETAILS_NAME).queryAs(Label.class).getText()));
        assertCondition(robot, "Requirements of RUST_INLINE_HELPERS", false);
        assertCondition(robot, "CC_IS_CLANG", false);
        assertCondition(robot, "RUSTC_CLANG_LLVM_COMPATIBLE", false);
        assertCondition(robot, "EXPERT", false);
        assertThat(robot.lookup("#" + Ids.VERDICT).queryAs(Label.class).getText()).contains("Not available");
        assertThat(robot.lookup("#" + Ids.ADVICE).queryParent().getChildrenUnmodifiable())
                .anySatisfy(n -> assertThat(((Label) n).getText()).contains("CC_IS_CLANG").contains("toolchain"));
        CheckBox helpers = treeCheckBox(robot, "RUST_INLINE_HELPERS");
        assertThat(helpers.isDisabled()).isTrue();
        assertThat(onFx(() -> treeValueText(robot, "RUST_INLINE_HELPERS"))).isEqualTo("n");

        // Clang 19 with a rustc on LLVM 19: the toolchain terms turn green, EXPERT is still missing.
        choosePreset(robot, TestTrees.CLANG19);
        assertCondition(robot, "CC_IS_CLANG", true);
        assertCondition(robot, "RUSTC_CLANG_LLVM_COMPATIBLE", true);
        assertCondition(robot, "RUSTC_LLVM_MAJOR_VERSION = 19", true);
        assertCondition(robot, "EXPERT", false);
        assertCondition(robot, "Requirements of RUST_INLINE_HELPERS", false);
        // The menu tree shows the new toolchain facts too.
        searchAndSelect(robot, "RUSTC_CLANG_LLVM_COMPATIBLE");
        waitUntil("the tree shows RUSTC_CLANG_LLVM_COMPATIBLE = y",
                () -> "y".equals(treeValueText(robot, "RUSTC_CLANG_LLVM_COMPATIBLE")));

        // EXPERT: search for it and tick its box in the tree.
        searchAndSelect(robot, "EXPERT");
        robot.clickOn(treeCheckBox(robot, "EXPERT"));
        waitUntil("EXPERT is y", () -> "y".equals(detailsValue(robot)));

        // RUST: search for it and press the "y" button in the details.
        searchAndSelect(robot, "RUST");
        robot.clickOn("#" + Ids.VALUE_Y);
        waitUntil("RUST is y", () -> "y".equals(detailsValue(robot)));

        // Back to the helpers: every precondition is met now.
        robot.clickOn("#" + Ids.RUST_HELPERS_BUTTON);
        waitUntil("RUST_INLINE_HELPERS is shown", () -> "RUST_INLINE_HELPERS".equals(
                robot.lookup("#" + Ids.DETAILS_NAME).queryAs(Label.class).getText()));
        assertCondition(robot, "Requirements of RUST_INLINE_HELPERS", true);
        assertCondition(robot, "EXPERT", true);
        assertCondition(robot, "RUST", true);
        assertCondition(robot, "CC_IS_CLANG", true);
        assertThat(robot.lookup("#" + Ids.VERDICT).queryAs(Label.class).getText())
                .contains("All preconditions are met");

        // Tick it in the tree.
        CheckBox box = treeCheckBox(robot, "RUST_INLINE_HELPERS");
        assertThat(box.isDisabled()).isFalse();
        robot.clickOn(box);
        waitUntil("RUST_INLINE_HELPERS is y", () -> "y".equals(detailsValue(robot)));
        assertThat(onFx(() -> treeCheckBox(robot, "RUST_INLINE_HELPERS").isSelected())).isTrue();
        assertThat(onFx(() -> treeValueText(robot, "RUST_INLINE_HELPERS"))).isEqualTo("y");

        // Export the fragment (the file dialog is replaced by a fixed path).
        robot.clickOn("#" + Ids.EXPORT_BUTTON);
        waitUntil("the fragment is written", () -> Files.exists(exportTarget) && !window.viewModel().isBusy());
        String fragment = Files.readString(exportTarget);
        assertThat(fragment).contains("CONFIG_RUST_INLINE_HELPERS=y", "CONFIG_EXPERT=y", "CONFIG_RUST=y");
        assertThat(robot.lookup("#" + Ids.STATUS_LABEL).queryAs(Label.class).getText()).contains("Fragment written");

        // Back on GCC the helpers' preconditions are unmet again, the user's choices kept.
        choosePreset(robot, TestTrees.GCC);
        assertCondition(robot, "CC_IS_CLANG", false);
        assertCondition(robot, "Requirements of RUST_INLINE_HELPERS", false);
        assertCondition(robot, "EXPERT", true);
        assertThat(detailsValue(robot)).isEqualTo("n");
        assertThat(onFx(() -> treeValueText(robot, "RUST_INLINE_HELPERS"))).isEqualTo("n");
        assertThat(onFx(() -> treeCheckBox(robot, "RUST_INLINE_HELPERS").isDisabled())).isTrue();
        searchAndSelect(robot, "RUSTC_CLANG_LLVM_COMPATIBLE");
        waitUntil("the tree shows RUSTC_CLANG_LLVM_COMPATIBLE = n",
                () -> "n".equals(treeValueText(robot, "RUSTC_CLANG_LLVM_COMPATIBLE")));
    }
}
