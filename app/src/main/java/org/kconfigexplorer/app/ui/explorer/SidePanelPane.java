package org.kconfigexplorer.app.ui.explorer;

import java.util.function.DoubleSupplier;
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

    private final Node panel;
    private final ObservableBooleanValue shown;

    SidePanelPane(Node panel, ObservableBooleanValue shown) {
        super(panel);
        this.panel = panel;
        this.shown = shown;
        shown.addListener((obs, was, is) -> {
            if (is) {
                requestLayout();
            }
        });
    }

    /** The panel it holds. */
    Node panel() {
        return panel;
    }

    @Override
    protected void layoutChildren() {
        if (shown.get()) {
            super.layoutChildren();
        }
    }

    @Override
    protected double computeMinWidth(double height) {
        return whenShown(() -> super.computeMinWidth(height));
    }

    @Override
    protected double computeMinHeight(double width) {
        return whenShown(() -> super.computeMinHeight(width));
    }

    @Override
    protected double computePrefWidth(double height) {
        return whenShown(() -> super.computePrefWidth(height));
    }

    @Override
    protected double computePrefHeight(double width) {
        return whenShown(() -> super.computePrefHeight(width));
    }

    /** {@code size} while the tab is shown; no room while hidden. */
    private double whenShown(DoubleSupplier size) {
        return shown.get() ? size.getAsDouble() : 0;
    }
}
