package org.kconfigexplorer.app.ui.menu;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Supplier;

/**
 * Which entries the menu tree shows: all of them, only those with a prompt (what conf
 * shows), or only the options that differ from their defaults (and the menus leading to them).
 * Pure.
 */
public enum OptionFilter {
    ALL("All options"), PROMPTED("Prompted only"), CHANGED("Changed only");

    private final String label;

    OptionFilter(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }

    /**
     * The rows of {@code tree} to show: those that pass the filter, and their ancestors; null for
     * {@link #ALL} (every row).
     *
     * @param changedNames names of the symbols that count as changed, asked for by {@link #CHANGED}
     *                     only (finding them reads every value)
     */
    public Set<OptionRow> shownRows(OptionTree tree, Supplier<Set<String>> changedNames) {
        return switch (this) {
            case ALL -> null;
            case PROMPTED -> tree.promptedRows(); // structural, kept with the tree
            case CHANGED -> {
                Set<String> changed = changedNames.get();
                List<OptionRow> rows = tree.rows();
                yield withAncestors(rows, i -> rows.get(i).symbol() != null
                        && changed.contains(rows.get(i).symbol().name()));
            }
        };
    }

    /** The rows at the indexes that pass {@code test}, with their ancestors (which keep them reachable). */
    static Set<OptionRow> withAncestors(List<OptionRow> rows, IntPredicate test) {
        Set<OptionRow> shown = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            if (test.test(i)) {
                for (OptionRow r = rows.get(i); r != null && shown.add(r); r = r.parent()) {
                    // up to the first ancestor already in
                }
            }
        }
        return shown;
    }
}
