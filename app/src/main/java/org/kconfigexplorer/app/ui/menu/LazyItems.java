package org.kconfigexplorer.app.ui.menu;

import java.util.Map;
import java.util.function.UnaryOperator;
import javafx.scene.control.TreeItem;

/** Look-up in a tree whose items are made when their parent first lists its children. */
final class LazyItems {

    private LazyItems() {
    }

    /**
     * The item showing {@code row}, made if it was not yet: its parent's item (found the same way)
     * is asked for its children, which registers them in {@code items}. Null when {@code row} is
     * null or not listed.
     *
     * @param parentOf the row whose item lists {@code row}'s item, or null at the top
     */
    static <T> TreeItem<T> itemFor(T row, Map<T, TreeItem<T>> items, UnaryOperator<T> parentOf) {
        if (row == null) {
            return null;
        }
        TreeItem<T> item = items.get(row);
        T parent = item == null ? parentOf.apply(row) : null;
        if (parent == null) {
            return item;
        }
        TreeItem<T> parentItem = itemFor(parent, items, parentOf);
        if (parentItem == null) {
            return null;
        }
        parentItem.getChildren();
        return items.get(row);
    }
}
