package org.kconfigexplorer.app.ui;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Scene;

/**
 * The colour themes. Each is a small stylesheet of looked-up colours over the shared
 * {@code base.css}, all in {@code resources/themes} (class-path folder
 * {@code org/kconfigexplorer/resources/themes}).
 */
public enum Theme {
    LIGHT("light.css"), DARK("dark.css");

    public static final String FOLDER = "/org/kconfigexplorer/resources/themes/";
    public static final String BASE = "base.css";

    private final String file;

    Theme(String file) {
        this.file = file;
    }

    /** The stylesheets for this theme, base first; missing files are left out. */
    public List<String> stylesheets() {
        List<String> sheets = new ArrayList<>();
        resource(BASE).ifPresent(sheets::add);
        resource(file).ifPresent(sheets::add);
        return sheets;
    }

    private static Optional<String> resource(String name) {
        URL url = Theme.class.getResource(FOLDER + name);
        return Optional.ofNullable(url).map(URL::toExternalForm);
    }

    /** Replaces the scene's theme stylesheets with this theme's. */
    public void applyTo(Scene scene) {
        scene.getStylesheets().setAll(stylesheets());
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
