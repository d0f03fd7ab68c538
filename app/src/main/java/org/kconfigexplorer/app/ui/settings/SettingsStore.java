package org.kconfigexplorer.app.ui.settings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.kconfigexplorer.kconfig.config.AtomicFiles;

/**
 * Reads and writes settings.json (Jackson). The file lives in
 * {@code $XDG_CONFIG_HOME/kconfig-explorer/} (default {@code ~/.config/kconfig-explorer/});
 * the system property {@value #DIR_PROPERTY} points elsewhere (tests). A file that cannot be
 * read as settings is moved aside as {@code settings.json.corrupt-<timestamp>} and the
 * defaults are used; the caller shows the problem. Writes are atomic.
 */
public final class SettingsStore {

    /** System property naming the settings folder instead of the XDG location. */
    public static final String DIR_PROPERTY = "kconfigexplorer.settings.dir";
    public static final String FILE_NAME = "settings.json";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** What loading gave: the settings, and a problem to show (null when none). */
    public record Loaded(Settings settings, String problem) { }

    private final Path file;

    /** @param file the settings file; null keeps nothing (settings live only in memory) */
    public SettingsStore(Path file) {
        this.file = file;
    }

    /** The store at the user's location (or the one named by {@value #DIR_PROPERTY}). */
    public static SettingsStore atDefaultLocation() {
        return new SettingsStore(defaultFolder(System.getProperty(DIR_PROPERTY), System.getenv()).resolve(FILE_NAME));
    }

    /** A store that remembers nothing on disk. */
    public static SettingsStore inMemory() {
        return new SettingsStore(null);
    }

    static Path defaultFolder(String override, Map<String, String> env) {
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".config");
        return base.resolve("kconfig-explorer");
    }

    /** The settings file, or null for an in-memory store. */
    public Path file() {
        return file;
    }

    /** Reads the settings; never throws. */
    public Loaded load() {
        if (file == null || !Files.exists(file)) {
            return new Loaded(Settings.defaults(), null);
        }
        try {
            Settings s = MAPPER.readValue(Files.readString(file, StandardCharsets.UTF_8), Settings.class);
            if (s == null) {
                throw new IOException("the file is empty");
            }
            return new Loaded(s, null);
        } catch (IOException | RuntimeException e) {
            String why = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
            Path aside = file.resolveSibling(FILE_NAME + ".corrupt-"
                    + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
            try {
                Files.move(file, aside);
            } catch (IOException moveFailed) {
                return new Loaded(Settings.defaults(), "the settings in " + file + " could not be read (" + why
                        + ") and could not be moved aside; using the defaults");
            }
            return new Loaded(Settings.defaults(), "the settings in " + file + " could not be read (" + why
                    + "); using the defaults. The old file was kept as " + aside.getFileName());
        }
    }

    /** Writes the settings atomically (no-op for an in-memory store). */
    public void save(Settings settings) throws IOException {
        if (file == null) {
            return;
        }
        AtomicFiles.write(file, toJson(settings));
    }

    static String toJson(Settings settings) {
        try {
            return MAPPER.writeValueAsString(settings) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
