package org.kconfigexplorer.kconfig.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kconfigexplorer.kconfig.model.KconfigModel;
import org.kconfigexplorer.kconfig.model.Tristate;
import org.kconfigexplorer.kconfig.session.ExplorerSession;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfiles;

/** The worked examples of the Rust facts sheet, as fix requests on the embedded model. */
class FixFinderEmbeddedTest {

    private static ExplorerSession open(String preset) {
        return ExplorerSession.openEmbedded(ToolchainProfiles.preset(preset).orElseThrow());
    }

    private static FixResult fix(ExplorerSession s, String request) {
        return s.fixFinder().find(FixRequest.parse(request), FixFinder.Options.defaults());
    }

    private static List<String> names(FixSuggestion s) {
        return s.changes().stream().map(SymbolChange::symbol).toList();
    }

    @Test
    void fromGccTheTopSuggestionIsClangAtRustcsLlvmWithExpertAndRust() {
        ExplorerSession s = open("gcc14-rustc185-llvm19");
        FixResult r = fix(s, "RUST_INLINE_HELPERS=y");
        assertThat(r.status()).isEqualTo(FixResult.Status.FIXES);
        FixSuggestion top = r.suggestions().get(0);
        assertThat(top.profileChanges()).extracting(ProfileChange::id).containsExactly("clang-at-rustc-llvm");
        assertThat(top.profileChanges().get(0).description()).contains("Clang 19");
        assertThat(names(top)).contains("EXPERT", "RUST", "RUST_INLINE_HELPERS");
        assertThat(top.sideEffects()).as("something gets selected along the way").anyMatch(SideEffect::selected);
        assertThat(s.model().symbol("RUST").tristateValue()).as("model left as it was").isEqualTo(Tristate.NO);
    }

    @Test
    void withClang20AndRustcOnLlvm19BothToolchainFixesAreOffered() {
        FixResult r = fix(open("clang20-rustc185-llvm19"), "RUST_INLINE_HELPERS=y");
        assertThat(r.suggestions()).flatExtracting(FixSuggestion::profileChanges).extracting(ProfileChange::id)
                .contains("clang-at-rustc-llvm", "rustc-at-clang-llvm");
        assertThat(r.suggestions()).flatExtracting(FixSuggestion::profileChanges)
                .extracting(ProfileChange::description)
                .anySatisfy(d -> assertThat(d).contains("Clang 19"))
                .anySatisfy(d -> assertThat(d).contains("rustc built on LLVM 20"));
    }

    @Test
    void withAMatchingToolchainOptionsAloneSuffice() {
        ExplorerSession s = open("clang19-rustc185-llvm19");
        KconfigModel m = s.model();
        m.setTristate(m.symbol("EXPERT"), Tristate.YES);
        FixResult r = fix(s, "RUST_INLINE_HELPERS=y");
        FixSuggestion top = r.suggestions().get(0);
        assertThat(top.profileChanges()).isEmpty();
        assertThat(names(top)).containsExactlyInAnyOrder("RUST", "RUST_INLINE_HELPERS");
    }

    @Test
    void turningAnOptionOffThatTheUserSetIsAConflict() {
        ExplorerSession s = open("clang19-rustc185-llvm19");
        KconfigModel m = s.model();
        m.setTristate(m.symbol("EXPERT"), Tristate.YES);
        m.setTristate(m.symbol("RUST"), Tristate.YES);
        FixResult r = fix(s, "RUST=n");
        assertThat(r.suggestions().get(0).conflicts()).extracting(SymbolChange::symbol).containsExactly("RUST");
    }

    @Test
    void alreadyReachedAndUnknownAndMalformedRequests() {
        ExplorerSession s = open("gcc14-rustc185-llvm19");
        assertThat(fix(s, "RUST=n").status()).isEqualTo(FixResult.Status.ALREADY);
        assertThatThrownBy(() -> fix(s, "NO_SUCH=y")).hasMessage("unknown symbol NO_SUCH");
        assertThatThrownBy(() -> fix(s, "RUST=maybe")).hasMessageContaining("not a valid bool value");
    }

    @Test
    void suggestionsAreJson() throws Exception {
        String json = new ObjectMapper().writeValueAsString(fix(open("gcc14-rustc185-llvm19"), "RUST_INLINE_HELPERS=y"));
        assertThat(json).contains("\"status\":\"FIXES\"", "clang-at-rustc-llvm");
    }
}
