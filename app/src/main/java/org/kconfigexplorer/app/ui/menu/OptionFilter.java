package org.kconfigexplorer.app.ui.menu;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

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
     * The rows to show: those that pass the filter, and their ancestors.
     *
     * @param changed names of the symbols that count as changed (for {@link #CHANGED})
     */
    public Set<OptionRow> shownRows(List<OptionRow> rows, Set<String> changed) {
        return switch (this) {
            case ALL -> withAncestors(rows, i -> true);
            case PROMPTED -> withAncestors(rows, i -> rows.get(i).node().prompt() != null);
            case CHANGED -> withAncestors(rows, i -> rows.get(i).symbol() != null
                    && changed.contains(rows.get(i).symbol().name()));
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
