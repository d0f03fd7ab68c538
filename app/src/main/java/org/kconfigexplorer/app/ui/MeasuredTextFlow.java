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

    private double heightFor = Double.NaN;
    private double height;
    private double width = Double.NaN;
    /** Laying out its texts moves them, which asks for a layout again: no change of content, though. */
    private boolean layingOut;

    public MeasuredTextFlow(Node... children) {
        super(children);
    }

    @Override
    protected double computePrefHeight(double forWidth) {
        if (forWidth != heightFor) {
            height = super.computePrefHeight(forWidth);
            heightFor = forWidth;
        }
        return height;
    }

    @Override
    protected double computePrefWidth(double forHeight) {
        if (Double.isNaN(width)) {
            width = super.computePrefWidth(forHeight); // the width of the text on one line: no height involved
        }
        return width;
    }

    @Override
    protected void layoutChildren() {
        layingOut = true;
        try {
            super.layoutChildren();
        } finally {
            layingOut = false;
        }
    }

    /** Called when texts, fonts, children or insets change, and while laying out. */
    @Override
    public void requestLayout() {
        if (!layingOut) {
            heightFor = Double.NaN;
            width = Double.NaN;
        }
        super.requestLayout();
    }
}
