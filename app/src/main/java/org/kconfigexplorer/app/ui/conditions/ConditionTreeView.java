package org.kconfigexplorer.app.ui.conditions;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kconfigexplorer.app.ui.Styles;

/**
 * Draws a preconditions tree: one line per term, indented under its parent with a guide line,
 * each with a "met"/"unmet" badge in words and the met/unmet style class for its colour.
 * Not virtualised: the trees are small, and every row stays in the scene graph.
 */
public final class ConditionTreeView extends VBox {

    /** Key under which each row node keeps its {@link ConditionRow} (in {@code getProperties()}). */
    public static final String ROW_KEY = "kx.conditionRow";

    public ConditionTreeView() {
        getStyleClass().add(Styles.CONDITION_TREE);
        setId(Styles.Ids.CONDITION_TREE);
    }

    /** Shows {@code root} (null: nothing). */
    public void setRoot(ConditionRow root) {
        getChildren().clear();
        if (root != null) {
            getChildren().add(rowNode(root));
            if (!root.children().isEmpty()) {
                getChildren().add(childrenBox(root));
            }
        }
    }

    private Node childrenBox(ConditionRow parent) {
        VBox box = new VBox();
        box.getStyleClass().add("kx-condition-children");
        for (ConditionRow child : parent.children()) {
            box.getChildren().add(rowNode(child));
            if (!child.children().isEmpty()) {
                box.getChildren().add(childrenBox(child));
            }
        }
        return box;
    }

    private static Node rowNode(ConditionRow row) {
        Label badge = new Label((row.met() ? ConditionPresenter.MET_MARK : ConditionPresenter.UNMET_MARK) + " "
                + row.verdict());
        badge.getStyleClass().add(Styles.CONDITION_BADGE);
        badge.setMinWidth(Label.USE_PREF_SIZE);
        Label term = new Label(row.term());
        term.getStyleClass().add(Styles.CONDITION_TERM);
        term.setMinWidth(Label.USE_PREF_SIZE);
        HBox line = new HBox(badge, term);
        if (!row.value().isEmpty()) {
            Label value = new Label("= " + row.value());
            value.getStyleClass().add(Styles.CONDITION_VALUE);
            value.setMinWidth(Label.USE_PREF_SIZE);
            line.getChildren().add(value);
        }
        if (!row.detail().isEmpty()) {
            Label detail = new Label(row.detail());
            detail.getStyleClass().add(Styles.CONDITION_DETAIL);
            line.getChildren().add(detail);
        }
        if (!row.met() && !row.blocking()) {
            Label note = new Label(ConditionPresenter.NOT_NEEDED);
            note.getStyleClass().add(Styles.CONDITION_DETAIL);
            note.setMinWidth(Label.USE_PREF_SIZE);
            line.getChildren().add(note);
        }
        line.getStyleClass().add(Styles.CONDITION_CELL);
        line.getStyleClass().addAll(row.styleClasses());
        line.getProperties().put(ROW_KEY, row);
        line.setAccessibleText(row.displayText());
        return line;
    }
}
