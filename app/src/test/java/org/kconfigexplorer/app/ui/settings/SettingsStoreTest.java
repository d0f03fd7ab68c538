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
                .withWindow(new Settings.WindowLayout(1000, 700, 0.4));
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
