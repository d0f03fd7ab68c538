package org.kconfigexplorer.app.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {

    @TempDir
    Path dir;

    @Test
    void settingsRoundTripAndLiveInTheXdgFolder() throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        Settings s = Settings.defaults().withRecentTree(new Settings.RecentTree("/src/linux", "arm64", true, null))
                .withRecentTree(new Settings.RecentTree("/src/other", "x86_64", false, "gcc"))
                .withRecentTree(new Settings.RecentTree("/src/linux", "x86_64", false, "gcc"))
                .withTheme("dark").withFontScale(150).withProfileFile("/p.json")
                .withWindow(new Settings.WindowLayout(1000, 700, 0.4, -1200.0, 40.0, true, "graphTab", 0.3,
                        true));
        store.save(s);
        SettingsStore.Loaded loaded = store.load();
        assertThat(loaded.problem()).isNull();
        assertThat(loaded.settings()).isEqualTo(s);
        assertThat(loaded.settings().recentTrees()).extracting(Settings.RecentTree::path)
                .containsExactly("/src/linux", "/src/other");

        assertThat(SettingsStore.defaultFolder(null, Map.of("XDG_CONFIG_HOME", "/x")))
                .isEqualTo(Path.of("/x/kconfig-explorer"));
        assertThat(SettingsStore.defaultFolder("/tests", Map.of())).isEqualTo(Path.of("/tests"));
        assertThat(new Settings(null, null, null, null, 333).fontScale()).isEqualTo(100);
    }

    @Test
    void aFileFromBeforeWindowPositionsWereRememberedStillLoads() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, """
                {
                  "recentTrees" : [ {
                    "path" : "/src/linux",
                    "arch" : "arm64",
                    "host" : false,
                    "profileId" : "gcc14-rustc185-llvm19"
                  } ],
                  "profileFiles" : [ ],
                  "window" : {
                    "width" : 1100.0,
                    "height" : 760.0,
                    "mainDivider" : 0.35
                  },
                  "theme" : "dark",
                  "fontScale" : 125
                }
                """);
        SettingsStore.Loaded loaded = new SettingsStore(file).load();
        assertThat(loaded.problem()).isNull();
        Settings.WindowLayout window = loaded.settings().window();
        assertThat(window).isEqualTo(new Settings.WindowLayout(1100, 760, 0.35, null, null, false, null, null,
                false));
        assertThat(window.hasPosition()).isFalse();
        assertThat(loaded.settings().theme()).isEqualTo("dark");
        assertThat(loaded.settings().fontScale()).isEqualTo(125);
        assertThat(loaded.settings().recentTrees()).extracting(Settings.RecentTree::arch).containsExactly("arm64");

        // Written back with the new fields, it reads the same.
        new SettingsStore(file).save(loaded.settings());
        assertThat(Files.readString(file)).contains("\"maximized\" : false");
        assertThat(new SettingsStore(file).load().settings()).isEqualTo(loaded.settings());
    }

    @Test
    void aLayoutWithoutUsablePositionOrDividerFallsBackToDefaults() {
        Settings.WindowLayout half = new Settings.WindowLayout(800, 600, 1.5, 10.0, null, false, null, 1.0, false);
        assertThat(half.hasPosition()).isFalse();
        assertThat(half.x()).isNull();
        assertThat(half.mainDivider()).isEqualTo(0.5);
        assertThat(half.menuDivider()).isNull();
        assertThat(new Settings.WindowLayout(800, 600, 0, Double.NaN, 5.0, false, null, null, false).hasPosition()).isFalse();
        assertThat(new Settings.WindowLayout(800, 600, 0.3, 0.0, 0.0, false, null, null, false).hasPosition()).isTrue();
    }

    @Test
    void aCorruptFileIsReportedKeptAsideAndReplacedByDefaults() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{ \"theme\": \"dark\", ");
        SettingsStore.Loaded loaded = new SettingsStore(file).load();
        assertThat(loaded.settings()).isEqualTo(Settings.defaults());
        assertThat(loaded.problem()).contains("could not be read").contains("settings.json.corrupt-");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .anySatisfy(n -> assertThat(n).startsWith("settings.json.corrupt-"));
        }
        assertThat(Files.exists(file)).isFalse();
    }
}
