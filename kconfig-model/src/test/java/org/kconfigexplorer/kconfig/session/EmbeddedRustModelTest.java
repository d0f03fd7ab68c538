package org.kconfigexplorer.kconfig.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kconfigexplorer.kconfig.explain.ConditionNode;
import org.kconfigexplorer.kconfig.explain.Preconditions;
import org.kconfigexplorer.kconfig.model.KconfigModel;
import org.kconfigexplorer.kconfig.model.Symbol;
import org.kconfigexplorer.kconfig.model.Tristate;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfile;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfiles;

/** The worked examples of the Rust facts sheet on the embedded model. */
class EmbeddedRustModelTest {

    private static ToolchainProfile preset(String id) {
        return ToolchainProfiles.preset(id).orElseThrow();
    }

    private static ExplorerSession open(String presetId) {
        ExplorerSession session = ExplorerSession.openEmbedded(preset(presetId));
        assertThat(session.parseResult().diagnostics()).as("embedded tree problems").isEmpty();
        assertThat(session.assumptions()).as("commands the profile could not answer").isEmpty();
        return session;
    }

    private static Tristate value(KconfigModel m, String name) {
        return m.symbol(name).tristateValue();
    }

    private static void enableRustAndExpert(KconfigModel m) {
        assertThat(m.setTristate(m.symbol("EXPERT"), Tristate.YES)).isTrue();
        assertThat(m.setTristate(m.symbol("RUST"), Tristate.YES)).as("RUST can be enabled").isTrue();
    }

    @Test
    void gccCannotEnableInlineHelpers() {
        KconfigModel m = open("gcc14-rustc185-llvm19").model();
        assertThat(value(m, "CC_IS_GCC")).isEqualTo(Tristate.YES);
        assertThat(value(m, "CC_IS_CLANG")).isEqualTo(Tristate.NO);
        assertThat(m.symbol("RUSTC_LLVM_MAJOR_VERSION").stringValue()).isEqualTo("19");
        assertThat(value(m, "RUSTC_CLANG_LLVM_COMPATIBLE")).isEqualTo(Tristate.NO);
        enableRustAndExpert(m);
        Symbol helpers = m.symbol("RUST_INLINE_HELPERS");
        assertThat(helpers.visibility()).isEqualTo(Tristate.NO);
        assertThat(m.setTristate(helpers, Tristate.YES)).isFalse();
        assertThat(helpers.tristateValue()).isEqualTo(Tristate.NO);
        assertThat(Preconditions.advice(m, helpers)).anySatisfy(line -> assertThat(line).contains("CC_IS_CLANG"));
    }

    @Test
    void clang20WithRustcOnLlvm19IsStillIncompatible() {
        KconfigModel m = open("clang20-rustc185-llvm19").model();
        assertThat(value(m, "CC_IS_CLANG")).isEqualTo(Tristate.YES);
        assertThat(m.symbol("CLANG_VERSION").stringValue()).isEqualTo("200102");
        assertThat(value(m, "RUSTC_CLANG_LLVM_COMPATIBLE")).isEqualTo(Tristate.NO);
        enableRustAndExpert(m);
        assertThat(m.symbol("RUST_INLINE_HELPERS").visibility()).isEqualTo(Tristate.NO);
    }

    @Test
    void clang19WithRustcOnLlvm19ReachesInlineHelpersOnceRustAndExpertAreOn() {
        KconfigModel m = open("clang19-rustc185-llvm19").model();
        assertThat(value(m, "RUSTC_CLANG_LLVM_COMPATIBLE")).isEqualTo(Tristate.YES);
        Symbol helpers = m.symbol("RUST_INLINE_HELPERS");
        assertThat(helpers.visibility()).isEqualTo(Tristate.NO);
        ConditionNode before = Preconditions.of(m, helpers);
        assertThat(before.met()).isFalse();
        assertThat(unmetLeaves(before)).contains("RUST", "EXPERT").doesNotContain("RUSTC_CLANG_LLVM_COMPATIBLE");

        enableRustAndExpert(m);
        assertThat(helpers.visibility()).isEqualTo(Tristate.YES);
        assertThat(m.setTristate(helpers, Tristate.YES)).isTrue();
        assertThat(helpers.tristateValue()).isEqualTo(Tristate.YES);
        ConditionNode after = Preconditions.of(m, helpers);
        assertThat(after.met()).isTrue();
        assertThat(unmetLeaves(after)).isEmpty();
    }

    @Test
    void rustc184IsBelowTheMinimumSoRustIsUnavailable() {
        KconfigModel m = open("clang19-rustc184-llvm19").model();
        assertThat(value(m, "RUST_IS_AVAILABLE")).isEqualTo(Tristate.NO);
        assertThat(m.symbol("RUST").visibility()).isEqualTo(Tristate.NO);
    }

    @Test
    void changingTheProfileKeepsUserValuesAndReevaluates() {
        ExplorerSession session = open("gcc14-rustc185-llvm19");
        enableRustAndExpert(session.model());
        session.changeProfile(preset("clang19-rustc185-llvm19"));
        KconfigModel m = session.model();
        assertThat(value(m, "RUST")).isEqualTo(Tristate.YES);
        assertThat(m.symbol("RUST_INLINE_HELPERS").visibility()).isEqualTo(Tristate.YES);
    }

    @Test
    void fragmentListsChangesAndNamesTheToolchainTheyNeed() {
        ExplorerSession session = open("clang19-rustc185-llvm19");
        KconfigModel m = session.model();
        enableRustAndExpert(m);
        m.setTristate(m.symbol("RUST_INLINE_HELPERS"), Tristate.YES);
        String fragment = session.fragment("test");
        assertThat(fragment).contains("CONFIG_EXPERT=y\n", "CONFIG_RUST=y\n", "CONFIG_RUST_INLINE_HELPERS=y\n")
                .contains("Clang 19.1.7").contains("RUSTC_CLANG_LLVM_COMPATIBLE=y");
        for (String line : fragment.split("\n")) {
            assertThat(line).matches("#.*|CONFIG_[A-Z0-9_]+=.*");
        }
    }

    private static List<String> unmetLeaves(ConditionNode root) {
        return root.flatten().stream()
                .filter(n -> !n.met() && n.kind() == ConditionNode.Kind.SYMBOL && n.children().isEmpty())
                .map(ConditionNode::label).toList();
    }

    @Test
    void toolchainDerivedSymbolsAreTracedToTheProfileFieldsThatProducedThem() {
        ExplorerSession session = open("gcc14-rustc185-llvm19");
        KconfigModel m = session.model();
        java.util.function.Function<String, java.util.Set<String>> fields = name ->
                org.kconfigexplorer.kconfig.explain.ToolchainProvenance.fields(m, m.symbol(name), session.provenance());
        assertThat(fields.apply("CC_IS_CLANG")).anySatisfy(f -> assertThat(f).startsWith("cc."));
        assertThat(fields.apply("RUSTC_LLVM_VERSION")).anySatisfy(f -> assertThat(f).startsWith("rustc."));
        assertThat(fields.apply("RUSTC_CLANG_LLVM_COMPATIBLE"))
                .anySatisfy(f -> assertThat(f).startsWith("cc."))
                .anySatisfy(f -> assertThat(f).startsWith("rustc."));
        assertThat(fields.apply("RUST")).isEmpty();
    }
}
