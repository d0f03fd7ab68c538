package org.kconfigexplorer.app.ui.menu;

import javafx.scene.Node;
import javafx.scene.control.Control;

/**
 * Where to scroll a list of fixed-height rows so that a row comes to its top. JavaFX's
 * {@code scrollTo(index)} does not stop at the end of the list: for one of the last rows it
 * scrolls past the end, and the rows it should show are out of view until the user scrolls. An
 * index past the last row, though, makes it show the end exactly.
 */
final class ScrollTarget {

    private ScrollTarget() {
    }

    /**
     * The index to pass to {@code list}'s {@code scrollTo} to bring {@code index} (of {@code count}
     * rows, each {@code rowHeight} high) to its top.
     */
    static int topIndex(Control list, int index, int count, double rowHeight) {
        return topIndex(index, count, rowsInView(list, rowHeight));
    }

    /**
     * The index to pass to {@code scrollTo} to bring {@code index} to the top: {@code index}
     * itself, or {@code count} (the end) when fewer than {@code rowsInView} rows follow from it.
     * Pure.
     */
    static int topIndex(int index, int count, int rowsInView) {
        return index + rowsInView > count ? count : Math.max(0, index);
    }

    /** How many whole rows of {@code rowHeight} the list {@code list} shows below its header. */
    private static int rowsInView(Control list, double rowHeight) {
        Node header = list.lookup(".column-header-background");
        double height = list.getHeight() - (header == null ? 0 : header.getLayoutBounds().getHeight());
        return rowHeight > 0 ? (int) Math.floor(height / rowHeight) : 1;
    }
}
