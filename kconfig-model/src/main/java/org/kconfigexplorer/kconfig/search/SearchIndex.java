package org.kconfigexplorer.kconfig.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.kconfigexplorer.kconfig.model.KconfigModel;
import org.kconfigexplorer.kconfig.model.MenuNode;
import org.kconfigexplorer.kconfig.model.NodeKind;
import org.kconfigexplorer.kconfig.model.Symbol;

/**
 * A precomputed search index over a model's menu entries: symbol names, prompts and help texts,
 * lower-cased once so that a query (substring or regular expression) is a linear scan without
 * allocation per entry. Built from the menu tree's immutable structure only (never values), so
 * it may be built and searched on any thread. Pure.
 *
 * <p>Ranking: exact name, name prefix, name contains, prompt, help; within a rank, entries with a
 * prompt before promptless ones, then menu-tree order.
 */
public final class SearchIndex {

    /** How the query is read. */
    public enum Mode { SUBSTRING, REGEX }

    /** Where an entry matched. */
    public enum Field { NAME, PROMPT, HELP }

    /** One hit: the menu node, where it matched, and its rank (lower is better). */
    public record Hit(MenuNode node, Field field, int rank) { }

    /**
     * The outcome of one query: the best {@code limit} hits, how many entries matched in all,
     * and a message when the query itself is wrong (an invalid regular expression).
     */
    public record Result(String query, Mode mode, List<Hit> hits, int total, String error) {

        public Result {
            hits = List.copyOf(hits);
        }

        public boolean isError() {
            return error != null;
        }

        /** More matched than {@link #hits()} holds. */
        public boolean truncated() {
            return total > hits.size();
        }
    }

    private static final int RANKS = 9;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final MenuNode[] nodes;
    private final String[] names;
    private final String[] namesLower;
    private final String[] prompts;
    private final String[] promptsLower;
    private final String[] helps;
    private final String[] helpsLower;
    private final boolean[] promptless;

    private SearchIndex(List<MenuNode> entries) {
        int n = entries.size();
        nodes = entries.toArray(new MenuNode[0]);
        names = new String[n];
        namesLower = new String[n];
        prompts = new String[n];
        promptsLower = new String[n];
        helps = new String[n];
        helpsLower = new String[n];
        promptless = new boolean[n];
        for (int i = 0; i < n; i++) {
            MenuNode node = nodes[i];
            Symbol sym = node.symbol();
            names[i] = sym == null ? "" : sym.name();
            prompts[i] = node.promptText() == null ? "" : node.promptText();
            // Help text is wrapped in the file; words are searched across line breaks.
            helps[i] = node.help() == null ? "" : WHITESPACE.matcher(node.help().strip()).replaceAll(" ");
            namesLower[i] = names[i].toLowerCase(Locale.ROOT);
            promptsLower[i] = prompts[i].toLowerCase(Locale.ROOT);
            helpsLower[i] = helps[i].toLowerCase(Locale.ROOT);
            promptless[i] = node.prompt() == null;
        }
    }

    /**
     * The index of every config, menuconfig, choice, menu and comment entry of the model's menu
     * tree (built once per model, then kept with it).
     */
    public static SearchIndex of(KconfigModel model) {
        return model.derived(SearchIndex.class, SearchIndex::build);
    }

    /** Builds a fresh index, not kept (for measuring the build; everyone else wants {@link #of}). */
    public static SearchIndex build(KconfigModel model) {
        List<MenuNode> entries = new ArrayList<>();
        for (MenuNode node : model.allNodes()) {
            if (node.kind() != NodeKind.ROOT && node.kind() != NodeKind.IF
                    && (node.symbol() != null || node.promptText() != null)) {
                entries.add(node);
            }
        }
        return new SearchIndex(entries);
    }

    /** How many entries are indexed. */
    public int size() {
        return nodes.length;
    }

    /**
     * Runs a query. A blank query matches nothing. In substring mode case does not matter and a
     * leading "CONFIG_" is ignored for names; in regex mode the pattern is searched for
     * case-insensitively in each field.
     */
    public Result search(String query, Mode mode, int limit) {
        Objects.requireNonNull(mode);
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            return new Result(q, mode, List.of(), 0, null);
        }
        int[][] buckets = new int[RANKS][];
        int[] counts = new int[RANKS];
        if (mode == Mode.SUBSTRING) {
            substring(WHITESPACE.matcher(q.toLowerCase(Locale.ROOT)).replaceAll(" "), buckets, counts);
        } else {
            Pattern pattern;
            try {
                pattern = Pattern.compile(q, Pattern.CASE_INSENSITIVE);
            } catch (PatternSyntaxException e) {
                return new Result(q, mode, List.of(), 0, "Not a valid regular expression: " + e.getDescription()
                        + (e.getIndex() >= 0 ? " (at position " + (e.getIndex() + 1) + ")" : ""));
            }
            regex(pattern, buckets, counts);
        }
        List<Hit> hits = new ArrayList<>(Math.min(limit, 256));
        int total = 0;
        for (int rank = 0; rank < RANKS; rank++) {
            total += counts[rank];
            for (int k = 0; k < counts[rank] && hits.size() < limit; k++) {
                hits.add(new Hit(nodes[buckets[rank][k]], fieldOf(rank), rank));
            }
        }
        return new Result(q, mode, hits, total, null);
    }

    private static Field fieldOf(int rank) {
        return rank < 6 ? Field.NAME : rank < 8 ? Field.PROMPT : Field.HELP;
    }

    private void substring(String q, int[][] buckets, int[] counts) {
        String nameQuery = q.startsWith("config_") && q.length() > "config_".length()
                ? q.substring("config_".length()) : q;
        for (int i = 0; i < nodes.length; i++) {
            String name = namesLower[i];
            int p = promptless[i] ? 1 : 0;
            int rank;
            if (!name.isEmpty() && name.startsWith(nameQuery)) {
                rank = (name.length() == nameQuery.length() ? 0 : 2) + p;
            } else if (!name.isEmpty() && name.contains(nameQuery)) {
                rank = 4 + p;
            } else if (promptsLower[i].contains(q)) {
                rank = 6;
            } else if (helpsLower[i].contains(q)) {
                rank = 8;
            } else {
                continue;
            }
            add(buckets, counts, rank, i);
        }
    }

    private void regex(Pattern pattern, int[][] buckets, int[] counts) {
        Matcher m = pattern.matcher("");
        for (int i = 0; i < nodes.length; i++) {
            int p = promptless[i] ? 1 : 0;
            int rank;
            if (!names[i].isEmpty() && m.reset(names[i]).find()) {
                rank = (m.start() == 0 && m.end() == names[i].length() ? 0 : m.start() == 0 ? 2 : 4) + p;
            } else if (!prompts[i].isEmpty() && m.reset(prompts[i]).find()) {
                rank = 6;
            } else if (!helps[i].isEmpty() && m.reset(helps[i]).find()) {
                rank = 8;
            } else {
                continue;
            }
            add(buckets, counts, rank, i);
        }
    }

    private static void add(int[][] buckets, int[] counts, int rank, int index) {
        int[] b = buckets[rank];
        if (b == null) {
            b = new int[16];
            buckets[rank] = b;
        } else if (counts[rank] == b.length) {
            b = Arrays.copyOf(b, b.length * 2);
            buckets[rank] = b;
        }
        b[counts[rank]++] = index;
    }
}
