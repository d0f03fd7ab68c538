package org.kconfigexplorer.kconfig.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kconfigexplorer.kconfig.model.KconfigModel;
import org.kconfigexplorer.kconfig.model.Tristate;
import org.kconfigexplorer.kconfig.parse.KconfigFixture;

/** Met/unmet of single relations, term by term, as the dependency graph draws them. */
class RelationStatusTest {

    @TempDir
    Path dir;

    private KconfigModel model() {
        return KconfigFixture.model(dir, """
                config B
                \tbool "b"
                config C
                \tbool "c"
                config D
                \tbool "d"
                \tdepends on B
                config N
                \tint "n"
                \tdefault 3
                config PLAIN
                \tbool "plain"
                \tdepends on B
                config NEGATED
                \tbool "negated"
                \tdepends on !B
                config EITHER
                \tbool "either"
                \tdepends on B || C
                config NOT_BOTH
                \tbool "not both"
                \tdepends on !(B && C)
                config COMPARED
                \tbool "compared"
                \tdepends on N > 4
                config SEL
                \tbool "sel"
                \tselect B if C
                \timply D
                menu "M"
                \tvisible if C
                config INSIDE
                \tbool "inside"
                endmenu
                """);
    }

    private static boolean dep(KconfigModel m, String owner, String target) {
        return RelationStatus.dependencyMet(m, m.symbol(owner), m.symbol(target));
    }

    @Test
    void aDependencyIsUnmetWhenTheTargetIsPartOfWhyTheExpressionFails() {
        KconfigModel m = model();
        assertThat(dep(m, "PLAIN", "B")).isFalse();
        assertThat(dep(m, "NEGATED", "B")).isTrue();
        assertThat(dep(m, "EITHER", "B")).isFalse();
        assertThat(dep(m, "NOT_BOTH", "B")).isTrue();
        assertThat(dep(m, "COMPARED", "N")).isFalse();
        // Not mentioned at all: nothing holds the owner back on its account.
        assertThat(dep(m, "PLAIN", "C")).isTrue();

        assertThat(dep(m, "EITHER", "C")).isFalse();

        m.setTristate(m.symbol("C"), Tristate.YES);
        // C meets "B || C": the B term is still n, but it holds nothing back.
        assertThat(m.symbol("EITHER").directDepsValue()).isEqualTo(Tristate.YES);
        assertThat(dep(m, "EITHER", "B")).isTrue();
        assertThat(dep(m, "EITHER", "C")).isTrue();

        m.setTristate(m.symbol("B"), Tristate.YES);
        assertThat(dep(m, "PLAIN", "B")).isTrue();
        assertThat(dep(m, "NEGATED", "B")).isFalse();
        assertThat(dep(m, "EITHER", "B")).isTrue();
        assertThat(dep(m, "NOT_BOTH", "B")).isFalse();
        assertThat(dep(m, "NOT_BOTH", "C")).isFalse();

        assertThat(m.setUserValue(m.symbol("N"), "5")).isTrue();
        assertThat(dep(m, "COMPARED", "N")).isTrue();
    }

    @Test
    void aSelectOrImplyIsInEffectWhenTheSourceIsOnAndItsConditionHolds() {
        KconfigModel m = model();
        assertThat(RelationStatus.selectActive(m.symbol("SEL"), m.symbol("B"))).isFalse();
        assertThat(RelationStatus.implyActive(m.symbol("SEL"), m.symbol("D"))).isFalse();

        m.setTristate(m.symbol("SEL"), Tristate.YES);
        // The select is conditional on C, which is n.
        assertThat(RelationStatus.selectActive(m.symbol("SEL"), m.symbol("B"))).isFalse();
        // In effect even though D's own dependency (B) keeps it n.
        assertThat(RelationStatus.implyActive(m.symbol("SEL"), m.symbol("D"))).isTrue();
        assertThat(m.symbol("D").tristateValue()).isEqualTo(Tristate.NO);

        m.setTristate(m.symbol("C"), Tristate.YES);
        assertThat(RelationStatus.selectActive(m.symbol("SEL"), m.symbol("B"))).isTrue();
        // Not a target of SEL at all.
        assertThat(RelationStatus.selectActive(m.symbol("SEL"), m.symbol("C"))).isFalse();
    }

    @Test
    void visibleIfOfTheEnclosingMenuCounts() {
        KconfigModel m = model();
        assertThat(RelationStatus.visibleIfMet(m, m.symbol("INSIDE"), m.symbol("C"))).isFalse();
        assertThat(RelationStatus.visibleIfMet(m, m.symbol("INSIDE"), m.symbol("B"))).isTrue();
        m.setTristate(m.symbol("C"), Tristate.YES);
        assertThat(RelationStatus.visibleIfMet(m, m.symbol("INSIDE"), m.symbol("C"))).isTrue();
    }
}
