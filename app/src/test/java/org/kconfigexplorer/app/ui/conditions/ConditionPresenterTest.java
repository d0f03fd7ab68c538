package org.kconfigexplorer.app.ui.conditions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kconfigexplorer.app.ui.Styles;
import org.kconfigexplorer.kconfig.explain.ConditionNode;
import org.kconfigexplorer.kconfig.explain.ConditionNode.Kind;
import org.kconfigexplorer.kconfig.model.Tristate;

/** The pure step from a preconditions tree to display rows. */
class ConditionPresenterTest {

    private static ConditionNode leaf(String label, Tristate value, String detail) {
        return new ConditionNode(Kind.SYMBOL, label, value, value != Tristate.NO, null, detail, List.of());
    }

    @Test
    void everyTermGetsAVerdictInWordsAndAStyleClass() {
        ConditionNode compare = new ConditionNode(Kind.COMPARISON, "RUSTC_LLVM_MAJOR_VERSION = 20", Tristate.NO,
                false, null, "is 19 = 20", List.of());
        ConditionNode anyOf = new ConditionNode(Kind.ANY_OF, "any of", Tristate.YES, true, null, null,
                List.of(leaf("A", Tristate.NO, null), leaf("B", Tristate.YES, "option you can set")));
        ConditionNode root = new ConditionNode(Kind.ALL_OF, "all of", Tristate.NO, false, null, null,
                List.of(leaf("CC_IS_CLANG", Tristate.YES, "toolchain fact"), compare, anyOf));

        ConditionRow rows = ConditionPresenter.present(root);

        assertThat(rows.term()).isEqualTo("all of");
        assertThat(rows.verdict()).isEqualTo("unmet");
        assertThat(rows.styleClass()).isEqualTo(Styles.CONDITION_UNMET);
        assertThat(rows.children()).hasSize(3);
        ConditionRow clang = rows.children().get(0);
        assertThat(clang.displayText()).isEqualTo("\u2714 met  CC_IS_CLANG = y  (toolchain fact)");
        assertThat(clang.styleClass()).isEqualTo(Styles.CONDITION_MET);
        ConditionRow cmp = rows.children().get(1);
        assertThat(cmp.displayText()).isEqualTo("\u2718 unmet  RUSTC_LLVM_MAJOR_VERSION = 20 = n  (is 19 = 20)");
        assertThat(rows.children().get(2).children()).extracting(ConditionRow::verdict).containsExactly("unmet", "met");
        assertThat(rows.flatten()).hasSize(6);
        assertThat(ConditionPresenter.verdict(rows)).isEqualTo("\u2718 Not available: 1 precondition is unmet");
    }

    @Test
    void anUnmetAlternativeOfAMetAnyOfBlocksNothing() {
        ConditionNode anyOf = new ConditionNode(Kind.ANY_OF, "any of", Tristate.YES, true, null, null,
                List.of(leaf("GENDWARFKSYMS", Tristate.NO, null), leaf("B", Tristate.YES, null)));
        ConditionNode root = new ConditionNode(Kind.ALL_OF, "all of", Tristate.NO, false, null, null,
                List.of(anyOf, leaf("EXPERT", Tristate.NO, null)));

        ConditionRow rows = ConditionPresenter.present(root);

        ConditionRow alternative = rows.children().get(0).children().get(0);
        assertThat(alternative.met()).isFalse();
        assertThat(alternative.blocking()).isFalse();
        assertThat(alternative.styleClasses()).containsExactly(Styles.CONDITION_UNMET, Styles.CONDITION_NOT_NEEDED);
        assertThat(alternative.displayText()).endsWith("not needed");
        ConditionRow expert = rows.children().get(1);
        assertThat(expert.blocking()).isTrue();
        assertThat(expert.styleClasses()).containsExactly(Styles.CONDITION_UNMET);
        assertThat(rows.blocking()).isTrue();
    }

    @Test
    void theVerdictCountsUnmetLeaves() {
        ConditionNode root = new ConditionNode(Kind.ALL_OF, "Requirements of X", Tristate.NO, false, null, null,
                List.of(leaf("A", Tristate.NO, null), leaf("B", Tristate.NO, null), leaf("C", Tristate.YES, null)));
        assertThat(ConditionPresenter.verdict(ConditionPresenter.present(root)))
                .isEqualTo("\u2718 Not available: 2 preconditions are unmet");

        ConditionNode met = new ConditionNode(Kind.ALL_OF, "Requirements of X", Tristate.YES, true, null,
                "no dependencies", List.of());
        assertThat(ConditionPresenter.verdict(ConditionPresenter.present(met)))
                .isEqualTo("\u2714 All preconditions are met");
    }

    @Test
    void belowANotATermIsMetWhenItIsOff() {
        ConditionNode modules = leaf("MODULES", Tristate.NO, null);
        ConditionNode modversions = new ConditionNode(Kind.SYMBOL, "MODVERSIONS", Tristate.NO, false, null, null,
                List.of(modules));
        ConditionNode not = new ConditionNode(Kind.NOT, "not MODVERSIONS", Tristate.YES, true, null, null,
                List.of(modversions));
        ConditionNode doubleNot = new ConditionNode(Kind.NOT, "not not MODVERSIONS", Tristate.NO, false, null, null,
                List.of(not));

        ConditionRow row = ConditionPresenter.present(not);
        assertThat(row.flatten()).extracting(ConditionRow::verdict).containsExactly("met", "met", "met");
        assertThat(row.children().get(0).value()).isEqualTo("n");

        ConditionRow twice = ConditionPresenter.present(doubleNot);
        assertThat(twice.flatten()).extracting(ConditionRow::met).containsExactly(false, false, false, false);
    }

    @Test
    void theSameTreeGivesEqualRows() {
        ConditionNode root = new ConditionNode(Kind.NOT, "not MODVERSIONS", Tristate.YES, true, null, null,
                List.of(leaf("MODVERSIONS", Tristate.NO, null)));
        assertThat(ConditionPresenter.present(root)).isEqualTo(ConditionPresenter.present(root));
    }
}
