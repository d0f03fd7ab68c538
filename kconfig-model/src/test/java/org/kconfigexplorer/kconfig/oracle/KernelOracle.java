package org.kconfigexplorer.kconfig.oracle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.kconfigexplorer.kconfig.kernel.KernelEnvironment;

/**
 * The kernel's own scripts/kconfig/conf as a test oracle, from Debian's linux-source-6.12
 * package: the tarball is unpacked once into a cache folder and conf is built there with
 * "make defconfig". Kernel files are only read at test time, never copied into the project.
 *
 * <p>Locations: KCONFIG_EXPLORER_KERNEL_SRC may point at an unpacked tree; otherwise
 * /usr/src/linux-source-6.12.tar.xz is unpacked under KCONFIG_EXPLORER_CACHE (default:
 * java.io.tmpdir/kconfig-explorer-oracle).
 */
public final class KernelOracle {

    public static final Path TARBALL = Path.of("/usr/src/linux-source-6.12.tar.xz");
    private static KernelOracle instance;
    private static String unavailableReason;

    private final Path srctree;
    private final Path conf;
    private final Map<String, String> baseEnvironment;

    private KernelOracle(Path srctree, Path conf) {
        this.srctree = srctree;
        this.conf = conf;
        this.baseEnvironment = hostBase();
    }

    /** The oracle, preparing it on first use; null when this machine cannot provide it. */
    public static synchronized KernelOracle get() {
        if (instance == null && unavailableReason == null) {
            try {
                instance = prepare();
            } catch (IOException | RuntimeException e) {
                unavailableReason = e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                unavailableReason = "interrupted";
            }
        }
        return instance;
    }

    /**
     * The oracle for a test that needs it: skips the test when this machine cannot provide it,
     * and fails it in CI (CI=true), where .ci/run installs the kernel package.
     */
    public static KernelOracle require() {
        KernelOracle oracle = get();
        if (oracle == null && required()) {
            org.junit.jupiter.api.Assertions.fail("kernel oracle unavailable in CI: " + unavailableReason());
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(oracle != null,
                () -> "kernel oracle unavailable: " + unavailableReason());
        return oracle;
    }

    public static String unavailableReason() {
        return unavailableReason;
    }

    /** Whether tests must not skip: CI installs the package, so a missing oracle is a failure there. */
    public static boolean required() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    private static KernelOracle prepare() throws IOException, InterruptedException {
        String given = System.getenv("KCONFIG_EXPLORER_KERNEL_SRC");
        Path cache = Path.of(System.getenv().getOrDefault("KCONFIG_EXPLORER_CACHE",
                System.getProperty("java.io.tmpdir") + "/kconfig-explorer-oracle"));
        Path src;
        if (given != null && !given.isEmpty()) {
            src = Path.of(given);
        } else {
            if (!Files.isRegularFile(TARBALL)) {
                throw new IOException(TARBALL + " not found (apt-get install linux-source-6.12)");
            }
            src = cache.resolve("linux-source-6.12");
            Path stamp = cache.resolve("unpacked.stamp");
            String expected = Files.getLastModifiedTime(TARBALL).toString();
            if (!Files.isRegularFile(stamp) || !Files.readString(stamp).equals(expected)) {
                deleteRecursively(src);
                Files.createDirectories(cache);
                run(cache, List.of("tar", "-xJf", TARBALL.toString()), Map.of(), 600);
                Files.writeString(stamp, expected);
            }
        }
        Path out = cache.resolve("conf-build");
        Path confBinary = out.resolve("scripts/kconfig/conf");
        if (!Files.isExecutable(confBinary)) {
            Files.createDirectories(out);
            run(src, List.of("make", "-s", "O=" + out.toAbsolutePath(), "ARCH=x86_64", "defconfig"), Map.of(), 600);
        }
        if (!Files.isExecutable(confBinary)) {
            throw new IOException("building scripts/kconfig/conf failed (needs gcc, make, flex, bison)");
        }
        return new KernelOracle(src.toAbsolutePath().normalize(), confBinary);
    }

    public Path srctree() {
        return srctree;
    }

    /** The environment both conf and our implementation get for {@code arch}. */
    public Map<String, String> environment(String arch) {
        Map<String, String> env = KernelEnvironment.forTree(srctree, arch, baseEnvironment, Map.of());
        // The Makefile exports the first line of "$(CC) --version" and "$(RUSTC) --version".
        env.put("CC_VERSION_TEXT", firstLine(env, env.get("CC") + " --version"));
        env.put("RUSTC_VERSION_TEXT", firstLine(env, env.get("RUSTC") + " --version"));
        return env;
    }

    private final Map<String, String> versionTexts = new java.util.concurrent.ConcurrentHashMap<>();

    private String firstLine(Map<String, String> env, String command) {
        return versionTexts.computeIfAbsent(command, c -> {
            try {
                String out = run(srctree, List.of("/bin/sh", "-c", c + " 2>/dev/null | head -n 1; true"), env, 60);
                return out.strip();
            } catch (IOException e) {
                return "";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "";
            }
        });
    }

    /**
     * Runs conf in a fresh working directory and returns the .config it wrote.
     *
     * @param args     conf arguments before the Kconfig file, e.g. "--defconfig=arch/x86/configs/x86_64_defconfig"
     * @param startConfig a .config placed in the working directory first (null for none)
     * @param extraEnv e.g. KCONFIG_ALLCONFIG or KCONFIG_SEED
     */
    public Result runConf(Path workDir, String arch, List<String> args, String startConfig, Map<String, String> extraEnv)
            throws IOException, InterruptedException {
        Files.createDirectories(workDir);
        if (startConfig != null) {
            Files.writeString(workDir.resolve(".config"), startConfig);
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(conf.toString());
        cmd.addAll(args);
        cmd.add("Kconfig");
        Map<String, String> env = new LinkedHashMap<>(environment(arch));
        env.putAll(extraEnv);
        String output = run(workDir, cmd, env, 300);
        Path config = workDir.resolve(".config");
        String text = Files.isRegularFile(config) ? Files.readString(config, StandardCharsets.UTF_8) : null;
        return new Result(text, output);
    }

    /** What conf printed and the .config it left (null if none). */
    public record Result(String config, String output) { }

    private static Map<String, String> hostBase() {
        Map<String, String> base = new LinkedHashMap<>();
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        Path cargo = Path.of(System.getProperty("user.home"), ".cargo", "bin");
        if (Files.isDirectory(cargo) && !path.contains(cargo.toString())) {
            path = cargo + ":" + path;
        }
        base.put("PATH", path);
        base.put("HOME", System.getProperty("user.home"));
        base.put("LC_ALL", "C");
        return base;
    }

    static String run(Path dir, List<String> cmd, Map<String, String> env, int timeoutSeconds)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
        if (!env.isEmpty()) {
            pb.environment().clear();
            pb.environment().putAll(env);
        }
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("timed out: " + cmd);
        }
        String text = new String(out, StandardCharsets.UTF_8);
        if (p.exitValue() != 0) {
            throw new IOException(String.join(" ", cmd) + " exited " + p.exitValue() + ":\n" + text);
        }
        return text;
    }

    private static void deleteRecursively(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (var walk = Files.walk(p)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(x -> {
                try {
                    Files.delete(x);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
