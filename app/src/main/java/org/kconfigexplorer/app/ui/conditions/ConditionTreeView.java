package org.kconfigexplorer.app.ui.conditions;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.kconfigexplorer.app.ui.EachFrame;
import org.kconfigexplorer.app.ui.MeasuredTextFlow;
import org.kconfigexplorer.app.ui.Styles;

/**
 * Draws a preconditions tree: one line per term, indented under its parent with a guide line,
 * each with a "met"/"unmet" badge in words and the met/unmet style class for its colour.
 * Not virtualised, every line stays in the scene graph; but a big tree (about a hundred lines
 * under RUST on x86_64, 25 to 35 ms of styling and layout at once) is drawn from the top,
 * {@value #LINES_PER_FRAME} lines a frame.
 */
public final class ConditionTreeView extends VBox {

    /** Key under which each row node keeps its {@link ConditionRow} (in {@code getProperties()}). */
    public static final String ROW_KEY = "kx.conditionRow";
    /** Lines drawn per frame. */
    static final int LINES_PER_FRAME = 12;

    /** A line still to draw, and the box it goes in (its parent's children box, or this view). */
    private record Pending(ConditionRow row, VBox into) { }

    /** The lines still to draw, the next on top: the tree in reading order. */
    private final Deque<Pending> pending = new ArrayDeque<>();
    private final EachFrame rest = new EachFrame();

    public ConditionTreeView() {
        getStyleClass().add(Styles.CONDITION_TREE);
        setId(Styles.Ids.CONDITION_TREE);
    }

    /**
     * Shows {@code root} (null: nothing) from the next frame on, which leaves the frame of the
     * selection or change that asked for it to that; the old tree goes at once.
     */
    public void setRoot(ConditionRow root) {
        rest.stop();
        pending.clear();
        getChildren().clear();
        if (root != null) {
            pending.push(new Pending(root, this));
            rest.start(this::drawLines);
        }
    }

    /** Draws the next {@value #LINES_PER_FRAME} lines; true while some are left. */
    private boolean drawLines() {
        for (int i = 0; i < LINES_PER_FRAME && !pending.isEmpty(); i++) {
            Pending next = pending.pop();
            next.into().getChildren().add(rowNode(next.row()));
            List<ConditionRow> children = next.row().children();
            if (!children.isEmpty()) {
                VBox box = new VBox();
                box.getStyleClass().add("kx-condition-children");
                next.into().getChildren().add(box);
                for (int c = children.size() - 1; c >= 0; c--) {
                    pending.push(new Pending(children.get(c), box));
                }
            }
        }
        return !pending.isEmpty();
    }

    /**
     * One line: the verdict badge (a label, for its fixed width, so that the terms line up), then
     * the term, its value and any detail as texts in one flow. Texts rather than a label each:
     * the tree under an option such as RUST has about a hundred lines, and three to five labels
     * a line (each with a skin to make and style) held the UI thread for 30 to 57 ms on x86_64.
     */
    private static Node rowNode(ConditionRow row) {
        Label badge = new Label((row.met() ? ConditionPresenter.MET_MARK : ConditionPresenter.UNMET_MARK) + " "
                + row.verdict());
        badge.getStyleClass().add(Styles.CONDITION_BADGE);
        badge.setMinWidth(Label.USE_PREF_SIZE);
        TextFlow text = new MeasuredTextFlow(text(row.term(), Styles.CONDITION_TERM));
        if (!row.value().isEmpty()) {
            text.getChildren().add(text(" = " + row.value(), Styles.CONDITION_VALUE));
        }
        if (!row.detail().isEmpty()) {
            text.getChildren().add(text(" " + row.detail(), Styles.CONDITION_DETAIL));
        }
        if (!row.met() && !row.blocking()) {
            text.getChildren().add(text(" " + ConditionPresenter.NOT_NEEDED, Styles.CONDITION_DETAIL));
        }
        HBox line = new HBox(badge, text);
        HBox.setHgrow(text, Priority.ALWAYS);
        line.getStyleClass().add(Styles.CONDITION_CELL);
        line.getStyleClass().addAll(row.styleClasses());
        line.getProperties().put(ROW_KEY, row);
        line.setAccessibleText(row.displayText());
        return line;
    }

    private static Text text(String content, String styleClass) {
        Text text = new Text(content);
        text.getStyleClass().add(styleClass);
        return text;
    }
}
