package org.kconfigexplorer.app.ui.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kconfigexplorer.app.ui.TestTrees.CLANG19;
import static org.kconfigexplorer.app.ui.TestTrees.GCC;
import static org.kconfigexplorer.app.ui.TestTrees.preset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kconfigexplorer.app.ui.TestTrees;
import org.kconfigexplorer.app.ui.changes.ChangesViewModel;
import org.kconfigexplorer.app.ui.changes.ConfigComparison;
import org.kconfigexplorer.app.ui.concurrent.SameThreadExecutor;
import org.kconfigexplorer.app.ui.explorer.ExplorerViewModel;
import org.kconfigexplorer.app.ui.explorer.Problem;
import org.kconfigexplorer.app.ui.explorer.SessionSource;
import org.kconfigexplorer.app.ui.menu.OptionFilter;
import org.kconfigexplorer.app.ui.menu.OptionRow;
import org.kconfigexplorer.app.ui.opentree.KernelTreeSource;
import org.kconfigexplorer.app.ui.opentree.OpenTreeViewModel;
import org.kconfigexplorer.app.ui.toolchain.ProfileField;
import org.kconfigexplorer.app.ui.toolchain.ToolchainViewModel;
import org.kconfigexplorer.kconfig.toolchain.HostToolchainDetector;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfile.CcKind;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfiles;

/** The issue 3/4/6 workflows on the view models, without a toolkit. */
class WorkflowsViewModelTest {

    @TempDir
    Path dir;

    private ExplorerViewModel vm;

    @BeforeEach
    void open() throws Exception {
        vm = new ExplorerViewModel(SessionSource.directory(TestTrees.miniTree(Files.createDirectory(dir.resolve("mini")))),
                ToolchainProfiles.presets(), new SameThreadExecutor(), "test");
        vm.open(preset(GCC));
    }

    private OptionRow row(String symbol) {
        return vm.tree().bySymbol(symbol).orElseThrow();
    }

    // ---------------------------------------------------------------- Change and keep

    @Test
    void typedValuesAreCheckedAgainstTypeAndRangeAndUndoable() {
        assertThat(vm.setText(row("LOG_BUF_SHIFT"), "abc")).contains("not a decimal integer");
        assertThat(vm.setText(row("LOG_BUF_SHIFT"), "99")).contains("outside the allowed range 12 to 25");
        assertThat(row("LOG_BUF_SHIFT").value()).isEqualTo("17");
        assertThat(vm.setText(row("LOG_BUF_SHIFT"), "18")).isNull();
        assertThat(row("LOG_BUF_SHIFT").value()).isEqualTo("18");
        assertThat(vm.setText(row("RUST_INLINE_HELPERS"), "y")).contains("preconditions are unmet");

        vm.toggle(row("EXPERT"));
        assertThat(row("EXPERT").value()).isEqualTo("y");
        vm.undo();
        assertThat(row("EXPERT").value()).isEqualTo("n");
        vm.undo();
        assertThat(row("LOG_BUF_SHIFT").value()).isEqualTo("17");
        vm.redo();
        assertThat(row("LOG_BUF_SHIFT").value()).isEqualTo("18");
        assertThat(vm.undoStack().canRedoProperty().get()).isTrue();
    }

    @Test
    void filtersShowPromptedOrChangedOptionsWithTheirMenus() {
        vm.filterProperty().set(OptionFilter.PROMPTED);
        assertThat(vm.shownRowsProperty().get()).contains(row("EXPERT")).doesNotContain(row("CC_IS_CLANG"));
        vm.filterProperty().set(OptionFilter.CHANGED);
        assertThat(vm.shownRowsProperty().get()).isEmpty();
        vm.setText(row("LOG_BUF_SHIFT"), "20");
        assertThat(vm.shownRowsProperty().get()).contains(row("LOG_BUF_SHIFT"), row("LOG_BUF_SHIFT").parent())
                .doesNotContain(row("EXPERT"));
        vm.filterProperty().set(OptionFilter.ALL);
        assertThat(vm.shownRowsProperty().get()).isNull();
    }

    @Test
    void changesAreListedRevertibleAndToolchainChangesUndoable() {
        ChangesViewModel changes = vm.changes();
        vm.toggle(row("EXPERT"));
        vm.setText(row("LOG_BUF_SHIFT"), "20");
        assertThat(changes.changes()).extracting(ChangesViewModel.Change::symbol).containsExactly("EXPERT", "LOG_BUF_SHIFT");
        changes.revert(changes.changes().get(1));
        assertThat(row("LOG_BUF_SHIFT").value()).isEqualTo("17");
        assertThat(changes.changes()).extracting(ChangesViewModel.Change::symbol).containsExactly("EXPERT");

        vm.selectedPresetProperty().set(preset(CLANG19));
        assertThat(row("CC_IS_CLANG").value()).isEqualTo("y");
        assertThat(row("EXPERT").value()).isEqualTo("y");
        vm.undo();
        assertThat(vm.session().profile().id()).isEqualTo(GCC);
        assertThat(row("CC_IS_CLANG").value()).isEqualTo("n");
        vm.undo(); // the revert
        assertThat(row("LOG_BUF_SHIFT").value()).isEqualTo("20");
    }

    @Test
    void configFilesLoadWithWarningsSaveKeepingOldAndCompareWithReasons() throws Exception {
        Path config = dir.resolve(".config");
        Files.writeString(config, "CONFIG_EXPERT=y\nCONFIG_LOG_BUF_SHIFT=banana\nCONFIG_RUST=y\n");
        vm.changes().loadConfig(config);
        assertThat(row("EXPERT").value()).isEqualTo("y");
        Problem warning = vm.problems().stream().filter(p -> p.text().contains("banana")).findFirst().orElseThrow();
        assertThat(warning.file()).isEqualTo(config.toString());
        assertThat(warning.line()).isEqualTo(2);
        vm.selectProblem(warning);
        assertThat(vm.selectedRowProperty().get().symbol().name()).isEqualTo("LOG_BUF_SHIFT");
        assertThat(vm.changes().baselineProperty().get()).isEqualTo(ChangesViewModel.Baseline.LOADED);
        assertThat(vm.changes().changes()).isEmpty();

        vm.setText(row("LOG_BUF_SHIFT"), "19");
        assertThat(vm.changes().changes()).extracting(ChangesViewModel.Change::text).containsExactly("LOG_BUF_SHIFT = 19  (was 17)");
        vm.undo();
        vm.undo(); // the load
        assertThat(row("EXPERT").value()).isEqualTo("n");
        vm.redo();

        vm.changes().saveConfig(config);
        assertThat(Files.readString(config)).contains("CONFIG_EXPERT=y", "CONFIG_RUST=y");
        assertThat(Files.readString(dir.resolve(".config.old"))).contains("banana");

        Path other = dir.resolve("other.config");
        Files.writeString(other, "CONFIG_EXPERT=n\nCONFIG_RUST_INLINE_HELPERS=y\nCONFIG_GONE=y\n");
        vm.changes().compareWith(other);
        List<ConfigComparison.Difference> diffs = vm.changes().comparison();
        assertThat(diffs).anySatisfy(d -> assertThat(d.text()).startsWith("\u2260 EXPERT: y here, n there").contains("set here"));
        assertThat(diffs).anySatisfy(d -> assertThat(d.text()).contains("RUST_INLINE_HELPERS")
                .contains("not visible: depends on").contains("RUSTC_CLANG_LLVM_COMPATIBLE [=n]"));
        assertThat(diffs).anySatisfy(d -> assertThat(d.text()).contains("GONE").contains("not in this tree"));
    }

    @Test
    void syntaxErrorsPointAtTheSymbolDefinedThere() throws Exception {
        Path broken = TestTrees.brokenTree(Files.createDirectory(dir.resolve("broken")));
        Files.writeString(broken.resolve("broken/Kconfig"), Files.readString(broken.resolve("broken/Kconfig"))
                .replace("\tbool \"After the error\"", "\tbool \"After the error\"\n\tdepends on ((("));
        vm.openSource(SessionSource.directory(broken), preset(GCC));
        Problem p = vm.problems().stream().filter(x -> x.line() == 9).findFirst().orElseThrow();
        vm.selectProblem(p);
        assertThat(vm.selectedRowProperty().get().symbol().name()).isEqualTo("AFTER_ERROR");
    }

    // ---------------------------------------------------------------- Open a kernel tree

    @Test
    void kernelTreesOpenWithAnArchAndCancelledLoadsKeepTheOpenTree() throws Exception {
        Path kernel = TestTrees.kernelTree(Files.createDirectory(dir.resolve("linux")));
        assertThat(OpenTreeViewModel.archesOf(kernel)).containsExactly("arm64", "x86_64", "i386");
        OpenTreeViewModel open = new OpenTreeViewModel(vm.presets(), null);
        assertThat(open.problemProperty().get()).contains("Choose the kernel source folder");
        open.folderProperty().set(kernel.toString());
        assertThat(open.archProperty().get()).isEqualTo("x86_64");
        assertThat(open.problemProperty().get()).isEmpty();
        open.archProperty().set("i386");
        vm.openSource(open.request().orElseThrow(), open.chosenProfile());
        assertThat(vm.titleProperty().get()).contains("Linux/i386 6.12.9");
        assertThat(row("X86_64").value()).isEqualTo("n");
        assertThat(vm.filesParsedProperty().get()).isEqualTo(2);

        // A cancelled load (cancelled as soon as the first file is reported) keeps this tree.
        vm.filesParsedProperty().addListener((obs, old, now) -> vm.cancelLoad());
        vm.openSource(KernelTreeSource.withProfile(kernel, "arm64"), preset(GCC));
        assertThat(vm.messageProperty().get()).contains("Loading cancelled").contains("still showing");
        assertThat(vm.titleProperty().get()).contains("Linux/i386");
        assertThat(vm.loadingProperty().get()).isFalse();
        assertThat(vm.isBusy()).isFalse();

        // A tree that cannot be opened keeps this one too.
        OpenTreeViewModel bad = new OpenTreeViewModel(vm.presets(), null);
        bad.folderProperty().set(dir.toString());
        assertThat(bad.problemProperty().get()).contains("no top-level Kconfig");
    }

    // ---------------------------------------------------------------- Toolchain panel

    @Test
    void editingProfileFieldsReevaluatesAtOnceAndNamesBadFields() {
        ToolchainViewModel t = vm.toolchain();
        vm.toggle(row("EXPERT"));
        assertThat(t.ccVersionProperty().get()).isEqualTo(preset(GCC).cc().version());
        assertThat(t.affects().get(ProfileField.CC_KIND)).contains("CC_IS_CLANG");

        t.ccVersionProperty().set("fourteen");
        assertThat(t.errors().get(ProfileField.CC_VERSION)).startsWith("cc.version: expected MAJOR.MINOR[.PATCH]");
        assertThat(vm.session().profile().id()).isEqualTo(GCC);

        t.ccVersionProperty().set("19.1.7");
        t.asKindProperty().set(org.kconfigexplorer.kconfig.toolchain.ToolchainProfile.AsKind.LLVM);
        assertThat(t.errors().get(ProfileField.AS_KIND)).contains("cc.kind is GCC");
        t.ccKindProperty().set(CcKind.CLANG);
        assertThat(t.errors()).isEmpty();
        assertThat(vm.session().profile().cc().kind()).isEqualTo(CcKind.CLANG);
        assertThat(vm.session().profile().name()).endsWith("(edited)");
        assertThat(row("CC_IS_CLANG").value()).isEqualTo("y");
        assertThat(row("RUSTC_CLANG_LLVM_COMPATIBLE").value()).isEqualTo("y");
        assertThat(row("EXPERT").value()).isEqualTo("y");

        // The details say which fields a toolchain fact comes from.
        vm.selectSymbol("CC_IS_CLANG");
        assertThat(vm.details().toolchainFieldsProperty().get()).contains("cc.kind");

        t.hasRustcProperty().set(false);
        assertThat(row("RUST_IS_AVAILABLE").value()).isEqualTo("n");
        vm.undo();
        assertThat(row("RUST_IS_AVAILABLE").value()).isEqualTo("y");
        assertThat(t.hasRustcProperty().get()).isTrue();
    }

    @Test
    void detectionShowsTheCommandsBeforeApplyingAndBadProfileFilesAreRefused() throws Exception {
        ToolchainViewModel t = vm.toolchain();
        t.setDetector(arch -> new HostToolchainDetector(command -> command.startsWith("clang")
                ? "clang version 19.1.7\n" : command.startsWith("rustc")
                ? "rustc 1.85.0\nrelease: 1.85.0\nLLVM version: 19.1.7\n" : "").detect(arch, "clang"));
        t.detect();
        assertThat(t.detectionTextProperty().get()).contains("$ clang --version", "clang version 19.1.7",
                "$ rustc --version --verbose", "note: no bindgen");
        assertThat(vm.session().profile().id()).isEqualTo(GCC);
        t.applyDetection();
        assertThat(vm.session().profile().cc().kind()).isEqualTo(CcKind.CLANG);
        assertThat(t.detectionProperty().get()).isNull();

        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, ToolchainProfiles.toJson(preset(CLANG19)).replace("\"CLANG\"", "\"icc\""));
        t.loadProfile(bad);
        assertThat(t.loadErrors()).anySatisfy(e -> assertThat(e).startsWith("cc.kind: expected GCC or CLANG"));
        assertThat(vm.session().profile().cc().kind()).isEqualTo(CcKind.CLANG);
        assertThat(vm.session().profile().id()).isEqualTo("host");

        Path good = dir.resolve("good.json");
        Files.writeString(good, ToolchainProfiles.toJson(preset(GCC).withId("mine").withName("My GCC")));
        t.loadProfile(good);
        assertThat(t.loadErrors()).isEmpty();
        assertThat(vm.session().profile().name()).isEqualTo("My GCC");
        assertThat(vm.presets()).anySatisfy(p -> assertThat(p.id()).isEqualTo("mine"));
        assertThat(t.loadedFiles()).containsExactly(good.toAbsolutePath().toString());
        t.saveProfile(dir.resolve("saved.json"));
        assertThat(ToolchainProfiles.load(dir.resolve("saved.json")).profile().name()).isEqualTo("My GCC");
    }
}
