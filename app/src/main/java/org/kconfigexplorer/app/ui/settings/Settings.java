package org.kconfigexplorer.app.ui.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the explorer remembers between runs (settings.json): recent kernel trees, profile files
 * the user loaded, the window's size and dividers, the theme and the text size. Immutable;
 * the {@code withXxx} helpers make changed copies.
 *
 * @param recentTrees  most recent first
 * @param profileFiles toolchain profile JSON files loaded before, reloaded at start
 * @param window       window size and divider positions
 * @param theme        "light" or "dark"
 * @param fontScale    percent: 100, 125, 150 or 200
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Settings(List<RecentTree> recentTrees, List<String> profileFiles, WindowLayout window, String theme,
                       int fontScale) {

    /** How many recent trees are kept. */
    public static final int MAX_RECENT = 8;

    /**
     * A kernel tree opened before, and how.
     *
     * @param path      the source tree
     * @param arch      the ARCH it was opened with
     * @param host      true when it was opened with the host toolchain (commands run)
     * @param profileId the toolchain profile's id in profile mode
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RecentTree(String path, String arch, boolean host, String profileId) {
        public RecentTree {
            Objects.requireNonNull(path, "path");
            arch = arch == null ? "x86_64" : arch;
        }

        /** "~/linux (x86_64, host toolchain)". */
        public String label() {
            return path + " (" + arch + (host ? ", host toolchain" : profileId == null ? "" : ", " + profileId) + ")";
        }
    }

    /**
     * Where the window was and how it was laid out. Fields added later are missing from older
     * files and read as their defaults (no position, not maximized, the first tab, the full tree).
     *
     * @param width        width of the window's content in pixels when not maximized (0: default)
     * @param height       height of the window's content in pixels when not maximized (0: default)
     * @param mainDivider  position of the divider between menu tree and side panel, strictly between 0 and 1
     *                     (anything else: 0.5)
     * @param x            screen x of the window when not maximized; null: let the system place it
     * @param y            screen y of the window when not maximized; null: let the system place it
     * @param maximized    whether the window was maximized
     * @param sideTab      id of the side panel's selected tab (Styles.Ids.*_TAB); null: the first
     * @param menuDivider  the split view's divider between submenus and entries, strictly between 0
     *                     and 1; null: the view's default
     * @param splitView    whether the split view (submenus | entries) showed instead of the full tree
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record WindowLayout(double width, double height, double mainDivider, Double x, Double y, boolean maximized,
                               String sideTab, Double menuDivider, boolean splitView) {
        public static final WindowLayout DEFAULT = new WindowLayout(0, 0, 0.5, null, null, false, null, null, false);

        public WindowLayout {
            if (!(mainDivider > 0 && mainDivider < 1)) {
                mainDivider = 0.5;
            }
            if (x == null || y == null || x.isNaN() || y.isNaN() || x.isInfinite() || y.isInfinite()) {
                x = null;
                y = null;
            }
            if (menuDivider != null && !(menuDivider > 0 && menuDivider < 1)) {
                menuDivider = null;
            }
        }

        /** True when a position was remembered. */
        public boolean hasPosition() {
            return x != null;
        }
    }

    public Settings {
        recentTrees = recentTrees == null ? List.of() : List.copyOf(recentTrees);
        profileFiles = profileFiles == null ? List.of() : List.copyOf(profileFiles);
        window = window == null ? WindowLayout.DEFAULT : window;
        theme = theme == null ? "light" : theme;
        fontScale = FontScale.ofPercent(fontScale).percent();
    }

    public static Settings defaults() {
        return new Settings(List.of(), List.of(), WindowLayout.DEFAULT, "light", 100);
    }

    /** A copy with {@code tree} first in the recent list (once), at most {@link #MAX_RECENT}. */
    public Settings withRecentTree(RecentTree tree) {
        List<RecentTree> list = new ArrayList<>();
        list.add(tree);
        for (RecentTree t : recentTrees) {
            if (!t.path().equals(tree.path()) && list.size() < MAX_RECENT) {
                list.add(t);
            }
        }
        return new Settings(list, profileFiles, window, theme, fontScale);
    }

    /** A copy remembering a loaded profile file (once). */
    public Settings withProfileFile(String file) {
        List<String> list = new ArrayList<>(profileFiles);
        list.remove(file);
        list.add(file);
        return new Settings(recentTrees, list, window, theme, fontScale);
    }

    public Settings withWindow(WindowLayout layout) {
        return new Settings(recentTrees, profileFiles, layout, theme, fontScale);
    }

    public Settings withTheme(String newTheme) {
        return new Settings(recentTrees, profileFiles, window, newTheme, fontScale);
    }

    public Settings withFontScale(int percent) {
        return new Settings(recentTrees, profileFiles, window, theme, percent);
    }
}
