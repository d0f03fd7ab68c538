package org.kconfigexplorer.app.ui.explorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kconfigexplorer.app.ui.TestTrees.CLANG19;
import static org.kconfigexplorer.app.ui.TestTrees.GCC;
import static org.kconfigexplorer.app.ui.TestTrees.preset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kconfigexplorer.app.ui.TestTrees;
import org.kconfigexplorer.app.ui.concurrent.SameThreadExecutor;
import org.kconfigexplorer.app.ui.menu.OptionRow;
import org.kconfigexplorer.kconfig.config.ConfigWriter;
import org.kconfigexplorer.kconfig.kernel.KernelEnvironment;
import org.kconfigexplorer.kconfig.macro.MacroShell;
import org.kconfigexplorer.kconfig.model.Symbol;
import org.kconfigexplorer.kconfig.model.Tristate;
import org.kconfigexplorer.kconfig.parse.ParseMonitor;
import org.kconfigexplorer.kconfig.session.ExplorerSession;
import org.kconfigexplorer.kconfig.toolchain.MinToolVersions;
import org.kconfigexplorer.kconfig.toolchain.ProfileShell;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfile;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfiles;

/** Undo puts back a choice's priority order with its values, and leaving host mode can be undone. */
class UndoChoicesAndHostModeTest {

    @TempDir
    Path dir;

    private ExplorerViewModel vm;

    private OptionRow row(String symbol) {
        return vm.tree().bySymbol(symbol).orElseThrow(() -> new AssertionError("no row for " + symbol));
    }

    /** What undo must bring back: the .config conf would write, the choice's selection and order. */
    private record State(String config, String selection, List<String> priority) { }

    private State state() {
        var choice = vm.model().choices().get(0);
        List<String> priority = new ArrayList<>();
        for (Symbol s : choice.priorityOrder()) {
            priority.add(s.name());
        }
        Symbol selected = vm.model().choiceSelection(choice);
        return new State(ConfigWriter.write(vm.model()), selected == null ? null : selected.name(), priority);
    }

    @Test
    void undoingChoiceSelectionsRestoresThePriorityOrderAndTheConfig() throws Exception {
        // B is hidden while FOO is n and keeps its y then; which y wins is the priority order's call.
        Files.writeString(dir.resolve("Kconfig"), """
                mainmenu "Choices"
                config FOO
                \tbool "foo"
                \tdefault y
                choice
                \tprompt "pick"
                \tdefault C
                config A
                \tbool "A"
                config C
                \tbool "C"
                config B
                \tbool "B"
                \tdepends on FOO
                endchoice
                """);
        vm = new ExplorerViewModel(SessionSource.directory(dir), ToolchainProfiles.presets(), new SameThreadExecutor(),
                "test");
        vm.open(preset(GCC));
        List<State> states = new ArrayList<>();
        states.add(state());

        assertThat(states.get(0).selection()).isEqualTo("C");
        assertThat(vm.setValue(row("A"), Tristate.YES)).isTrue();
        states.add(state());
        assertThat(vm.setValue(row("B"), Tristate.YES)).isTrue();
        states.add(state());
        assertThat(states.get(2).selection()).isEqualTo("B");
        assertThat(vm.setValue(row("FOO"), Tristate.NO)).isTrue();
        states.add(state());
        assertThat(vm.setValue(row("C"), Tristate.YES)).isTrue();
        states.add(state());
        assertThat(vm.setValue(row("FOO"), Tristate.YES)).isTrue();
        states.add(state());
        // B is shown again with its old y, but C was picked later: C stays selected.
        assertThat(states.get(5).selection()).isEqualTo("C");
        assertThat(vm.model().symbol("B").userValue()).isEqualTo("y");

        for (int i = 1; i < states.size(); i++) {
            assertThat(states.get(i)).as("state " + i + " is a change").isNotEqualTo(states.get(i - 1));
        }
        for (int i = states.size() - 2; i >= 0; i--) {
            vm.undo();
            assertThat(state()).as("after undoing back to state " + i).isEqualTo(states.get(i));
            if (i == 2) {
                assertThat(state().selection()).isEqualTo("B");
            }
        }
        for (int i = 1; i < states.size(); i++) {
            vm.redo();
            assertThat(state()).as("after redoing state " + i).isEqualTo(states.get(i));
        }
        assertThat(state().selection()).isEqualTo("C");
        assertThat(vm.undoStack().canRedoProperty().get()).isFalse();
    }

    @Test
    void leavingHostModeForAProfileCanBeUndoneBackToHostMode() throws Exception {
        Path tree = TestTrees.kernelTree(dir);
        // A fake machine with a Clang 19 toolchain (its environment says so, as the user's would);
        // it counts what it is asked.
        Map<String, String> hostEnv = KernelEnvironment.forTree(tree, "x86_64", Map.of(), preset(CLANG19).environment());
        MacroShell clangMachine = new ProfileShell(preset(CLANG19), MinToolVersions.LINUX_6_12, hostEnv);
        Map<String, Integer> asked = new HashMap<>();
        MacroShell machine = command -> {
            asked.merge(command, 1, Integer::sum);
            return clangMachine.run(command);
        };
        SessionSource fakeHost = new SessionSource() {
            @Override
            public ExplorerSession open(ToolchainProfile profile, ParseMonitor monitor) {
                return ExplorerSession.openKernelTreeOnHost(tree, "x86_64", hostEnv, machine, monitor);
            }

            @Override
            public ExplorerSession open(ToolchainProfile profile) {
                return open(profile, ParseMonitor.NONE);
            }

            @Override
            public String describe() {
                return tree + " (host toolchain)";
            }
        };
        vm = new ExplorerViewModel(fakeHost, ToolchainProfiles.presets(), new SameThreadExecutor(), "test");
        vm.open(null);
        assertThat(vm.hostModeProperty().get()).isTrue();
        assertThat(row("CC_IS_CLANG").value()).isEqualTo("y");
        assertThat(vm.toggle(row("EXPERT"))).isTrue();
        assertThat(asked).isNotEmpty();
        Map<String, Integer> askedAtOpen = Map.copyOf(asked);

        vm.selectedPresetProperty().set(preset(GCC));
        assertThat(vm.hostModeProperty().get()).isFalse();
        assertThat(vm.session().profile().id()).isEqualTo(GCC);
        assertThat(row("CC_IS_CLANG").value()).isEqualTo("n");
        assertThat(vm.undoStack().undoTextProperty().get()).startsWith("Toolchain: ");

        vm.undo();
        assertThat(vm.session().isHostMode()).isTrue();
        assertThat(vm.hostModeProperty().get()).isTrue();
        assertThat(vm.toolchain().hostModeProperty().get()).isTrue();
        assertThat(vm.summaryProperty().get()).contains(ExplorerSession.HOST_TOOLCHAIN_NAME);
        assertThat(vm.messageProperty().get()).startsWith("Undone: Toolchain");
        assertThat(row("CC_IS_CLANG").value()).isEqualTo("y");
        assertThat(row("EXPERT").value()).isEqualTo("y");
        assertThat(row("X86_64").value()).isEqualTo("y");
        // Back in host mode with the answers it had: nothing was asked of the machine again.
        assertThat(asked).isEqualTo(askedAtOpen);

        vm.redo();
        assertThat(vm.session().isHostMode()).isFalse();
        assertThat(vm.session().profile().id()).isEqualTo(GCC);
        assertThat(row("EXPERT").value()).isEqualTo("y");
        vm.undo();
        assertThat(vm.session().isHostMode()).isTrue();

        // Editing a toolchain field in host mode switches to a profile: undoable too.
        assertThat(vm.toolchain().ccVersionProperty().get()).isNotEqualTo("13.3.0");
        vm.toolchain().ccVersionProperty().set("13.3.0");
        assertThat(vm.session().isHostMode()).isFalse();
        assertThat(vm.session().profile().cc().version()).isEqualTo("13.3.0");
        vm.undo();
        assertThat(vm.session().isHostMode()).isTrue();
        assertThat(row("CC_IS_CLANG").value()).isEqualTo("y");
    }
}
