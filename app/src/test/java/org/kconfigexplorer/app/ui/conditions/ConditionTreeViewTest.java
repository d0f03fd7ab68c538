package org.kconfigexplorer.app.ui.conditions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kconfigexplorer.app.ui.FxTestSupport.conditionCell;
import static org.kconfigexplorer.app.ui.FxTestSupport.lineText;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kconfigexplorer.app.ui.Styles;
import org.kconfigexplorer.app.ui.Theme;
import org.kconfigexplorer.kconfig.explain.ConditionNode;
import org.kconfigexplorer.kconfig.explain.ConditionNode.Kind;
import org.kconfigexplorer.kconfig.model.Tristate;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The drawn preconditions tree: words and colours per term, with the light theme applied. */
@ExtendWith(ApplicationExtension.class)
class ConditionTreeViewTest {

    private static ConditionNode leaf(String label, boolean met) {
        return new ConditionNode(Kind.SYMBOL, label, met ? Tristate.YES : Tristate.NO, met, null, null, List.of());
    }

    @Start
    void start(Stage stage) {
        ConditionNode anyOf = new ConditionNode(Kind.ANY_OF, "any of", Tristate.YES, true, null, null,
                List.of(leaf("GENDWARFKSYMS", false), leaf("OTHER", true)));
        ConditionNode root = new ConditionNode(Kind.ALL_OF, "Requirements of X", Tristate.NO, false, null, null,
                List.of(leaf("CC_IS_CLANG", true), leaf("EXPERT", false), anyOf));
        ConditionTreeView view = new ConditionTreeView();
        view.setRoot(ConditionPresenter.present(root));
        Scene scene = new Scene(new StackPane(view), 700, 400);
        Theme.LIGHT.applyTo(scene);
        stage.setScene(scene);
        stage.show();
    }

    private static Paint badgeFill(Node line) {
        return ((Label) ((Parent) line).getChildrenUnmodifiable().get(0)).getTextFill();
    }

    @Test
    void metAndUnmetTermsDifferInWordsAndColour(FxRobot robot) {
        Node clang = conditionCell(robot, "CC_IS_CLANG");
        Node expert = conditionCell(robot, "EXPERT");
        Node alternative = conditionCell(robot, "GENDWARFKSYMS");

        assertThat(lineText(clang)).isEqualTo("\u2714 met CC_IS_CLANG = y");
        assertThat(lineText(expert)).isEqualTo("\u2718 unmet EXPERT = n");
        assertThat(lineText(alternative)).isEqualTo("\u2718 unmet GENDWARFKSYMS = n \u2014 not needed");
        assertThat(clang.getStyleClass()).contains(Styles.CONDITION_MET);
        assertThat(expert.getStyleClass()).contains(Styles.CONDITION_UNMET).doesNotContain(Styles.CONDITION_NOT_NEEDED);
        assertThat(alternative.getStyleClass()).contains(Styles.CONDITION_UNMET, Styles.CONDITION_NOT_NEEDED);

        Color met = (Color) badgeFill(clang);
        Color unmet = (Color) badgeFill(expert);
        Color muted = (Color) badgeFill(alternative);
        assertThat(met.getGreen()).as("met is green").isGreaterThan(met.getRed());
        assertThat(unmet.getRed()).as("unmet is red").isGreaterThan(unmet.getGreen());
        assertThat(muted).isNotEqualTo(unmet).isNotEqualTo(met);
        assertThat(badgeFill(conditionCell(robot, "OTHER"))).isEqualTo(met);
        assertThat(badgeFill(conditionCell(robot, "any of"))).isEqualTo(met);
    }
}
