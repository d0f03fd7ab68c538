package org.kconfigexplorer.app.ui.explorer;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/**
 * A side panel's tab content: lays its panel out to its size only while the tab is shown, and
 * while hidden asks for no room. The tab pane resizes the content of every tab, shown or not, so
 * each hidden panel was laid out anew whenever the side panel changed size (the top and bottom
 * bars taking a new text size, say), and measured whenever the tab pane was. Shown again, it is
 * laid out to the size of the moment.
 */
final class SidePanelPane extends StackPane {

    private final ObservableBooleanValue shown;

    SidePanelPane(Node panel, ObservableBooleanValue shown) {
        super(panel);
        this.shown = shown;
        shown.addListener((obs, was, is) -> {
            if (is) {
                requestLayout();
            }
        });
    }

    @Override
    protected void layoutChildren() {
        if (shown.get()) {
            super.layoutChildren();
        }
    }

    @Override
    protected double computeMinWidth(double height) {
        return shown.get() ? super.computeMinWidth(height) : 0;
    }

    @Override
    protected double computeMinHeight(double width) {
        return shown.get() ? super.computeMinHeight(width) : 0;
    }

    @Override
    protected double computePrefWidth(double height) {
        return shown.get() ? super.computePrefWidth(height) : 0;
    }

    @Override
    protected double computePrefHeight(double width) {
        return shown.get() ? super.computePrefHeight(width) : 0;
    }
}
