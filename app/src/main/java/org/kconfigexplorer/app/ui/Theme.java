package org.kconfigexplorer.app.ui;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * The colour themes. Each is a small stylesheet of looked-up colours over the shared
 * {@code base.css}, all in {@code resources/themes} (class-path folder
 * {@code org/kconfigexplorer/resources/themes}). A scene has all three stylesheets whatever its
 * theme: the light colours apply to its root, the dark ones to a root in state {@link #DARK_ROOT},
 * or to a region of the explorer window (style class {@link Styles#REGION}) in that state, over
 * the light root. Switching themes then only changes the state of a root or of regions, and
 * JavaFX restyles their nodes from the rules it already matched. Replacing the stylesheets made it
 * match every node against every stylesheet anew: 130 to 300 ms of the UI thread on the x86_64
 * tree with RUST described.
 */
public enum Theme {
    LIGHT("light.css"), DARK("dark.css");

    public static final String FOLDER = "/org/kconfigexplorer/resources/themes/";
    public static final String BASE = "base.css";
    /** A root's or region's state in the dark theme: dark.css's rules are all under {@code .root:kx-dark} or {@code .kx-region:kx-dark}. */
    public static final PseudoClass DARK_ROOT = PseudoClass.getPseudoClass("kx-dark");

    private final String file;

    Theme(String file) {
        this.file = file;
    }

    /** The stylesheets of every theme, base first; missing files are left out. */
    public static List<String> stylesheets() {
        List<String> sheets = new ArrayList<>();
        resource(BASE).ifPresent(sheets::add);
        for (Theme t : values()) {
            resource(t.file).ifPresent(sheets::add);
        }
        return sheets;
    }

    private static Optional<String> resource(String name) {
        URL url = Theme.class.getResource(FOLDER + name);
        return Optional.ofNullable(url).map(URL::toExternalForm);
    }

    /** Gives the scene the themes' stylesheets (unless it has them) and its root this theme. */
    public void applyTo(Scene scene) {
        useStylesheets(scene);
        applyTo(scene.getRoot());
    }

    /** Gives the scene the themes' stylesheets, unless it has them. */
    public static void useStylesheets(Scene scene) {
        List<String> sheets = stylesheets();
        if (!scene.getStylesheets().equals(sheets)) {
            scene.getStylesheets().setAll(sheets);
        }
    }

    /**
     * Puts {@code node}, the root of a scene with the themes' stylesheets or a region of the
     * explorer window in one, in this theme.
     */
    public void applyTo(Node node) {
        node.pseudoClassStateChanged(DARK_ROOT, this == DARK);
    }

    /** "light" / "dark" (any case); empty for anything else. */
    public static Optional<Theme> named(String name) {
        for (Theme t : values()) {
            if (t.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    public String displayName() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }
}
