package org.kconfigexplorer.app.ui;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.FlowPane;

/**
 * Controls side by side that wrap onto the next line rather than shorten their texts: at a large
 * text size in a narrow side panel, an HBox cut "Load .config…" down to "Lo…".
 */
public final class ButtonRow {

    private ButtonRow() {
    }

    public static FlowPane of(Node... nodes) {
        FlowPane row = new FlowPane(6, 6, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setMinWidth(0);
        return row;
    }
}
