package org.kconfigexplorer.kconfig.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.kconfigexplorer.kconfig.model.KconfigModel;
import org.kconfigexplorer.kconfig.model.Tristate;
import org.kconfigexplorer.kconfig.session.ExplorerSession;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfiles;

/** Explanations on the embedded Rust model. */
class ExplainerTest {

    private static ExplorerSession open(String preset) {
        return ExplorerSession.openEmbedded(ToolchainProfiles.preset(preset).orElseThrow());
    }

    private static Explainer explainer(ExplorerSession s) {
        return new Explainer(s.model(), s.provenance(), s.profile());
    }

    @Test
    void toolchainChainReachesTheCompilerKindWithGcc() {
        ExplorerSession s = open("gcc14-rustc185-llvm19");
        SymbolExplanation e = explainer(s).explain("RUSTC_CLANG_LLVM_COMPATIBLE");
        assertThat(e.value()).isEqualTo("n");
        assertThat(e.toolchain()).isNotEmpty();
        String chain = e.toolchain().get(0).text();
        assertThat(chain).startsWith("RUSTC_CLANG_LLVM_COMPATIBLE = n, because CC_IS_CLANG = n, because the C compiler is GCC (cc.kind)");
        assertThat(e.valueReasons()).extracting(ValueReason::kind).contains(ValueReason.Kind.NO_DEFAULT);
    }

    @Test
    void inlineHelpersShowsItsFailingLeavesAndTheToolchainBehindThem() {
        ExplorerSession s = open("gcc14-rustc185-llvm19");
        SymbolExplanation e = explainer(s).explain("RUST_INLINE_HELPERS");
        assertThat(e.value()).isEqualTo("n");
        assertThat(e.visibility().value()).isEqualTo("n");
        assertThat(e.failingLeaves()).contains("RUST", "EXPERT");
        assertThat(e.dependencies().met()).isFalse();
        assertThat(e.toolchain()).extracting(ToolchainTrace::symbol).contains("RUSTC_CLANG_LLVM_COMPATIBLE");
        assertThat(ExplanationText.format(e)).contains("RUST_INLINE_HELPERS = n", "[UNMET]", "cc.kind");
    }

    @Test
    void userValueAndSelectAndIgnoredUserValueAreNamed() {
        ExplorerSession s = open("clang19-rustc185-llvm19");
        KconfigModel m = s.model();
        m.setTristate(m.symbol("EXPERT"), Tristate.YES);
        Explainer ex = explainer(s);
        SymbolExplanation expert = ex.explain("EXPERT");
        assertThat(expert.valueReasons().get(0).kind()).isEqualTo(ValueReason.Kind.USER_VALUE);
        assertThat(expert.selects()).extracting(ReverseDependencyInfo::symbol).contains("DEBUG_KERNEL");
        SymbolExplanation debug = ex.explain("DEBUG_KERNEL");
        assertThat(debug.selectedBy()).anySatisfy(r -> {
            assertThat(r.symbol()).isEqualTo("EXPERT");
            assertThat(r.active()).isTrue();
        });
        assertThat(debug.valueReasons()).extracting(ValueReason::kind).contains(ValueReason.Kind.SELECT);

        m.setTristate(m.symbol("RUST"), Tristate.YES);
        m.setTristate(m.symbol("RUST_INLINE_HELPERS"), Tristate.YES);
        m.setTristate(m.symbol("EXPERT"), Tristate.NO);
        SymbolExplanation helpers = explainer(s).explain("RUST_INLINE_HELPERS");
        assertThat(helpers.value()).isEqualTo("n");
        assertThat(helpers.valueReasons().get(0).kind()).isEqualTo(ValueReason.Kind.USER_VALUE_IGNORED);
    }

    @Test
    void explanationIsJsonWithoutCycles() throws Exception {
        ExplorerSession s = open("clang20-rustc185-llvm19");
        ObjectMapper json = new ObjectMapper();
        for (var sym : s.model().definedSymbols()) {
            String text = json.writeValueAsString(explainer(s).explain(sym));
            JsonNode tree = json.readTree(text);
            assertThat(tree.get("name").asText()).isEqualTo(sym.name());
        }
    }

    @Test
    void unknownSymbolIsAClearError() {
        assertThatThrownBy(() -> explainer(open("gcc14-rustc185-llvm19")).explain("NO_SUCH"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("unknown symbol NO_SUCH");
    }
}
