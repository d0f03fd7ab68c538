package org.kconfigexplorer.app.ui.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kconfigexplorer.app.ui.TestTrees.GCC;
import static org.kconfigexplorer.app.ui.TestTrees.preset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kconfigexplorer.app.ui.TestTrees;
import org.kconfigexplorer.app.ui.concurrent.BackgroundExecutor;
import org.kconfigexplorer.app.ui.concurrent.SameThreadExecutor;
import org.kconfigexplorer.app.ui.explorer.ExplorerViewModel;
import org.kconfigexplorer.app.ui.explorer.SessionSource;
import org.kconfigexplorer.app.ui.menu.OptionRow;
import org.kconfigexplorer.kconfig.model.KconfigModel;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfiles;

/**
 * The comparison with a loaded or compared .config runs in the background on a copy of the
 * tree, follows every change, and ends with the latest state whatever order results come in.
 */
class ChangesViewModelTest {

    @TempDir
    Path dir;

    /** Keeps background work until the test runs it, in any order; results come back at once. */
    static final class ManualExecutor implements BackgroundExecutor {
        final List<Runnable> queue = new ArrayList<>();

        @Override
        public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
            queue.add(() -> new SameThreadExecutor().run(work, onSuccess, onFailure));
        }

        @Override
        public void onUiThread(Runnable action) {
            action.run();
        }

        void drain() {
            while (!queue.isEmpty()) {
                queue.remove(0).run();
            }
        }
    }

    private ExplorerViewModel open(BackgroundExecutor executor) throws Exception {
        ExplorerViewModel vm = new ExplorerViewModel(SessionSource.directory(TestTrees.miniTree(
                Files.createDirectory(dir.resolve("mini")))), ToolchainProfiles.presets(), executor, "test");
        vm.open(preset(GCC));
        return vm;
    }

    private static OptionRow row(ExplorerViewModel vm, String symbol) {
        return vm.tree().bySymbol(symbol).orElseThrow();
    }

    private static List<String> differences(ChangesViewModel changes) {
        return changes.comparison().stream().map(ConfigComparison.Difference::symbol).toList();
    }

    @Test
    void theComparisonFollowsEveryChange() throws Exception {
        ExplorerViewModel vm = open(new SameThreadExecutor());
        Path other = dir.resolve("other.config");
        Files.writeString(other, "CONFIG_EXPERT=y\nCONFIG_DEBUG_KERNEL=y\nCONFIG_LOG_BUF_SHIFT=17\n");
        vm.changes().compareWith(other);
        assertThat(differences(vm.changes())).contains("EXPERT", "DEBUG_KERNEL").doesNotContain("LOG_BUF_SHIFT");
        assertThat(vm.messageProperty().get()).endsWith("differences from " + other);

        // EXPERT=y selects DEBUG_KERNEL: both now agree with the other file.
        vm.toggle(row(vm, "EXPERT"));
        assertThat(differences(vm.changes())).doesNotContain("EXPERT", "DEBUG_KERNEL");
        vm.setText(row(vm, "LOG_BUF_SHIFT"), "19");
        assertThat(vm.changes().comparison()).filteredOn(d -> d.symbol().equals("LOG_BUF_SHIFT")).singleElement()
                .satisfies(d -> assertThat(d.text()).startsWith("\u2260 LOG_BUF_SHIFT: 19 here, 17 there"));
        vm.undo();
        vm.undo();
        assertThat(differences(vm.changes())).contains("EXPERT", "DEBUG_KERNEL").doesNotContain("LOG_BUF_SHIFT");
        assertThat(vm.changes().updatingProperty().get()).isFalse();
    }

    @Test
    void resultsComeFromACopyAndAStaleOneNeverOverwritesANewerOne() throws Exception {
        ManualExecutor executor = new ManualExecutor();
        ExplorerViewModel vm = open(executor);
        executor.drain();
        ChangesViewModel changes = vm.changes();
        Path config = dir.resolve(".config");
        changes.saveConfig(config);
        executor.drain();
        changes.loadConfig(config);
        executor.drain();
        changes.compareWith(config);
        executor.drain();
        assertThat(changes.baselineProperty().get()).isEqualTo(ChangesViewModel.Baseline.LOADED);
        assertThat(changes.changes()).isEmpty();
        assertThat(changes.comparison()).isEmpty();
        assertThat(changes.updatingProperty().get()).isFalse();

        KconfigModel live = vm.model();
        vm.toggle(row(vm, "EXPERT"));
        // Nothing compared on this thread: the lists wait for the background, which says so.
        assertThat(changes.updatingProperty().get()).isTrue();
        assertThat(changes.changes()).isEmpty();
        vm.setText(row(vm, "LOG_BUF_SHIFT"), "19");
        assertThat(executor.queue).hasSize(2);
        long revision = live.revision();

        // The newer request finishes first; the older one's result comes later and is dropped.
        executor.queue.remove(1).run();
        List<String> expected = List.of("EXPERT", "DEBUG_KERNEL", "LOG_BUF_SHIFT");
        assertThat(changes.changes()).extracting(ChangesViewModel.Change::symbol).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(differences(changes)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(changes.updatingProperty().get()).isFalse();
        executor.queue.remove(0).run();
        assertThat(changes.changes()).extracting(ChangesViewModel.Change::symbol).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(differences(changes)).containsExactlyInAnyOrderElementsOf(expected);
        // The work evaluated a copy: the window's model was not changed by it.
        assertThat(live.revision()).isEqualTo(revision);
        assertThat(changes.changes()).filteredOn(c -> c.symbol().equals("DEBUG_KERNEL")).singleElement()
                .satisfies(c -> assertThat(c.revertible()).isFalse());

        // Back to the defaults: listed at once, and a late comparison result cannot bring the old list back.
        vm.toggle(row(vm, "EXPERT"));
        changes.baselineProperty().set(ChangesViewModel.Baseline.DEFAULTS);
        List<ChangesViewModel.Change> againstDefaults = List.copyOf(changes.changes());
        assertThat(againstDefaults).extracting(ChangesViewModel.Change::symbol).contains("LOG_BUF_SHIFT")
                .doesNotContain("EXPERT", "DEBUG_KERNEL");
        assertThat(againstDefaults).allSatisfy(c -> assertThat(c.was()).endsWith("by default"));
        executor.drain();
        assertThat(changes.changes()).containsExactlyElementsOf(againstDefaults);
        assertThat(differences(changes)).containsExactly("LOG_BUF_SHIFT");
    }
}
