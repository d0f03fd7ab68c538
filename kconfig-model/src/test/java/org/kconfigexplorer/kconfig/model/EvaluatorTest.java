package org.kconfigexplorer.kconfig.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kconfigexplorer.kconfig.parse.KconfigFixture;

class EvaluatorTest {

    @TempDir
    Path dir;

    private KconfigModel model(String text) {
        return KconfigFixture.model(dir, text);
    }

    @Test
    void tristateLogicIsMinMaxAndTwoMinus() {
        assertThat(Tristate.MOD.and(Tristate.YES)).isEqualTo(Tristate.MOD);
        assertThat(Tristate.MOD.or(Tristate.NO)).isEqualTo(Tristate.MOD);
        assertThat(Tristate.MOD.not()).isEqualTo(Tristate.MOD);
        assertThat(Tristate.YES.not()).isEqualTo(Tristate.NO);
    }

    @Test
    void defaultsApplyInOrderAndDependenciesLimitVisibility() {
        KconfigModel m = model("""
                config A
                \tbool "A"
                config B
                \tbool "B"
                \tdepends on A
                \tdefault y
                config C
                \tint "C"
                \tdefault 5 if A
                \tdefault 7
                """);
        Symbol a = m.symbol("A");
        Symbol b = m.symbol("B");
        assertThat(a.tristateValue()).isEqualTo(Tristate.NO);
        assertThat(b.visibility()).isEqualTo(Tristate.NO);
        assertThat(b.tristateValue()).isEqualTo(Tristate.NO);
        assertThat(m.symbol("C").stringValue()).isEqualTo("7");
        assertThat(m.setTristate(a, Tristate.YES)).isTrue();
        assertThat(b.tristateValue()).isEqualTo(Tristate.YES);
        assertThat(m.symbol("C").stringValue()).isEqualTo("5");
        assertThat(m.setTristate(b, Tristate.NO)).isTrue();
        assertThat(b.tristateValue()).isEqualTo(Tristate.NO);
    }

    @Test
    void selectForcesLowerBoundEvenAgainstUnmetDependencies() {
        KconfigModel m = model("""
                config DEP
                \tbool "dep"
                config S
                \tbool "selector"
                \tselect T
                config T
                \tbool "target"
                \tdepends on DEP
                """);
        Symbol t = m.symbol("T");
        m.setTristate(m.symbol("S"), Tristate.YES);
        assertThat(t.tristateValue()).isEqualTo(Tristate.YES);
        assertThat(t.isChangeable()).isFalse();
        assertThat(m.unmetDependencies()).containsExactly(t);
        assertThat(t.reverseDeps()).isNotNull();
    }

    @Test
    void implySetsAWeakLowerBoundTheUserMayOverride() {
        KconfigModel m = model("""
                config I
                \tbool "implier"
                \tdefault y
                \timply T
                config T
                \tbool "target"
                """);
        Symbol t = m.symbol("T");
        assertThat(t.tristateValue()).isEqualTo(Tristate.YES);
        assertThat(m.setTristate(t, Tristate.NO)).isTrue();
        assertThat(t.tristateValue()).isEqualTo(Tristate.NO);
    }

    @Test
    void modNeedsModulesAndOtherwiseBecomesYes() {
        KconfigModel m = model("""
                config MODULES
                \tbool "modules"
                \tmodules
                config T
                \ttristate "t"
                \tdefault m
                """);
        Symbol t = m.symbol("T");
        assertThat(t.tristateValue()).isEqualTo(Tristate.YES);
        assertThat(m.canSetTristate(t, Tristate.MOD)).isFalse();
        m.setTristate(m.symbol("MODULES"), Tristate.YES);
        assertThat(t.tristateValue()).isEqualTo(Tristate.MOD);
        assertThat(m.canSetTristate(t, Tristate.MOD)).isTrue();
    }

    @Test
    void choiceSelectsDefaultThenUserPick() {
        KconfigModel m = model("""
                choice
                \tprompt "pick"
                \tdefault B
                config A
                \tbool "a"
                config B
                \tbool "b"
                endchoice
                """);
        Symbol a = m.symbol("A");
        Symbol b = m.symbol("B");
        assertThat(b.tristateValue()).isEqualTo(Tristate.YES);
        assertThat(a.tristateValue()).isEqualTo(Tristate.NO);
        assertThat(m.selectChoiceMember(a)).isTrue();
        assertThat(a.tristateValue()).isEqualTo(Tristate.YES);
        assertThat(b.tristateValue()).isEqualTo(Tristate.NO);
        assertThat(a.choice()).isSameAs(m.choices().get(0));
    }

    @Test
    void rangesClampValuesAndRejectUserValuesOutside() {
        KconfigModel m = model("""
                config N
                \tint "n"
                \trange 2 10
                \tdefault 20
                config H
                \thex "h"
                \tdefault 0x10
                """);
        Symbol n = m.symbol("N");
        assertThat(n.stringValue()).isEqualTo("10");
        assertThat(m.setUserValue(n, "11")).isFalse();
        assertThat(m.setUserValue(n, "abc")).isFalse();
        assertThat(m.setUserValue(n, "3")).isTrue();
        assertThat(n.stringValue()).isEqualTo("3");
        assertThat(m.setUserValue(m.symbol("H"), "ff")).isTrue();
        assertThat(m.symbol("H").stringValue()).isEqualTo("0xff");
    }

    @Test
    void comparisonsAreNumericForNumbersAndTextOtherwise() {
        KconfigModel m = model("""
                config V
                \tint
                \tdefault 108500
                config NEW_ENOUGH
                \tdef_bool V >= 108100
                config S
                \tstring
                \tdefault "abc"
                config IS_ABC
                \tdef_bool S = "abc"
                config HEXLESS
                \tdef_bool 0x10 < 0x9
                """);
        assertThat(m.symbol("NEW_ENOUGH").tristateValue()).isEqualTo(Tristate.YES);
        assertThat(m.symbol("IS_ABC").tristateValue()).isEqualTo(Tristate.YES);
        assertThat(m.symbol("HEXLESS").tristateValue()).isEqualTo(Tristate.NO);
    }

    @Test
    void menuDependenciesAndVisibleIfReachChildren() {
        KconfigModel m = model("""
                config GATE
                \tbool "gate"
                menu "Gated"
                \tdepends on GATE
                config INSIDE
                \tbool "inside"
                \tdefault y
                endmenu
                menu "Hidden"
                \tvisible if n
                config QUIET
                \tbool "quiet"
                \tdefault y
                endmenu
                """);
        assertThat(m.symbol("INSIDE").tristateValue()).isEqualTo(Tristate.NO);
        m.setTristate(m.symbol("GATE"), Tristate.YES);
        assertThat(m.symbol("INSIDE").tristateValue()).isEqualTo(Tristate.YES);
        assertThat(m.symbol("QUIET").visibility()).isEqualTo(Tristate.NO);
        assertThat(m.symbol("QUIET").tristateValue()).isEqualTo(Tristate.YES);
    }

    @Test
    void implicitSubmenuPutsDependentsUnderTheirSymbol() {
        KconfigModel m = model("""
                menuconfig FEATURE
                \tbool "feature"
                config FEATURE_PART
                \tbool "part"
                \tdepends on FEATURE
                config OTHER
                \tbool "other"
                """);
        MenuNode feature = m.symbol("FEATURE").nodes().get(0);
        assertThat(feature.children()).extracting(MenuNode::symbol).containsExactly(m.symbol("FEATURE_PART"));
        assertThat(m.root().children()).hasSize(2);
    }

    @Test
    void dependencyLoopIsReportedWithItsChain() {
        var result = new KconfigFixture(dir).file("Kconfig", """
                config A
                \tbool "a"
                \tdepends on B
                config B
                \tbool "b"
                \tdepends on A
                """).parse();
        assertThat(result.errors()).anySatisfy(d -> {
            assertThat(d.message()).contains("recursive dependency detected");
            assertThat(d.message()).contains("symbol A depends on B").contains("symbol B depends on A");
            assertThat(d.file()).isEqualTo("Kconfig");
        });
    }

    @Test
    void transitionalSymbolPassesAnOldValueOnAndIsNotWritten() {
        KconfigModel m = model("""
                config NEW_OPTION
                \tbool "new option"
                \tdefault OLD_OPTION
                config OLD_OPTION
                \tbool
                \ttransitional
                \thelp
                \t  The old name of NEW_OPTION.
                """);
        org.kconfigexplorer.kconfig.config.ConfigReader.read(m, "CONFIG_OLD_OPTION=y\n", ".config");
        assertThat(m.symbol("OLD_OPTION").isTransitional()).isTrue();
        assertThat(m.symbol("NEW_OPTION").tristateValue()).isEqualTo(Tristate.YES);
        assertThat(org.kconfigexplorer.kconfig.config.ConfigWriter.write(m))
                .contains("CONFIG_NEW_OPTION=y").doesNotContain("OLD_OPTION");
    }
}
