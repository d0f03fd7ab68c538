package org.kconfigexplorer.app.ui.menu;

import javafx.scene.control.IndexedCell;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.TreeView;
import javafx.scene.control.skin.TreeTableViewSkin;
import javafx.scene.control.skin.TreeViewSkin;
import javafx.scene.control.skin.VirtualFlow;

/**
 * A {@link VirtualFlow} that lays out its cells once per change of the row count, in the layout
 * pulse. JavaFX's own lays them out at once whenever the count changes (a FIXME in its cellCount
 * property), at the scroll position of that moment; when the same event then scrolls (a filter or
 * a page turn of the split view, then the selection revealed) the pulse updates every row on
 * screen again. On the x86_64 tree that was 10 to 30 ms more for such a change.
 * <p>
 * That layout is told apart by its caller: JavaFX 21's cellCount property, an inner class of
 * {@code VirtualFlow}, calls it from its {@code invalidated()}. Should another JavaFX call it
 * otherwise, the check fails safe: the flow then lays out as JavaFX's own does.
 */
final class OnePassFlow<T extends IndexedCell<?>> extends VirtualFlow<T> {

    private static final String FLOW_INNER_CLASS = VirtualFlow.class.getName() + "$";
    private static final StackWalker STACK = StackWalker.getInstance();

    @Override
    protected void layoutChildren() {
        if (calledByCountChange()) {
            requestLayout(); // laid out in this pulse (when the count changed in it), or the next
            return;
        }
        super.layoutChildren();
    }

    /** Whether this layout is the one the cellCount property asks for at once when it changes. */
    private static boolean calledByCountChange() {
        return STACK.walk(frames -> frames.skip(2).findFirst()
                .filter(f -> f.getClassName().startsWith(FLOW_INNER_CLASS) && f.getMethodName().equals("invalidated"))
                .isPresent());
    }

    /** The skin of a tree table whose rows lay out in one pass. */
    static <R> TreeTableViewSkin<R> treeTableSkin(TreeTableView<R> view) {
        return new TreeTableViewSkin<>(view) {
            @Override
            protected VirtualFlow<TreeTableRow<R>> createVirtualFlow() {
                return new OnePassFlow<>();
            }
        };
    }

    /** The skin of a tree view whose rows lay out in one pass. */
    static <R> TreeViewSkin<R> treeSkin(TreeView<R> view) {
        return new TreeViewSkin<>(view) {
            @Override
            protected VirtualFlow<TreeCell<R>> createVirtualFlow() {
                return new OnePassFlow<>();
            }
        };
    }
}
