package org.kconfigexplorer.app.ui.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kconfigexplorer.app.ui.TestTrees.GCC;
import static org.kconfigexplorer.app.ui.TestTrees.preset;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kconfigexplorer.app.ui.concurrent.SameThreadExecutor;
import org.kconfigexplorer.app.ui.explorer.ExplorerViewModel;
import org.kconfigexplorer.app.ui.explorer.SessionSource;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfile.CcKind;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfiles;

/** The Fix section without a toolkit, on the embedded Linux 7.1 model with the GCC preset. */
class FixViewModelTest {

    private ExplorerViewModel vm;
    private FixViewModel fix;

    @BeforeEach
    void open() {
        vm = new ExplorerViewModel(SessionSource.embedded(), ToolchainProfiles.presets(), new SameThreadExecutor(),
                "test");
        vm.open(preset(GCC));
        fix = vm.fix();
    }

    private String value(String name) {
        return vm.model().symbol(name).stringValue();
    }

    @Test
    void suggestsAClangProfileForRustInlineHelpersAndAppliesItAsOneUndoableStep() {
        String rustBefore = value("RUST");
        String expertBefore = value("EXPERT");
        assertThat(vm.selectSymbol("RUST_INLINE_HELPERS")).isTrue();
        assertThat(fix.symbolProperty().get()).isEqualTo("RUST_INLINE_HELPERS");
        assertThat(fix.valueChoices()).containsExactly("y", "n");
        assertThat(fix.targetProperty().get()).isEqualTo("y");

        fix.suggest();

        assertThat(fix.runningProperty().get()).isFalse();
        assertThat(fix.suggestions()).as(fix.statusProperty().get()).isNotEmpty();
        FixViewModel.Item top = fix.suggestions().get(0);
        assertThat(top.title()).startsWith("1. ");
        assertThat(top.profileChanges()).anySatisfy(p -> assertThat(p).contains("Clang"));
        assertThat(top.optionChanges()).anySatisfy(c -> assertThat(c).startsWith("RUST = y"));
        assertThat(top.optionChanges()).anySatisfy(c -> assertThat(c).startsWith("EXPERT = y"));
        // The live model was not touched by the search.
        assertThat(value("RUST_INLINE_HELPERS")).isEqualTo("n");
        assertThat(vm.undoStack().canUndoProperty().get()).isFalse();

        fix.apply(top);

        assertThat(value("RUST_INLINE_HELPERS")).isEqualTo("y");
        assertThat(vm.session().profile().cc().kind()).isEqualTo(CcKind.CLANG);
        assertThat(vm.details().verdictMetProperty().get()).isTrue();
        assertThat(fix.statusProperty().get()).startsWith("Applied");
        assertThat(vm.undoStack().undoTextProperty().get()).isEqualTo("Fix RUST_INLINE_HELPERS=y");

        vm.undo();

        assertThat(vm.session().profile().id()).isEqualTo(GCC);
        assertThat(vm.session().profile().cc().kind()).isEqualTo(CcKind.GCC);
        assertThat(value("RUST_INLINE_HELPERS")).isEqualTo("n");
        assertThat(value("RUST")).isEqualTo(rustBefore);
        assertThat(value("EXPERT")).isEqualTo(expertBefore);
        assertThat(vm.undoStack().canUndoProperty().get()).isFalse();

        vm.redo();

        assertThat(vm.session().profile().cc().kind()).isEqualTo(CcKind.CLANG);
        assertThat(value("RUST_INLINE_HELPERS")).isEqualTo("y");
    }

    @Test
    void anUnreachableRequestShowsTheReasonAndTheBlockingExpression(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("Kconfig"), "config A\n\tbool \"a\"\n\tdepends on n\n");
        ExplorerViewModel small = new ExplorerViewModel(SessionSource.directory(dir), ToolchainProfiles.presets(),
                new SameThreadExecutor(), "test");
        small.open(preset(GCC));
        assertThat(small.selectSymbol("A")).isTrue();

        small.fix().suggest();

        assertThat(small.fix().suggestions()).isEmpty();
        assertThat(small.fix().statusProperty().get()).contains("A=y is unreachable");
        assertThat(small.fix().reasonProperty().get()).isNotEmpty();
        assertThat(small.fix().blockingProperty().get()).contains("depends on n");
    }

    @Test
    void withTheHostToolchainOnlyOptionChangesAreSuggestedAndSaidSo(@TempDir Path dir) throws Exception {
        Path tree = org.kconfigexplorer.app.ui.TestTrees.kernelTree(dir);
        ExplorerViewModel host = new ExplorerViewModel(new org.kconfigexplorer.app.ui.opentree.KernelTreeSource(tree,
                "x86_64", true, java.util.Map.of("PATH", "/usr/bin:/bin")), ToolchainProfiles.presets(),
                new SameThreadExecutor(), "test");
        host.open(null);
        assertThat(host.session().isHostMode()).isTrue();
        FixViewModel hostFix = host.fix();

        // DEBUG_KERNEL: set it, or EXPERT (which selects it); no toolchain change is offered.
        assertThat(host.selectSymbol("DEBUG_KERNEL")).isTrue();
        hostFix.suggest();
        assertThat(hostFix.suggestions()).as(hostFix.statusProperty().get()).isNotEmpty()
                .allSatisfy(i -> assertThat(i.profileChanges()).isEmpty());
        assertThat(hostFix.suggestions()).anySatisfy(i -> assertThat(i.optionChanges())
                .anySatisfy(c -> assertThat(c).startsWith("EXPERT = y")));
        assertThat(hostFix.statusProperty().get()).contains("to set DEBUG_KERNEL=y")
                .endsWith(FixViewModel.HOST_NOTE);
        assertThat(host.model().symbol("DEBUG_KERNEL").stringValue()).isEqualTo("n");

        hostFix.apply(hostFix.suggestions().get(0));
        assertThat(host.model().symbol("DEBUG_KERNEL").stringValue()).isEqualTo("y");
        assertThat(host.session().isHostMode()).isTrue();
        assertThat(hostFix.statusProperty().get()).startsWith("Applied: DEBUG_KERNEL=y");
        host.undo();
        assertThat(host.model().symbol("DEBUG_KERNEL").stringValue()).isEqualTo("n");

        // RUST needs RUST_IS_AVAILABLE, a fact of this machine (no rust_is_available.sh here): unreachable, and why.
        assertThat(host.model().symbol("RUST_IS_AVAILABLE").stringValue()).isEqualTo("n");
        assertThat(host.selectSymbol("RUST")).isTrue();
        hostFix.suggest();
        assertThat(hostFix.suggestions()).isEmpty();
        assertThat(hostFix.statusProperty().get()).startsWith("RUST=y is unreachable").endsWith(FixViewModel.HOST_NOTE);
        assertThat(hostFix.reasonProperty().get()).contains("host toolchain").contains("RUST_IS_AVAILABLE");
    }

    /** Runs work at once, like SameThreadExecutor, but fails the next piece of work when asked to. */
    static final class FailingExecutor implements org.kconfigexplorer.app.ui.concurrent.BackgroundExecutor {
        private final SameThreadExecutor delegate = new SameThreadExecutor();
        boolean failNext;

        @Override
        public <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<? super T> onSuccess,
                java.util.function.Consumer<? super Exception> onFailure) {
            if (failNext) {
                failNext = false;
                onFailure.accept(new java.io.IOException("simulated: no space left on device"));
                return;
            }
            delegate.run(work, onSuccess, onFailure);
        }

        @Override
        public void onUiThread(Runnable action) {
            delegate.onUiThread(action);
        }
    }

    @Test
    void aFailedProfileSwitchSaysSoInsteadOfApplying() {
        FailingExecutor executor = new FailingExecutor();
        ExplorerViewModel failing = new ExplorerViewModel(SessionSource.embedded(), ToolchainProfiles.presets(),
                executor, "test");
        failing.open(preset(GCC));
        failing.selectSymbol("RUST_INLINE_HELPERS");
        FixViewModel f = failing.fix();
        f.suggest();
        FixViewModel.Item top = f.suggestions().get(0);
        assertThat(top.profileChanges()).isNotEmpty();

        executor.failNext = true; // the profile switch, the first background work of the apply
        f.apply(top);

        assertThat(f.statusProperty().get()).doesNotContain("Applying")
                .startsWith("Not applied: could not switch to ")
                .contains("no space left on device")
                .contains("options are unchanged");
        assertThat(failing.session().profile().id()).isEqualTo(GCC);
        assertThat(failing.model().symbol("RUST").stringValue()).isEqualTo("n");
        assertThat(failing.model().symbol("EXPERT").stringValue()).isEqualTo("n");
        assertThat(failing.undoStack().canUndoProperty().get()).isFalse();
        assertThat(failing.isBusy()).isFalse();
        assertThat(failing.messageProperty().get()).contains("Could not switch to");

        // Searching again and applying works once the switch does.
        f.suggest();
        f.apply(f.suggestions().get(0));
        assertThat(f.statusProperty().get()).startsWith("Applied");
        assertThat(failing.model().symbol("RUST_INLINE_HELPERS").stringValue()).isEqualTo("y");
    }

    @Test
    void aStaleSearchIsNotApplied() {
        vm.selectSymbol("RUST_INLINE_HELPERS");
        fix.suggest();
        FixViewModel.Item top = fix.suggestions().get(0);
        vm.selectSymbol("EXPERT");
        vm.setValue(vm.selectedRowProperty().get(), org.kconfigexplorer.kconfig.model.Tristate.YES);
        vm.selectSymbol("RUST_INLINE_HELPERS");

        fix.apply(top);

        assertThat(value("RUST_INLINE_HELPERS")).isEqualTo("n");
    }
}
