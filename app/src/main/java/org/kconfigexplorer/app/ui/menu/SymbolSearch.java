package org.kconfigexplorer.app.ui.menu;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Finds rows by symbol name or prompt text, best match first: exact name, then names
 * starting with the query, then names or prompts containing it. Case does not matter, and a
 * leading "CONFIG_" is ignored. Pure.
 */
public final class SymbolSearch {

    private SymbolSearch() {
    }

    public static List<OptionRow> find(List<OptionRow> rows, String query) {
        String q = normalise(query);
        if (q.isEmpty()) {
            return List.of();
        }
        record Hit(OptionRow row, int rank, int order) { }
        List<Hit> hits = new ArrayList<>();
        int order = 0;
        for (OptionRow row : rows) {
            int rank = rank(row, q);
            if (rank >= 0) {
                hits.add(new Hit(row, rank, order));
            }
            order++;
        }
        hits.sort(Comparator.comparingInt(Hit::rank).thenComparingInt(Hit::order));
        List<OptionRow> result = new ArrayList<>();
        for (Hit h : hits) {
            result.add(h.row());
        }
        return result;
    }

    private static String normalise(String query) {
        String q = query == null ? "" : query.trim().toLowerCase(Locale.ROOT);
        return q.startsWith("config_") ? q.substring("config_".length()) : q;
    }

    /** 0 exact name, 1 name prefix, 2 name contains, 3 prompt contains, -1 no match. */
    private static int rank(OptionRow row, String q) {
        String name = row.symbol() == null ? "" : row.symbol().name().toLowerCase(Locale.ROOT);
        String prompt = row.node().promptText() == null ? "" : row.node().promptText().toLowerCase(Locale.ROOT);
        int promptless = row.node().prompt() == null ? 1 : 0;
        if (!name.isEmpty() && name.equals(q)) {
            return promptless;
        }
        if (!name.isEmpty() && name.startsWith(q)) {
            return 2 + promptless;
        }
        if (!name.isEmpty() && name.contains(q)) {
            return 4 + promptless;
        }
        if (prompt.contains(q)) {
            return 6;
        }
        return -1;
    }
}
