package org.kconfigexplorer.app.ui.menu;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

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
        Predicate<OptionRow> test = switch (this) {
            case ALL -> r -> true;
            case PROMPTED -> r -> r.node().prompt() != null;
            case CHANGED -> r -> r.symbol() != null && changed.contains(r.symbol().name());
        };
        Set<OptionRow> shown = new HashSet<>();
        for (OptionRow row : rows) {
            if (test.test(row)) {
                for (OptionRow r = row; r != null && shown.add(r); r = r.parent()) {
                    // ancestors keep the row reachable
                }
            }
        }
        return shown;
    }
}
