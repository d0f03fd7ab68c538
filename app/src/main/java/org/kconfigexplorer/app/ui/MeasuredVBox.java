package org.kconfigexplorer.app.ui;

import javafx.scene.Node;
import javafx.scene.layout.VBox;

/**
 * A VBox that remembers its sizes for the width (or height) last asked until its content or style
 * changes. JavaFX remembers a node's sizes only for no given width, and a box holding wrapped
 * labels is asked for its heights at a width many times in one layout pass (a grid asks each row's
 * minimum, preferred and maximum height, a scroll pane around it asks again), each question
 * measuring every label's text anew: in a panel of such rows, every row was measured again
 * whenever any one of them changed.
 */
public class MeasuredVBox extends VBox {

    private final RememberedSizes remembered = new RememberedSizes();
    private final RememberedSizes.Size minHeight = remembered.add();
    private final RememberedSizes.Size prefHeight = remembered.add();
    private final RememberedSizes.Size maxHeight = remembered.add();
    private final RememberedSizes.Size minWidth = remembered.add();
    private final RememberedSizes.Size prefWidth = remembered.add();

    public MeasuredVBox(double spacing, Node... children) {
        super(spacing, children);
    }

    public MeasuredVBox(Node... children) {
        super(children);
    }

    @Override
    protected double computeMinHeight(double width) {
        return minHeight.get(width, super::computeMinHeight);
    }

    @Override
    protected double computePrefHeight(double width) {
        return prefHeight.get(width, super::computePrefHeight);
    }

    @Override
    protected double computeMaxHeight(double width) {
        return maxHeight.get(width, super::computeMaxHeight);
    }

    @Override
    protected double computeMinWidth(double height) {
        return minWidth.get(height, super::computeMinWidth);
    }

    @Override
    protected double computePrefWidth(double height) {
        return prefWidth.get(height, super::computePrefWidth);
    }

    @Override
    protected void layoutChildren() {
        remembered.layOut(super::layoutChildren);
    }

    /** Called when a child's size, the children, the insets or the spacing change, and while laying out. */
    @Override
    public void requestLayout() {
        if (remembered != null) { // null: from VBox's constructor, before this one's fields are set
            remembered.forget();
        }
        super.requestLayout();
    }
}
