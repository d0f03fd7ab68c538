package org.kconfigexplorer.app.ui;

import javafx.scene.Node;
import javafx.scene.text.TextFlow;

/**
 * A text flow that remembers its last measured heights until its content or style changes.
 * {@link TextFlow} lays its text out anew for every size query (twice: for the width asked, then
 * back for its own), and a layout pass asks several times (minimum and preferred height, and the
 * scroll pane around the details asks for its content's size): with a hundred precondition lines
 * under RUST, or a long help text, measuring was most of a frame.
 */
public final class MeasuredTextFlow extends TextFlow {

    /** Laying out its texts moves them, which asks for a layout again: no change of content, though. */
    private final RememberedSizes remembered = new RememberedSizes();
    private final RememberedSizes.Size height = remembered.add();
    /** The width of the text on one line: no height involved. */
    private final RememberedSizes.Size width = remembered.add();

    public MeasuredTextFlow(Node... children) {
        super(children);
    }

    @Override
    protected double computePrefHeight(double forWidth) {
        return height.get(forWidth, super::computePrefHeight);
    }

    @Override
    protected double computePrefWidth(double forHeight) {
        return width.get(-1, h -> super.computePrefWidth(forHeight));
    }

    @Override
    protected void layoutChildren() {
        remembered.layOut(super::layoutChildren);
    }

    /** Called when texts, fonts, children or insets change, and while laying out. */
    @Override
    public void requestLayout() {
        if (remembered != null) { // null: from TextFlow's constructor, before this one's fields are set
            remembered.forget();
        }
        super.requestLayout();
    }
}
