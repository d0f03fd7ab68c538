package org.kconfigexplorer.kconfig.macro;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * "Host mode": runs $(shell,...) commands with /bin/sh as conf does (popen), in a given working
 * directory and environment. Only used when the user explicitly chose the host toolchain.
 */
public final class HostShell implements MacroShell {

    private final Path workingDirectory;
    private final Map<String, String> environment;

    /**
     * @param workingDirectory where commands run (conf runs in the build output directory)
     * @param environment      the complete environment the commands see
     */
    public HostShell(Path workingDirectory, Map<String, String> environment) {
        this.workingDirectory = workingDirectory;
        this.environment = Map.copyOf(environment);
    }

    @Override
    public String run(String command) {
        ProcessBuilder pb = new ProcessBuilder("/bin/sh", "-c", command);
        pb.directory(workingDirectory.toFile());
        pb.environment().clear();
        pb.environment().putAll(environment);
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        try {
            Process process = pb.start();
            byte[] out;
            try (InputStream in = process.getInputStream()) {
                out = readAtMost(in, 4096);
            }
            process.waitFor();
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run /bin/sh for: " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running: " + command, e);
        }
    }

    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        byte[] chunk = new byte[4096];
        int n;
        while ((n = in.read(chunk)) > 0) {
            if (buffer.size() < limit) {
                buffer.write(chunk, 0, Math.min(n, limit - buffer.size()));
            }
        }
        return buffer.toByteArray();
    }
}
