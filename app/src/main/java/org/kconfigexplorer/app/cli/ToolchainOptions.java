package org.kconfigexplorer.app.cli;

import java.nio.file.Path;
import java.util.stream.Collectors;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfile;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfiles;
import picocli.CommandLine.Option;

/** The options that choose a toolchain profile: a bundled preset or a JSON file. */
public final class ToolchainOptions {

    @Option(names = "--profile", paramLabel = "ID", description = "Toolchain preset id (see 'presets'). Default: the first preset.")
    String presetId;

    @Option(names = "--profile-file", paramLabel = "FILE", description = "Toolchain profile JSON file.")
    Path profileFile;

    /** The chosen profile; throws {@link CliException} with field-named errors for a bad one. */
    public ToolchainProfile resolve() {
        if (profileFile != null) {
            ToolchainProfiles.LoadResult result = ToolchainProfiles.load(profileFile);
            if (!result.isOk()) {
                throw new CliException(profileFile + ": invalid toolchain profile:\n  "
                        + String.join("\n  ", result.errors()));
            }
            return result.profile();
        }
        if (presetId == null) {
            return ToolchainProfiles.defaultPreset();
        }
        return ToolchainProfiles.preset(presetId).orElseThrow(() -> new CliException(
                "unknown toolchain preset '" + presetId + "'; known: " + ToolchainProfiles.presets().stream()
                        .map(ToolchainProfile::id).collect(Collectors.joining(", "))));
    }
}
