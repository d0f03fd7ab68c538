package org.kconfigexplorer.kconfig.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kconfigexplorer.kconfig.fix.FixFinder;
import org.kconfigexplorer.kconfig.fix.FixRequest;
import org.kconfigexplorer.kconfig.fix.FixResult;
import org.kconfigexplorer.kconfig.parse.ParseMonitor;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfiles;

/** Kernel trees opened with srctree + ARCH, in profile mode and (explicitly) host mode; cancelling. */
class KernelTreeSessionTest {

    @TempDir
    Path tree;

    @BeforeEach
    void writeTree() throws IOException {
        Files.writeString(tree.resolve("Makefile"), "VERSION = 6\nPATCHLEVEL = 12\nSUBLEVEL = 3\nEXTRAVERSION =\n");
        Files.writeString(tree.resolve("Kconfig"), String.join("\n",
                "mainmenu \"Linux/$(ARCH) $(KERNELVERSION) Kernel Configuration\"",
                "source \"arch/$(SRCARCH)/Kconfig\"",
                "if-success = $(shell,{ $(1); } >/dev/null 2>&1 && echo \"$(2)\" || echo \"$(3)\")",
                "success = $(if-success,$(1),y,n)",
                "cc-info := $(shell,$(srctree)/scripts/cc-version.sh $(CC))",
                "cc-name := $(shell,set -- $(cc-info) && echo $1)",
                "config CC_IS_CLANG",
                "\tdef_bool $(success,test \"$(cc-name)\" = Clang)",
                "config USER_ID",
                "\tstring",
                "\tdefault \"$(shell,id -u)\"",
                "config OPTION",
                "\tbool \"an option\"",
                ""));
        Files.createDirectories(tree.resolve("arch/x86"));
        Files.writeString(tree.resolve("arch/x86/Kconfig"), "config X86\n\tdef_bool y\nconfig X86_64\n\tdef_bool \"$(ARCH)\" = \"x86_64\"\n");
        Files.createDirectories(tree.resolve("arch/arm64"));
        Files.writeString(tree.resolve("arch/arm64/Kconfig"), "config ARM64\n\tdef_bool y\n");
    }

    @Test
    void profileModeUsesTheChosenArchAndTheTreesVersion() {
        List<Integer> progress = new ArrayList<>();
        ExplorerSession s = ExplorerSession.openKernelTree(tree, "x86_64",
                ToolchainProfiles.preset("clang19-rustc185-llvm19").orElseThrow(),
                new ParseMonitor(() -> false, progress::add));
        assertThat(s.diagnostics()).isEmpty();
        assertThat(s.isHostMode()).isFalse();
        assertThat(s.arch()).isEqualTo("x86_64");
        assertThat(s.profile().arch()).isEqualTo("x86_64");
        assertThat(s.kernelVersion()).isEqualTo("6.12.3");
        assertThat(s.model().mainMenuTitle()).isEqualTo("Linux/x86_64 6.12.3 Kernel Configuration");
        assertThat(s.model().symbol("X86_64").stringValue()).isEqualTo("y");
        assertThat(s.model().symbol("CC_IS_CLANG").stringValue()).isEqualTo("y");
        assertThat(progress).containsExactly(1, 2);

        s.changeProfile(s.profile().withArch("arm64"));
        assertThat(s.arch()).isEqualTo("arm64");
        assertThat(s.model().symbol("ARM64").stringValue()).isEqualTo("y");
    }

    @Test
    void hostModeRunsTheTreesCommandsOnlyWhenAskedFor() throws IOException {
        ExplorerSession s = ExplorerSession.openKernelTreeOnHost(tree, "i386", Map.of("PATH", "/usr/bin:/bin"),
                ParseMonitor.NONE);
        assertThat(s.isHostMode()).isTrue();
        assertThat(s.profile()).isNull();
        assertThat(s.toolchainName()).contains("Host toolchain");
        assertThat(s.model().symbol("USER_ID").stringValue()).matches("[0-9]+");
        assertThat(s.model().symbol("X86_64").stringValue()).isEqualTo("n");
        assertThat(s.assumptions()).isEmpty();
        assertThat(s.fragment("t")).contains("Host toolchain");

        // Choosing a profile leaves host mode.
        s.changeProfile(ToolchainProfiles.defaultPreset().withArch("i386"));
        assertThat(s.isHostMode()).isFalse();
        assertThat(s.model().symbol("USER_ID").stringValue()).isEmpty();
        assertThat(s.assumptions()).isNotEmpty();
    }

    @Test
    void aSessionGoesBackToHostModeWithTheSameShellAndKeepsTheUsersInput() {
        // A fake machine: Clang, user 1234; every command it is asked is counted.
        Map<String, Integer> asked = new java.util.HashMap<>();
        org.kconfigexplorer.kconfig.macro.MacroShell machine = command -> {
            asked.merge(command, 1, Integer::sum);
            if (command.contains("cc-version.sh")) {
                return "Clang 190107\n";
            }
            if (command.startsWith("set -- ")) {
                return command.substring("set -- ".length()).split(" ")[0] + "\n";
            }
            if (command.contains("|| echo \"n\"")) {
                return command.contains("test \"Clang\" = Clang") ? "y\n" : "n\n";
            }
            return command.equals("id -u") ? "1234\n" : "";
        };
        Map<String, String> env = org.kconfigexplorer.kconfig.kernel.KernelEnvironment.forTree(tree, "i386", Map.of(),
                Map.of());
        ExplorerSession s = ExplorerSession.openKernelTreeOnHost(tree, "i386", env, machine, ParseMonitor.NONE);
        assertThat(s.model().symbol("CC_IS_CLANG").stringValue()).isEqualTo("y");
        assertThat(s.model().symbol("USER_ID").stringValue()).isEqualTo("1234");
        ExplorerSession.Toolchain host = s.toolchain();
        assertThat(host.isHost()).isTrue();
        assertThat(host.name()).isEqualTo(ExplorerSession.HOST_TOOLCHAIN_NAME);
        Map<String, Integer> askedOnce = Map.copyOf(asked);
        assertThat(askedOnce.values()).containsOnly(1);

        s.changeProfile(ToolchainProfiles.defaultPreset().withArch("x86_64"));
        assertThat(s.isHostMode()).isFalse();
        assertThat(s.arch()).isEqualTo("x86_64");
        assertThat(s.model().symbol("CC_IS_CLANG").stringValue()).isEqualTo("n");
        ExplorerSession.Toolchain profile = s.toolchain();
        assertThat(profile.isHost()).isFalse();
        assertThat(profile.profile()).isEqualTo(s.profile());

        List<org.kconfigexplorer.kconfig.model.KconfigModel> reloaded = new ArrayList<>();
        s.addReloadListener(reloaded::add);
        s.changeToolchain(host);
        assertThat(s.isHostMode()).isTrue();
        assertThat(s.profile()).isNull();
        assertThat(s.arch()).isEqualTo("i386");
        assertThat(s.model().symbol("CC_IS_CLANG").stringValue()).isEqualTo("y");
        assertThat(s.model().symbol("USER_ID").stringValue()).isEqualTo("1234");
        assertThat(s.model().symbol("X86_64").stringValue()).isEqualTo("n");
        assertThat(reloaded).containsExactly(s.model());
        // The machine was not asked again: host mode kept its answers.
        assertThat(asked).isEqualTo(askedOnce);

        s.changeToolchain(profile);
        assertThat(s.isHostMode()).isFalse();
        assertThat(s.arch()).isEqualTo("x86_64");
        ExplorerSession other = ExplorerSession.openKernelTree(tree, "x86_64", ToolchainProfiles.defaultPreset());
        assertThatThrownBy(() -> other.changeToolchain(host)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aToolchainSwitchThatFailsLeavesTheSessionAsItWas() throws IOException {
        org.kconfigexplorer.kconfig.macro.MacroShell machine = command -> {
            if (command.contains("broken-tool")) {
                throw new java.io.UncheckedIOException("cannot run /bin/sh for: " + command, new IOException("gone"));
            }
            return command.equals("id -u") ? "1234\n" : "";
        };
        Map<String, String> env = org.kconfigexplorer.kconfig.kernel.KernelEnvironment.forTree(tree, "x86_64",
                Map.of(), Map.of());
        ExplorerSession s = ExplorerSession.openKernelTreeOnHost(tree, "x86_64", env, machine, ParseMonitor.NONE);
        ExplorerSession.Toolchain host = s.toolchain();
        s.changeProfile(ToolchainProfiles.preset("clang19-rustc185-llvm19").orElseThrow().withArch("arm64"));
        org.kconfigexplorer.kconfig.model.KconfigModel profiled = s.model();
        profiled.setTristate(profiled.symbol("OPTION"), org.kconfigexplorer.kconfig.model.Tristate.YES);
        List<org.kconfigexplorer.kconfig.model.KconfigModel> reloaded = new ArrayList<>();
        s.addReloadListener(reloaded::add);

        // Back on the host, the tree now asks the machine something new, and asking fails.
        Files.writeString(tree.resolve("Kconfig"), Files.readString(tree.resolve("Kconfig"))
                + "config BROKEN\n\tstring\n\tdefault \"$(shell,broken-tool --version)\"\n");
        assertThatThrownBy(() -> s.changeToolchain(host)).isInstanceOf(java.io.UncheckedIOException.class);

        // Still the profile, its arch and its model, with the user's value; nobody was told of a reload.
        assertThat(s.isHostMode()).isFalse();
        assertThat(s.profile().id()).isEqualTo("clang19-rustc185-llvm19");
        assertThat(s.arch()).isEqualTo("arm64");
        assertThat(s.model()).isSameAs(profiled);
        assertThat(s.model().symbol("OPTION").stringValue()).isEqualTo("y");
        assertThat(reloaded).isEmpty();
        // And it still switches.
        s.changeProfile(ToolchainProfiles.defaultPreset().withArch("x86_64"));
        assertThat(s.arch()).isEqualTo("x86_64");
        assertThat(s.model().symbol("BROKEN")).isNotNull();
        assertThat(s.model().symbol("OPTION").stringValue()).isEqualTo("y");
    }

    @Test
    void aCopyIsTheSameTreeWithItsOwnModel() throws IOException {
        Files.writeString(tree.resolve("Kconfig"), Files.readString(tree.resolve("Kconfig"))
                + "config RUN_AT\n\tstring\n\tdefault \"$(shell,date +%s%N)\"\n");
        ExplorerSession host = ExplorerSession.openKernelTreeOnHost(tree, "x86_64", Map.of("PATH", "/usr/bin:/bin"),
                ParseMonitor.NONE);
        host.model().setTristate(host.model().symbol("OPTION"), org.kconfigexplorer.kconfig.model.Tristate.YES);
        ExplorerSession copy = host.copy();
        assertThat(copy.isHostMode()).isTrue();
        assertThat(copy.model()).isNotSameAs(host.model());
        // The host's answers are reused, not asked for again (the clock would have moved on).
        assertThat(copy.model().symbol("RUN_AT").stringValue()).isNotEmpty()
                .isEqualTo(host.model().symbol("RUN_AT").stringValue());
        assertThat(copy.model().symbol("USER_ID").stringValue()).isEqualTo(host.model().symbol("USER_ID").stringValue());
        // No user values are copied, and changing the copy leaves the session alone.
        assertThat(copy.model().symbol("OPTION").stringValue()).isEqualTo("n");
        copy.model().setTristate(copy.model().symbol("OPTION"), org.kconfigexplorer.kconfig.model.Tristate.NO);
        assertThat(host.model().symbol("OPTION").stringValue()).isEqualTo("y");

        ExplorerSession profiled = ExplorerSession.openKernelTree(tree, "arm64",
                ToolchainProfiles.preset("clang19-rustc185-llvm19").orElseThrow());
        ExplorerSession profiledCopy = profiled.copy();
        assertThat(profiledCopy.isHostMode()).isFalse();
        assertThat(profiledCopy.profile()).isEqualTo(profiled.profile());
        assertThat(profiledCopy.arch()).isEqualTo("arm64");
        assertThat(profiledCopy.model().symbol("CC_IS_CLANG").stringValue()).isEqualTo("y");
        assertThat(profiledCopy.model().symbol("ARM64").stringValue()).isEqualTo("y");
    }

    @Test
    void aCancelledLoadStopsBeforeTheNextFile() {
        int[] seen = {0};
        assertThatThrownBy(() -> ExplorerSession.openKernelTree(tree, "x86_64", ToolchainProfiles.defaultPreset(),
                new ParseMonitor(() -> seen[0] >= 1, n -> seen[0] = n)))
                .isInstanceOf(ParseMonitor.CancelledException.class)
                .hasMessageContaining("cancelled after 1 file");
    }

    @Test
    void withProfileReopensTheSameKindOfSession() {
        ExplorerSession s = ExplorerSession.openKernelTree(tree, "arm64", ToolchainProfiles.defaultPreset());
        ExplorerSession other = s.withProfile(ToolchainProfiles.preset("clang19-rustc185-llvm19").orElseThrow()
                .withArch("arm64"));
        assertThat(other.arch()).isEqualTo("arm64");
        assertThat(other.kernelVersion()).isEqualTo("6.12.3");
        assertThat(other.minimums()).isEqualTo(s.minimums());
        assertThat(other.model().symbol("ARM64").stringValue()).isEqualTo("y");
        assertThat(other.model().symbol("CC_IS_CLANG").stringValue()).isEqualTo("y");
    }

    @Test
    void fixAndExplainWorkInProfileAndHostMode() throws IOException {
        FixRequest clang = new FixRequest("CC_IS_CLANG", "y");
        ExplorerSession profiled = ExplorerSession.openKernelTree(tree, "x86_64", ToolchainProfiles.defaultPreset());
        assertThat(profiled.model().symbol("CC_IS_CLANG").stringValue()).isEqualTo("n");
        // A profile change (re-parsing this kernel tree) is the way to Clang.
        assertThat(profiled.fixFinder().find(clang, FixFinder.Options.defaults()).status())
                .isEqualTo(FixResult.Status.FIXES);
        assertThat(profiled.explainer().explain("CC_IS_CLANG")).isNotNull();

        // Host mode has no profile: the toolchain facts stay as they are.
        ExplorerSession host = ExplorerSession.openKernelTreeOnHost(tree, "x86_64", Map.of("PATH", "/usr/bin:/bin"),
                ParseMonitor.NONE);
        assertThat(host.fixFinder().find(clang, FixFinder.Options.defaults()).status())
                .isEqualTo(FixResult.Status.UNREACHABLE);
        assertThat(host.explainer().explain("USER_ID")).isNotNull();
    }
}
