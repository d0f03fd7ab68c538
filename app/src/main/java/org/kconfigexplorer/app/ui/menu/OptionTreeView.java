package org.kconfigexplorer.app.ui.menu;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.collections.ObservableList;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import org.kconfigexplorer.app.ui.NodeVisibility;
import org.kconfigexplorer.app.ui.Styles;

/**
 * The menu tree on the left: a tree table with the columns Option (with a check box for
 * bool/tristate options), Value and Type. Follows the view model's selection both ways.
 */
public final class OptionTreeView extends TreeTableView<OptionRow> {

    /** Trees up to this many rows open fully; bigger ones open their first level only. */
    private static final int EXPAND_ALL_LIMIT = 250;
    /** Row height in units of the text size: room for the check box and an in-place editor. */
    private static final double ROW_HEIGHT_EM = 2.1;
    /** A filter's result up to this many rows opens fully. */
    private static final int FILTER_EXPAND_LIMIT = 1500;

    private final ObjectProperty<OptionRow> selection;
    private final ObjectProperty<OptionRow> page = new SimpleObjectProperty<>(this, "page");
    private final Map<OptionRow, TreeItem<OptionRow>> items = new HashMap<>();
    /** The (hidden) root item, kept for good: a tree or page is shown by replacing its children. */
    private final TreeItem<OptionRow> rootItem = new TreeItem<>();
    private boolean paged;
    private OptionTree shown;
    private Set<OptionRow> filter;
    private boolean syncing;

    /**
     * @param selection the view model's selected row, followed and updated
     * @param toggle    what clicking a check box (or pressing Space) does to a row
     * @param setText   sets a value typed (or chosen) in the Value column; returns why it was
     *                  refused, or null
     */
    public OptionTreeView(ObjectProperty<OptionRow> selection, Consumer<OptionRow> toggle,
            java.util.function.BiFunction<OptionRow, String, String> setText) {
        this.selection = selection;
        setId(Styles.Ids.OPTION_TREE);
        getStyleClass().add(Styles.OPTION_TREE);
        setShowRoot(false);
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        Label placeholder = new Label("Loading\u2026");
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add(Styles.PLACEHOLDER);
        setPlaceholder(placeholder);

        TreeTableColumn<OptionRow, OptionRow> option = new TreeTableColumn<>("Option");
        option.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().getValue()));
        OptionCell.SharedTip cellTip = new OptionCell.SharedTip();
        option.setCellFactory(c -> new OptionCell(toggle, cellTip));
        option.setPrefWidth(360);
        option.setSortable(false);

        TreeTableColumn<OptionRow, String> value = new TreeTableColumn<>("Value");
        value.setCellValueFactory(c -> c.getValue().getValue().valueProperty());
        value.setCellFactory(c -> new ValueCell(setText));
        value.setEditable(true);
        value.setPrefWidth(90);
        value.setMinWidth(60);
        value.setMaxWidth(160);
        value.setSortable(false);

        TreeTableColumn<OptionRow, String> type = new TreeTableColumn<>("Type");
        type.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().getValue().typeText()));
        type.setCellFactory(c -> new TypeCell());
        type.setPrefWidth(85);
        type.setMinWidth(60);
        type.setMaxWidth(120);
        type.setSortable(false);

        getColumns().setAll(List.of(option, value, type));
        setEditable(true);
        option.setEditable(false);
        type.setEditable(false);
        setRowFactory(t -> new OptionTableRow());

        getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!syncing) {
                syncing = true;
                try {
                    selection.set(now == null ? null : now.getValue());
                } finally {
                    syncing = false;
                }
            }
        });
        selection.addListener((obs, old, now) -> reveal(now));
        setOnKeyPressed(e -> {
            TreeItem<OptionRow> current = getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.F2 && current != null) {
                edit(getSelectionModel().getSelectedIndex(), value);
                e.consume();
            } else if (e.getCode() == KeyCode.SPACE && current != null) {
                toggle.accept(current.getValue());
                e.consume();
            } else if (paged && e.getCode() == KeyCode.ENTER && current != null
                    && MenuScope.isSubmenu(current.getValue())) {
                enterPage(current.getValue());
                e.consume();
            } else if (paged && e.getCode() == KeyCode.BACK_SPACE) {
                leavePage();
                e.consume();
            }
        });
        setOnMouseClicked(e -> {
            TreeItem<OptionRow> current = getSelectionModel().getSelectedItem();
            if (paged && e.getClickCount() == 2 && current != null && MenuScope.isSubmenu(current.getValue())) {
                enterPage(current.getValue());
            }
        });
    }

    /**
     * Shows a (new) tree of rows. The same rows re-pointed at a reloaded tree (the usual case
     * after a toolchain change) keep their items, so open menus, scroll position and selection
     * stay; otherwise the items are rebuilt, keeping which menus were open.
     */
    public void setTree(OptionTree tree) {
        if (tree != null && shown != null && tree.root() == shown.root() && (!paged || page.get() != null)) {
            // The same rows (re-pointed at a reloaded tree, or a hidden list prepared before it is
            // shown): the items, and the page, stay as they are; only the selection to show.
            shown = tree;
            reveal(selection.get());
            return;
        }
        if (paged) {
            showPage(tree, tree == null || page.get() == null ? null
                    : tree.byKey(page.get().key()).orElse(tree.root()));
            reveal(selection.get()); // turns to the selection's page if it is on another
            return;
        }
        shown = tree;
        Set<String> expanded = new HashSet<>();
        for (Map.Entry<OptionRow, TreeItem<OptionRow>> e : items.entrySet()) {
            if (e.getValue().isExpanded()) {
                expanded.add(e.getKey().key());
            }
        }
        boolean first = items.isEmpty();
        items.clear();
        if (tree == null) {
            setRoot(null);
            return;
        }
        // A small tree opens fully, and so does a filter's small result (so the matches are seen);
        // otherwise the menus that were open stay open (only the first level at the start).
        boolean expandAll = tree.rows().size() <= EXPAND_ALL_LIMIT
                || filter != null && filter.size() <= FILTER_EXPAND_LIMIT;
        Predicate<OptionRow> open = row -> row.parent() == null || expandAll
                || !first && expanded.contains(row.key());
        showUnder(tree.root(), open);
        reveal(selection.get());
    }

    /**
     * Shows the entries under {@code row}. The root item stays and gets new children: a new root
     * would make the view lay out its rows at once and then again in the next pulse (a cost that
     * grows with the rows on screen), new children are laid out once, in the pulse. The root item,
     * never shown, keeps no value: a new value would make the view rebuild every cell.
     */
    private void showUnder(OptionRow row, Predicate<OptionRow> open) {
        items.put(row, rootItem);
        rootItem.setExpanded(true);
        boolean wasSyncing = syncing;
        syncing = true;
        try {
            rootItem.getChildren().setAll(childItems(row, open));
            if (getRoot() != rootItem) {
                setRoot(rootItem);
            }
        } finally {
            syncing = wasSyncing;
        }
    }

    /** The items of the entries {@code row} shows under it, each registered in {@link #items}. */
    private List<TreeItem<OptionRow>> childItems(OptionRow row, Predicate<OptionRow> open) {
        List<TreeItem<OptionRow>> children = new ArrayList<>();
        if (hasShownChildren(row)) {
            for (OptionRow child : row.children()) {
                if (filter == null || filter.contains(child)) {
                    children.add(new RowItem(child, open));
                }
            }
        }
        return children;
    }

    /**
     * An item whose children are made when first asked for (when it opens, or when a row below it
     * is revealed): a big tree costs only the items of the menus that are open.
     */
    private final class RowItem extends TreeItem<OptionRow> {
        private final Predicate<OptionRow> open;
        /** Whether the row shows entries under it: asked for often, and fixed for the item's life. */
        private final boolean hasChildren;
        private boolean loaded;

        RowItem(OptionRow row, Predicate<OptionRow> open) {
            super(row);
            this.open = open;
            this.hasChildren = hasShownChildren(row);
            items.put(row, this);
            if (hasChildren && open.test(row)) {
                setExpanded(true);
            }
        }

        @Override
        public boolean isLeaf() {
            return !hasChildren;
        }

        @Override
        public ObservableList<TreeItem<OptionRow>> getChildren() {
            if (!loaded) {
                loaded = true;
                if (hasChildren) {
                    super.getChildren().setAll(childItems(getValue(), open));
                }
            }
            return super.getChildren();
        }
    }

    /** Whether the row shows entries under it here (a submenu on a page is entered instead). */
    private boolean hasShownChildren(OptionRow row) {
        if (paged && row != page.get() && MenuScope.isSubmenu(row)) {
            return false;
        }
        for (OptionRow child : row.children()) {
            if (filter == null || filter.contains(child)) {
                return true;
            }
        }
        return false;
    }

    /** The item showing {@code row}, made (with its parents' other children) if it was not yet. */
    private TreeItem<OptionRow> itemFor(OptionRow row) {
        return LazyItems.itemFor(row, items, OptionRow::parent);
    }

    /** Selects the view model's selection here, turning to its page or opening its menus (after being hidden). */
    public void revealSelection() {
        reveal(selection.get());
    }

    /** Selects the row's item, opening its parents and scrolling it into view. */
    private void reveal(OptionRow row) {
        if (syncing || !NodeVisibility.isShown(this)) {
            return; // a hidden list catches up when shown again (revealSelection)
        }
        syncing = true;
        try {
            if (paged && row != null && row == page.get()) {
                getSelectionModel().clearSelection();
                return;
            }
            turnToPageOf(row);
            TreeItem<OptionRow> item = itemFor(row);
            if (item == null) {
                getSelectionModel().clearSelection();
                return;
            }
            if (getSelectionModel().getSelectedItem() == item) {
                return;
            }
            for (TreeItem<OptionRow> p = item.getParent(); p != null; p = p.getParent()) {
                p.setExpanded(true);
            }
            getSelectionModel().select(item);
            int index = getRow(item);
            if (index >= 0) {
                getFocusModel().focus(index);
                scrollNear(index);
                // Once opened menus are laid out, row heights are known: scroll again precisely.
                Platform.runLater(() -> {
                    if (getSelectionModel().getSelectedItem() == item) {
                        scrollNear(getRow(item));
                        // A layout pass later, make sure the row itself is in view (short windows, large text).
                        Platform.runLater(() -> {
                            if (getSelectionModel().getSelectedItem() == item && !rowOnScreen(item)) {
                                scrollToTop(getRow(item));
                            }
                        });
                    }
                });
            }
        } finally {
            syncing = false;
        }
    }

    /**
     * Shows only {@code rows} (a filter's result, with their ancestors) of {@code tree}; null
     * shows every row. Menus open under a filter so the matches are seen.
     */
    public void setTreeAndFilter(OptionTree tree, Set<OptionRow> rows) {
        if (tree != null && rows != null && !rows.isEmpty()
                && tree.byKey(rows.iterator().next().key()).orElse(null) != rows.iterator().next()) {
            return; // the filter is for another tree; a matching one follows
        }
        if (rows != filter) {
            filter = rows;
            shown = null; // other rows to show: made anew
        }
        setTree(tree); // the same filter: a reloaded tree of the same rows keeps its items
    }

    private boolean rowOnScreen(TreeItem<OptionRow> item) {
        for (javafx.scene.Node n : lookupAll(".tree-table-row-cell")) {
            if (n instanceof javafx.scene.control.TreeTableRow<?> r && r.getTreeItem() == item && r.isVisible()) {
                javafx.geometry.Bounds b = r.localToScene(r.getBoundsInLocal());
                javafx.geometry.Bounds view = localToScene(getBoundsInLocal());
                return b.getMinY() >= view.getMinY() + 20 && b.getMaxY() <= view.getMaxY();
            }
        }
        return false;
    }

    /** The text shown while there is no tree (loading, or why opening failed). */
    public void setPlaceholderText(javafx.beans.value.ObservableStringValue text) {
        ((Label) getPlaceholder()).textProperty().bind(text);
    }

    /** Scrolls so that the row is a few lines below the top, with its context above it. */
    private void scrollNear(int index) {
        if (index >= 0) {
            scrollToTop(index - 4);
        }
    }

    /** Brings row {@code index} to the top, or shows the end of the list when it is among the last rows. */
    private void scrollToTop(int index) {
        scrollTo(ScrollTarget.topIndex(this, index, getExpandedItemCount(), getFixedCellSize()));
    }

    /**
     * Turns this view into the option list of the split view: it shows one submenu's entries at a
     * time (see {@link MenuScope}), and selecting a row of another page turns to that page.
     */
    public void showPages() {
        paged = true;
        setTree(shown);
    }

    /**
     * Split view, while hidden: turns to the selection's page now, so that showing the list later
     * only selects its row (a hidden list does not follow the selection; see {@link #reveal}).
     */
    public void turnToSelectionPage() {
        turnToPageOf(selection.get());
    }

    /** Split view: turns to the page showing {@code row} (a row of the shown tree), if another one is shown. */
    private void turnToPageOf(OptionRow row) {
        if (paged && row != null && shown != null && !items.containsKey(row)
                && shown.byKey(row.key()).orElse(null) == row) {
            showPage(shown, MenuScope.pageOf(row));
        }
    }

    /** In the split view, the submenu whose entries are shown. */
    public ReadOnlyObjectProperty<OptionRow> pageProperty() {
        return page;
    }

    /** Shows the entries of {@code menu} (a submenu of the shown tree) in the split view. */
    public void openPage(OptionRow menu) {
        if (paged && shown != null && menu != null && menu != page.get()) {
            showPage(shown, menu);
        }
    }

    /** Split view: turns to the page of {@code menu} (an entry of this page) and selects its first entry. */
    public void enterPage(OptionRow menu) {
        openPage(menu);
        if (getExpandedItemCount() > 0) {
            getSelectionModel().select(0);
            getFocusModel().focus(0);
            scrollTo(0);
        }
    }

    /** Split view: turns back to the enclosing page, with the submenu just left selected. */
    public void leavePage() {
        OptionRow left = page.get();
        if (left == null || left.parent() == null) {
            return;
        }
        openPage(MenuScope.pageOf(left));
        if (selection.get() == left) {
            reveal(left);
        } else {
            selection.set(left);
        }
    }

    private void showPage(OptionTree tree, OptionRow menu) {
        shown = tree;
        items.clear();
        OptionRow pageRow = menu != null ? menu : tree == null ? null : tree.root();
        page.set(pageRow);
        if (pageRow == null) {
            setRoot(null);
            return;
        }
        showUnder(pageRow, row -> true);
        boolean wasSyncing = syncing;
        syncing = true;
        try {
            getSelectionModel().clearSelection();
        } finally {
            syncing = wasSyncing;
        }
        OptionRow selected = selection.get();
        if (selected != null && items.containsKey(selected) && selected != pageRow) {
            reveal(selected);
        }
    }

    /**
     * Gives every row the same height for text of {@code fontSize} pixels: the view then need not
     * measure each cell as it scrolls, which is most of the cost of showing a big tree.
     */
    public void setRowHeightFor(double fontSize) {
        setFixedCellSize(rowHeight(fontSize));
    }

    /** The height of a row (here and in the split view's menu list) for text of {@code fontSize} pixels. */
    static double rowHeight(double fontSize) {
        return Math.ceil(fontSize * ROW_HEIGHT_EM);
    }

    @Override
    protected javafx.scene.control.Skin<?> createDefaultSkin() {
        return OnePassFlow.treeTableSkin(this);
    }

    /** The tree item showing {@code row}, for tests and keyboard navigation. */
    public TreeItem<OptionRow> itemOf(OptionRow row) {
        return itemFor(row);
    }
}
