package org.kconfigexplorer.kconfig.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kconfigexplorer.kconfig.config.ConfigReader;
import org.kconfigexplorer.kconfig.kernel.KernelEnvironment;
import org.kconfigexplorer.kconfig.kernel.RustInlineHelpersTree;
import org.kconfigexplorer.kconfig.model.KconfigModel;
import org.kconfigexplorer.kconfig.model.Symbol;
import org.kconfigexplorer.kconfig.model.Tristate;
import org.kconfigexplorer.kconfig.parse.DirectorySourceTree;
import org.kconfigexplorer.kconfig.parse.KconfigParser;
import org.kconfigexplorer.kconfig.parse.ParseResult;
import org.kconfigexplorer.kconfig.toolchain.MinToolVersions;
import org.kconfigexplorer.kconfig.toolchain.ProfileShell;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfile;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfiles;

/**
 * The worked examples of the Rust facts sheet on the real Linux 6.12 x86_64 tree with the three
 * Linux 7.1 definitions added to a temporary copy, in profile mode (nothing is run), starting
 * from x86_64_defconfig.
 */
class RealTreeRustExamplesTest {

    private static Path tree;
    private static Path temp;

    @BeforeAll
    static void tree() throws Exception {
        KernelOracle oracle = KernelOracle.require();
        temp = Files.createTempDirectory(oracle.srctree().getParent(), "rust71-");
        tree = RustInlineHelpersTree.prepare(oracle.srctree(), temp.resolve("linux"));
    }

    @AfterAll
    static void cleanUp() throws Exception {
        if (temp != null) {
            KernelOracle.run(temp.getParent(), java.util.List.of("rm", "-rf", temp.toString()), Map.of(), 300);
        }
    }

    private static KconfigModel load(String presetId) throws Exception {
        ToolchainProfile profile = ToolchainProfiles.preset(presetId).orElseThrow();
        Map<String, String> env = new LinkedHashMap<>(KernelEnvironment.forTree(tree, "x86_64", Map.of(),
                profile.environment()));
        ProfileShell shell = new ProfileShell(profile, MinToolVersions.forTree(tree), env);
        ParseResult result = KconfigParser.parse(new DirectorySourceTree(tree), "Kconfig", env, shell);
        assertThat(result.errors()).isEmpty();
        KconfigModel model = result.model();
        String defconfig = "arch/x86/configs/x86_64_defconfig";
        ConfigReader.read(model, Files.readString(tree.resolve(defconfig)), defconfig);
        return model;
    }

    /** Turns on what RUST needs on this tree (randomized structs off), then EXPERT and RUST. */
    private static void enableRust(KconfigModel m) {
        Symbol none = m.symbol("RANDSTRUCT_NONE");
        if (none.visibility() != Tristate.NO) {
            assertThat(m.selectChoiceMember(none)).isTrue();
        }
        assertThat(m.setTristate(m.symbol("EXPERT"), Tristate.YES)).isTrue();
        assertThat(m.setTristate(m.symbol("RUST"), Tristate.YES)).as("RUST can be enabled").isTrue();
    }

    private static Tristate value(KconfigModel m, String name) {
        return m.symbol(name).tristateValue();
    }

    @Test
    void gcc14CannotReachInlineHelpers() throws Exception {
        KconfigModel m = load("gcc14-rustc185-llvm19");
        assertThat(value(m, "CC_IS_CLANG")).isEqualTo(Tristate.NO);
        assertThat(m.symbol("RUSTC_LLVM_MAJOR_VERSION").stringValue()).isEqualTo("19");
        assertThat(value(m, "RUSTC_CLANG_LLVM_COMPATIBLE")).isEqualTo(Tristate.NO);
        enableRust(m);
        assertThat(m.symbol("RUST_INLINE_HELPERS").visibility()).isEqualTo(Tristate.NO);
    }

    @Test
    void clang20WithRustcOnLlvm19IsIncompatible() throws Exception {
        KconfigModel m = load("clang20-rustc185-llvm19");
        assertThat(value(m, "CC_IS_CLANG")).isEqualTo(Tristate.YES);
        assertThat(value(m, "RUSTC_CLANG_LLVM_COMPATIBLE")).isEqualTo(Tristate.NO);
        enableRust(m);
        assertThat(m.symbol("RUST_INLINE_HELPERS").visibility()).isEqualTo(Tristate.NO);
    }

    @Test
    void clang19WithRustcOnLlvm19ReachesInlineHelpers() throws Exception {
        KconfigModel m = load("clang19-rustc185-llvm19");
        assertThat(value(m, "RUSTC_CLANG_LLVM_COMPATIBLE")).isEqualTo(Tristate.YES);
        assertThat(m.symbol("RUST_INLINE_HELPERS").visibility()).isEqualTo(Tristate.NO);
        enableRust(m);
        Symbol helpers = m.symbol("RUST_INLINE_HELPERS");
        assertThat(helpers.visibility()).isEqualTo(Tristate.YES);
        assertThat(m.setTristate(helpers, Tristate.YES)).isTrue();
    }

    @Test
    void rustc184MeetsThe612MinimumThatTheTreeStates() throws Exception {
        // The facts sheet: rustc 1.84 is below 7.1's minimum (1.85); this tree's own
        // scripts/min-tool-version.sh says 1.78.0, so Rust is available here.
        assertThat(MinToolVersions.forTree(tree).rustc().toString()).startsWith("1.78");
        KconfigModel m = load("clang19-rustc184-llvm19");
        assertThat(value(m, "RUST_IS_AVAILABLE")).isEqualTo(Tristate.YES);
    }
}
