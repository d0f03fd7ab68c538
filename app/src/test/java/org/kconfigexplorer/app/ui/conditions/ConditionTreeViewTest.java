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

/**
 * The drawn preconditions tree: words and colours per term, with the light theme applied; a big
 * tree drawn over a few frames ends up whole, in reading order and nested as the tree is.
 */
@ExtendWith(ApplicationExtension.class)
class ConditionTreeViewTest {

    private static ConditionNode leaf(String label, boolean met) {
        return new ConditionNode(Kind.SYMBOL, label, met ? Tristate.YES : Tristate.NO, met, null, null, List.of());
    }

    private ConditionTreeView view;

    @Start
    void start(Stage stage) {
        ConditionNode anyOf = new ConditionNode(Kind.ANY_OF, "any of", Tristate.YES, true, null, null,
                List.of(leaf("GENDWARFKSYMS", false), leaf("OTHER", true)));
        ConditionNode root = new ConditionNode(Kind.ALL_OF, "Requirements of X", Tristate.NO, false, null, null,
                List.of(leaf("CC_IS_CLANG", true), leaf("EXPERT", false), anyOf));
        view = new ConditionTreeView();
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

    /** A tree of {@code width}^depth leaves: "T", "T.0", "T.0.1", ... */
    private static ConditionNode bigTree(String name, int depth, int width) {
        List<ConditionNode> children = new java.util.ArrayList<>();
        for (int i = 0; depth > 0 && i < width; i++) {
            children.add(bigTree(name + "." + i, depth - 1, width));
        }
        return new ConditionNode(children.isEmpty() ? Kind.SYMBOL : Kind.ALL_OF, name, Tristate.YES, true, null,
                null, children);
    }

    /** The terms drawn, in reading order, each with the terms of the lines it is drawn inside of. */
    private static List<String> drawnTerms(Parent box, String path) {
        List<String> out = new java.util.ArrayList<>();
        String last = path;
        for (Node child : box.getChildrenUnmodifiable()) {
            if (child.getProperties().get(ConditionTreeView.ROW_KEY) instanceof ConditionRow row) {
                last = path.isEmpty() ? row.term() : path + ">" + row.term();
                out.add(last);
            } else if (child instanceof Parent children) {
                out.addAll(drawnTerms(children, last));
            }
        }
        return out;
    }

    private static List<String> expectedTerms(ConditionRow row, String path) {
        List<String> out = new java.util.ArrayList<>();
        String here = path.isEmpty() ? row.term() : path + ">" + row.term();
        out.add(here);
        for (ConditionRow child : row.children()) {
            out.addAll(expectedTerms(child, here));
        }
        return out;
    }

    @Test
    void aBigTreeIsDrawnAFewLinesAFrameAndEndsUpWhole() {
        ConditionRow first = ConditionPresenter.present(bigTree("A", 3, 4)); // 85 lines
        ConditionRow second = ConditionPresenter.present(bigTree("B", 3, 3)); // 40 lines
        int drawnAtOnce = org.kconfigexplorer.app.ui.FxTestSupport.onFx(() -> {
            view.setRoot(first);
            return drawnTerms(view, "").size();
        });
        assertThat(drawnAtOnce).isZero(); // from the next frame on
        org.kconfigexplorer.app.ui.FxTestSupport.waitUntil("the whole tree is drawn",
                () -> org.kconfigexplorer.app.ui.FxTestSupport.onFx(() -> drawnTerms(view, "")).size() == 85);
        assertThat(org.kconfigexplorer.app.ui.FxTestSupport.onFx(() -> drawnTerms(view, "")))
                .isEqualTo(expectedTerms(first, ""));

        // Another tree while the first is still being drawn: only the second is there in the end.
        org.kconfigexplorer.app.ui.FxTestSupport.onFx(() -> {
            view.setRoot(first);
            view.setRoot(second);
            return null;
        });
        org.kconfigexplorer.app.ui.FxTestSupport.waitUntil("the second tree is drawn",
                () -> org.kconfigexplorer.app.ui.FxTestSupport.onFx(() -> drawnTerms(view, "")).size() == 40);
        org.testfx.util.WaitForAsyncUtils.sleep(200, java.util.concurrent.TimeUnit.MILLISECONDS);
        assertThat(org.kconfigexplorer.app.ui.FxTestSupport.onFx(() -> drawnTerms(view, "")))
                .isEqualTo(expectedTerms(second, ""));
    }
}
