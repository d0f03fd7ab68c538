package org.kconfigexplorer.app.ui.menu;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import org.kconfigexplorer.app.ui.Styles;

/**
 * The left half of the split view: the submenus only (menus and menuconfig entries with entries
 * under them), as in xconfig. Selecting one shows its entries in the option list beside it; it
 * follows the option list's page when a search or a link turns to another one. Enter or the right
 * arrow key on an open submenu moves the focus to the option list.
 */
public final class MenuListView extends TreeView<OptionRow> {

    private static final PseudoClass UNAVAILABLE = PseudoClass.getPseudoClass(Styles.PSEUDO_UNAVAILABLE);

    private final OptionTreeView options;
    private final Map<OptionRow, TreeItem<OptionRow>> items = new HashMap<>();
    private boolean syncing;
    private Set<OptionRow> shownFilter;

    /**
     * @param options   the option list (in page mode) this list drives and follows
     * @param selection the view model's selected row: a chosen submenu is selected there too
     */
    public MenuListView(OptionTreeView options, ObjectProperty<OptionRow> selection) {
        this.options = options;
        setId(Styles.Ids.MENU_LIST);
        getStyleClass().add(Styles.MENU_LIST);
        setShowRoot(true);
        setCellFactory(v -> new MenuCell());
        getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!syncing && now != null) {
                options.openPage(now.getValue());
                selection.set(now.getValue());
            }
        });
        options.pageProperty().addListener((obs, old, now) -> follow(now));
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            TreeItem<OptionRow> item = getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER || (e.getCode() == KeyCode.RIGHT && item != null && item.isLeaf())) {
                options.requestFocus();
                if (options.getSelectionModel().isEmpty() && options.getExpandedItemCount() > 0) {
                    options.getSelectionModel().select(0);
                    options.getFocusModel().focus(0);
                }
                e.consume();
            }
        });
    }

    @Override
    protected javafx.scene.control.Skin<?> createDefaultSkin() {
        return OnePassFlow.treeSkin(this);
    }

    /** Shows the submenus of {@code tree} that pass {@code filter} (null: all of them). */
    public void setTree(OptionTree tree, Set<OptionRow> filter) {
        if (tree != null && getRoot() != null && getRoot().getValue() == tree.root() && filter == shownFilter) {
            follow(options.pageProperty().get()); // the same rows (re-pointed after a toolchain change)
            return;
        }
        shownFilter = filter;
        items.clear();
        syncing = true;
        try {
            if (tree == null) {
                setRoot(null);
                return;
            }
            TreeItem<OptionRow> root = new MenuItem(tree.root());
            root.setExpanded(true);
            setRoot(root);
        } finally {
            syncing = false;
        }
        follow(options.pageProperty().get());
    }

    /**
     * A submenu's entry, whose own entries are made when first asked for (when it opens, or when
     * a page below it is followed): a big tree costs only the submenus on show.
     */
    private final class MenuItem extends TreeItem<OptionRow> {
        private List<OptionRow> submenus;
        private boolean loaded;

        MenuItem(OptionRow menu) {
            super(menu);
            items.put(menu, this);
        }

        private List<OptionRow> submenus() {
            if (submenus == null) {
                submenus = new ArrayList<>();
                for (OptionRow sub : MenuScope.submenusOf(getValue())) {
                    if (shownFilter == null || shownFilter.contains(sub)) {
                        submenus.add(sub);
                    }
                }
            }
            return submenus;
        }

        @Override
        public boolean isLeaf() {
            return submenus().isEmpty();
        }

        @Override
        public ObservableList<TreeItem<OptionRow>> getChildren() {
            if (!loaded) {
                loaded = true;
                List<TreeItem<OptionRow>> children = new ArrayList<>();
                for (OptionRow sub : submenus()) {
                    children.add(new MenuItem(sub));
                }
                super.getChildren().setAll(children);
            }
            return super.getChildren();
        }
    }

    /** The entry of {@code menu}, made (with its parents' other entries) if it was not yet; null if not listed. */
    private TreeItem<OptionRow> itemFor(OptionRow menu) {
        // A submenu is listed under the submenu whose page shows it.
        return LazyItems.itemFor(menu, items,
                m -> m.parent() == null || !MenuScope.isSubmenu(m) ? null : MenuScope.pageOf(m));
    }

    /** Selects the list entry of the option list's page, opening its parents. */
    private void follow(OptionRow page) {
        TreeItem<OptionRow> item = itemFor(page);
        if (item == null || getSelectionModel().getSelectedItem() == item) {
            return;
        }
        syncing = true;
        try {
            for (TreeItem<OptionRow> p = item.getParent(); p != null; p = p.getParent()) {
                p.setExpanded(true);
            }
            getSelectionModel().select(item);
            int index = getRow(item);
            if (index >= 0) {
                getFocusModel().focus(index);
                scrollTo(ScrollTarget.topIndex(this, index - 3, getExpandedItemCount(), getFixedCellSize()));
            }
        } finally {
            syncing = false;
        }
    }

    /**
     * Gives every entry the height of the option list's rows for text of {@code fontSize} pixels:
     * the list then need not measure its cells when a tree is shown or scrolled.
     */
    public void setRowHeightFor(double fontSize) {
        setFixedCellSize(OptionTreeView.rowHeight(fontSize));
    }

    /** The list entry of {@code menu}, for tests. */
    public TreeItem<OptionRow> itemOf(OptionRow menu) {
        return itemFor(menu);
    }

    /** A submenu's prompt, greyed (and marked in its tooltip) when conf would not show it now. */
    private static final class MenuCell extends TreeCell<OptionRow> {

        private final ShownRowVisibility visibility = new ShownRowVisibility(this::updateState);
        private javafx.scene.control.Tooltip hiddenTip; // made when first needed (a tooltip is a popup)

        MenuCell() {
            getStyleClass().add(Styles.MENU_LIST_CELL);
        }

        @Override
        protected void updateItem(OptionRow row, boolean empty) {
            super.updateItem(row, empty);
            visibility.show(empty ? null : row);
            setText(empty || row == null ? null : row.label());
            updateState();
        }

        private void updateState() {
            boolean hidden = visibility.hidden();
            pseudoClassStateChanged(UNAVAILABLE, hidden);
            if (hidden && hiddenTip == null) {
                hiddenTip = new javafx.scene.control.Tooltip("Not shown by conf now: its dependencies are not met");
            }
            setTooltip(hidden ? hiddenTip : null);
        }
    }
}
