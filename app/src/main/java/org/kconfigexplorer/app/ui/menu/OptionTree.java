package org.kconfigexplorer.app.ui.menu;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kconfigexplorer.kconfig.model.KconfigModel;
import org.kconfigexplorer.kconfig.model.MenuNode;
import org.kconfigexplorer.kconfig.model.NodeKind;
import org.kconfigexplorer.kconfig.search.SearchIndex;

/** The rows of one model's menu tree, with look-up by key and by symbol name. */
public final class OptionTree {

    private final KconfigModel model;
    private final OptionRow root;
    private final List<OptionRow> all;
    /** The entries the rows show (the rows themselves, or a same-shaped tree's about to be adopted). */
    private final List<OptionRow> entries;
    /** The "prompted only" rows, structural, so computed once (see {@link #promptedRows}). */
    private volatile java.util.Set<OptionRow> prompted;
    private final Map<String, OptionRow> byKey = new LinkedHashMap<>();
    private final Map<MenuNode, OptionRow> byNode = new java.util.HashMap<>();
    private final Map<String, OptionRow> bySymbol = new java.util.HashMap<>();
    /** Rows whose values were read since the last refresh; the others are stale already. */
    private List<OptionRow> liveRows = new java.util.ArrayList<>();

    private OptionTree(KconfigModel model, OptionRow root) {
        this(model, root, Collections.unmodifiableList(root.flatten()), null);
        for (OptionRow row : all) {
            row.trackReads(r -> liveRows.add(r));
        }
    }

    /**
     * Indexes {@code rows} by key, by node and by symbol name. The nodes and symbols are read from
     * {@code entries} (the same rows, or a same-shaped tree whose entries the rows will show), so
     * nothing of {@code rows} is touched: this may run off the UI thread.
     */
    private OptionTree(KconfigModel model, OptionRow root, List<OptionRow> rows, List<OptionRow> entries) {
        this.model = model;
        this.root = root;
        this.all = rows;
        this.entries = entries == null ? rows : entries;
        List<OptionRow> source = this.entries;
        Map<String, Integer> symbolRow = new java.util.HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            OptionRow row = rows.get(i);
            MenuNode node = source.get(i).node();
            byKey.put(row.key(), row);
            byNode.putIfAbsent(node, row);
            if (node.symbol() != null) {
                // The first row defining the symbol, preferring one with a prompt.
                String name = node.symbol().name();
                Integer known = symbolRow.get(name);
                if (known == null || source.get(known).node().prompt() == null && node.prompt() != null) {
                    symbolRow.put(name, i);
                    bySymbol.put(name, row);
                }
            }
        }
    }

    /**
     * Whether two trees have the same entries in the same places (the same Kconfig tree, e.g.
     * reloaded under another toolchain).
     */
    public static boolean sameShape(OptionTree a, OptionTree b) {
        if (a.root == b.root) {
            return true;
        }
        List<OptionRow> x = a.rows();
        List<OptionRow> y = b.rows();
        if (x.size() != y.size()) {
            return false;
        }
        for (int i = 0; i < x.size(); i++) {
            if (!x.get(i).key().equals(y.get(i).key()) || !x.get(i).label().equals(y.get(i).label())
                    || x.get(i).kind() != y.get(i).kind()) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code next}, a tree of the same shape, to be shown with this tree's rows (see {@link
     * Adoption#install}); empty when the shapes differ. Reads only what never changes in a row,
     * so it may run off the UI thread, while this tree is shown.
     */
    public Optional<Adoption> adoptionOf(OptionTree next) {
        if (next == this || !sameShape(this, next)) {
            return Optional.empty();
        }
        OptionTree result = new OptionTree(next.model, root, all, next.all);
        // Here, off the UI thread; the same set as now kept as the same object, so a filter on it stays as it is.
        java.util.Set<OptionRow> prompted = result.promptedRows();
        if (prompted.equals(this.prompted)) {
            result.prompted = this.prompted;
        }
        return Optional.of(new Adoption(this, next, result));
    }

    /** This tree's rows about to show a same-shaped tree's entries (a reload under another toolchain). */
    public static final class Adoption {
        private final OptionTree from;
        private final OptionTree next;
        private final OptionTree result;

        private Adoption(OptionTree from, OptionTree next, OptionTree result) {
            this.from = from;
            this.next = next;
            this.result = result;
        }

        /** The tree whose rows are kept. */
        public OptionTree from() {
            return from;
        }

        /**
         * Points each row at its entry in the reloaded tree and returns the tree to show: views
         * showing these rows keep their items and redraw only values. The old tree is not to be
         * used afterwards. UI thread only.
         */
        public OptionTree install() {
            List<OptionRow> rows = from.all;
            java.util.function.Consumer<OptionRow> track = r -> result.liveRows.add(r);
            for (int i = 0; i < rows.size(); i++) {
                rows.get(i).retarget(next.all.get(i).node(), next.model);
                rows.get(i).trackReads(track);
            }
            // Only rows read since the last refresh hold values; the others read the new model when
            // asked. Of those, only values the new toolchain changed are announced (most stay), so
            // the rows on screen whose values stayed are not redrawn.
            List<OptionRow> stale = from.liveRows;
            from.liveRows = new java.util.ArrayList<>();
            for (OptionRow row : stale) {
                row.refreshChanged();
            }
            return result;
        }
    }

    /** {@link #adoptionOf} and {@link Adoption#install} at once (UI thread only). */
    public Optional<OptionTree> adopt(OptionTree next) {
        return adoptionOf(next).map(Adoption::install);
    }

    /** Builds rows for every node of the model's menu tree (if blocks are shown inline). */
    public static OptionTree of(KconfigModel model) {
        OptionRow root = new OptionRow(model.root(), "");
        addChildren(root, model.root());
        OptionTree tree = new OptionTree(model, root);
        tree.refreshAll();
        return tree;
    }

    private static void addChildren(OptionRow row, MenuNode node) {
        int index = 0;
        for (MenuNode child : node.children()) {
            if (child.kind() == NodeKind.IF) {
                // An if block has no entry of its own: its members belong to the enclosing menu.
                for (MenuNode inner : child.children()) {
                    index = add(row, inner, index);
                }
            } else {
                index = add(row, child, index);
            }
        }
    }

    private static int add(OptionRow parent, MenuNode node, int index) {
        OptionRow row = new OptionRow(node, parent.key() + "/" + index);
        parent.addChild(row);
        addChildren(row, node);
        return index + 1;
    }

    public KconfigModel model() {
        return model;
    }

    public OptionRow root() {
        return root;
    }

    /** Every row, depth first, the root first. */
    public List<OptionRow> rows() {
        return all;
    }

    /**
     * The rows the "prompted only" filter shows: the entries with a prompt, and their ancestors.
     * It depends on the tree's structure only, so it is computed once (on any thread; the explorer
     * does it in the background before showing a tree) and then kept.
     */
    public java.util.Set<OptionRow> promptedRows() {
        java.util.Set<OptionRow> p = prompted;
        if (p == null) {
            p = Collections.unmodifiableSet(
                    OptionFilter.withAncestors(all, i -> entries.get(i).node().prompt() != null));
            prompted = p;
        }
        return p;
    }

    public Optional<OptionRow> byKey(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** The row showing {@code node}, if the tree has one. */
    public Optional<OptionRow> byNode(MenuNode node) {
        return Optional.ofNullable(byNode.get(node));
    }

    /**
     * The search index of this tree's entries (kept with the model; building the x86_64 index takes
     * tens of milliseconds, so the explorer builds it in the background before showing a tree).
     */
    public SearchIndex searchIndex() {
        return SearchIndex.of(model);
    }

    /**
     * The rows matching a substring query, best first (see {@link SearchIndex} for the ranking:
     * names, then prompts, then help texts).
     */
    public List<OptionRow> find(String query, int limit) {
        List<OptionRow> rows = new java.util.ArrayList<>();
        for (SearchIndex.Hit hit : searchIndex().search(query, SearchIndex.Mode.SUBSTRING, limit).hits()) {
            OptionRow row = byNode.get(hit.node());
            if (row != null) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** The first row defining the symbol, preferring one with a prompt. */
    public Optional<OptionRow> bySymbol(String name) {
        return Optional.ofNullable(bySymbol.get(name));
    }

    /**
     * Brings the rows up to date after a change. Only the rows read since the last refresh (those
     * on screen, or asked for) hold values, so only they are looked at, and only the values that
     * changed are announced: a change costs the rows shown, not the 20,000 of a big tree.
     */
    public void refresh() {
        List<OptionRow> stale = liveRows;
        liveRows = new java.util.ArrayList<>();
        for (OptionRow row : stale) {
            row.refreshChanged();
        }
    }

    private void refreshAll() {
        for (OptionRow row : all) {
            row.refresh(model);
        }
    }
}
