package org.kconfigexplorer.app.ui.perf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kconfigexplorer.app.ui.explorer.ExplorerViewModel;
import org.kconfigexplorer.app.ui.explorer.SessionSource;
import org.kconfigexplorer.app.ui.graph.InsightViewModel;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfile;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfiles;

/**
 * Measures what the FX thread does when the toolchain preset changes on the full Linux x86_64
 * tree (issue 6): the new model is built in the background; the UI part binds every view model
 * to it. Off-screen, like {@link ToggleMeasurement}; run it with
 *
 * <pre>
 * KCONFIG_EXPLORER_KERNEL_SRC=/opt/kernel/linux-source-6.12 \
 *   mvn -o -q -pl app -am test -Dtest=ProfileSwitchMeasurement -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
class ProfileSwitchMeasurement {

    @Test
    void presetChangeOnX86() {
        SessionSource source = ToggleMeasurement.x86Source();
        // The reloaded model is bound on the UI thread: count that as UI time.
        ToggleMeasurement.QueueingExecutor executor = new ToggleMeasurement.QueueingExecutor() {
            @Override
            public void onUiThread(Runnable action) {
                queue.add(action);
            }
        };
        List<ToolchainProfile> presets = ToolchainProfiles.presets();
        ExplorerViewModel vm = new ExplorerViewModel(source, presets, executor, "test");
        new InsightViewModel(vm);
        vm.open(presets.get(0));
        executor.drain();
        vm.selectSymbol("RUST");
        executor.drain();
        List<Long> ui = new ArrayList<>();
        List<Long> background = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            long bg0 = executor.backgroundNanos;
            long t0 = System.nanoTime();
            vm.selectedPresetProperty().set(presets.get((i + 1) % 2));
            long direct = System.nanoTime() - t0;
            long later = executor.drain();
            if (i >= 2) {
                ui.add(direct + later);
                background.add(executor.backgroundNanos - bg0);
            }
        }
        Collections.sort(ui);
        Collections.sort(background);
        System.out.printf("preset change: UI thread median %.1f ms, max %.1f ms; background median %.1f ms%n",
                ui.get(ui.size() / 2) / 1e6, ui.get(ui.size() - 1) / 1e6, background.get(background.size() / 2) / 1e6);
    }
}
