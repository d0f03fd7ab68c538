package org.kconfigexplorer.app.ui.toolchain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kconfigexplorer.app.ui.TestTrees.CLANG19;
import static org.kconfigexplorer.app.ui.TestTrees.GCC;
import static org.kconfigexplorer.app.ui.TestTrees.preset;

import org.junit.jupiter.api.Test;
import org.kconfigexplorer.app.ui.concurrent.SameThreadExecutor;
import org.kconfigexplorer.app.ui.explorer.ExplorerViewModel;
import org.kconfigexplorer.app.ui.explorer.SessionSource;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfiles;

/**
 * While the Toolchain panel is hidden its fields wait (so that a preset change does not lay out a
 * panel nobody sees); shown again, they give the toolchain in effect, and editing one applies it,
 * even a field nothing has read since it was filled (an invalidation listener missed that edit).
 */
class ToolchainPanelHiddenTest {

    @Test
    void hiddenFieldsCatchUpWhenShown() {
        ExplorerViewModel vm = new ExplorerViewModel(SessionSource.embedded(), ToolchainProfiles.presets(),
                new SameThreadExecutor(), "test");
        vm.open(preset(GCC));
        ToolchainViewModel toolchain = vm.toolchain();
        String gccVersion = toolchain.ccVersionProperty().get();
        assertThat(toolchain.ccKindProperty().get().name()).isEqualTo("GCC");

        toolchain.activeProperty().set(false);
        vm.selectedPresetProperty().set(preset(CLANG19));
        assertThat(vm.session().profile().id()).isEqualTo(CLANG19);
        assertThat(toolchain.ccVersionProperty().get()).as("hidden: not followed yet").isEqualTo(gccVersion);

        toolchain.activeProperty().set(true);
        assertThat(toolchain.ccKindProperty().get().name()).isEqualTo("CLANG");
        assertThat(toolchain.ccVersionProperty().get()).isEqualTo(preset(CLANG19).cc().version());
        assertThat(toolchain.modeTextProperty().get()).contains(preset(CLANG19).name());

        // An edit now starts from the toolchain in effect, not from the one shown before hiding.
        toolchain.rustcLlvmProperty().set("20.1.0");
        assertThat(vm.session().profile().cc().kind().name()).isEqualTo("CLANG");
        assertThat(vm.session().profile().rustc().llvmVersion()).isEqualTo("20.1.0");
    }
}
