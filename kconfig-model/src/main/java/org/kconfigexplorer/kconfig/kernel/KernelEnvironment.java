package org.kconfigexplorer.kconfig.kernel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The variables the kernel's top Makefile exports to Kconfig, with the Makefile's defaults:
 * srctree, ARCH and SRCARCH (x86_64 and i386 map to x86, ...), KERNELVERSION from the
 * Makefile's VERSION/PATCHLEVEL/SUBLEVEL/EXTRAVERSION, and the tool names CC, LD, HOSTCC,
 * HOSTCXX, RUSTC, BINDGEN, PAHOLE. Values given by the caller override the defaults.
 */
public final class KernelEnvironment {

    /** The variables a kernel Makefile passes to conf that a caller may override. */
    public static final List<String> TOOL_VARIABLES = List.of("CC", "LD", "HOSTCC", "HOSTCXX", "RUSTC", "BINDGEN",
            "PAHOLE", "CROSS_COMPILE", "LLVM", "CLANG_FLAGS", "CC_VERSION_TEXT", "RUSTC_VERSION_TEXT");

    private static final Pattern MAKE_VAR = Pattern.compile("^(VERSION|PATCHLEVEL|SUBLEVEL|EXTRAVERSION)[ \\t]*=[ \\t]*(.*?)[ \\t]*$",
            Pattern.MULTILINE);

    private KernelEnvironment() {
    }

    /** The Makefile's ARCH to SRCARCH mapping. */
    public static String srcArch(String arch) {
        switch (arch) {
            case "i386":
            case "x86_64":
                return "x86";
            case "sparc64":
                return "sparc";
            case "parisc64":
                return "parisc";
            case "sh64":
                return "sh";
            default:
                return arch;
        }
    }

    /**
     * Why {@code srctree} cannot be opened for {@code make ARCH=arch} (no top-level Kconfig, no
     * arch/SRCARCH folder), or empty when it can. The one check the CLI and the window share.
     */
    public static java.util.Optional<String> treeProblem(Path srctree, String arch) {
        if (!Files.isRegularFile(srctree.resolve("Kconfig"))) {
            return java.util.Optional.of(srctree + " is not a kernel source tree: it has no top-level Kconfig file");
        }
        if (!Files.isDirectory(srctree.resolve("arch").resolve(srcArch(arch)))) {
            return java.util.Optional.of(srctree + " has no arch/" + srcArch(arch) + " for ARCH=" + arch);
        }
        return java.util.Optional.empty();
    }

    /** "6.12.117" from the tree's top Makefile, or empty when it has none. */
    public static String kernelVersion(Path srctree) {
        Path makefile = srctree.resolve("Makefile");
        if (!Files.isRegularFile(makefile)) {
            return "";
        }
        try {
            String text = new String(Files.readAllBytes(makefile), StandardCharsets.UTF_8);
            Map<String, String> vars = new LinkedHashMap<>();
            Matcher m = MAKE_VAR.matcher(text);
            while (m.find()) {
                vars.putIfAbsent(m.group(1), m.group(2));
            }
            if (!vars.containsKey("VERSION")) {
                return "";
            }
            return vars.get("VERSION") + "." + vars.getOrDefault("PATCHLEVEL", "0") + "."
                    + vars.getOrDefault("SUBLEVEL", "0") + vars.getOrDefault("EXTRAVERSION", "");
        } catch (IOException e) {
            return "";
        }
    }

    /**
     * The environment conf sees for {@code make ARCH=arch}: {@code base} (e.g. PATH, HOME)
     * plus the Makefile's exports with their defaults, then {@code overrides}.
     */
    public static Map<String, String> forTree(Path srctree, String arch, Map<String, String> base,
                                              Map<String, String> overrides) {
        Map<String, String> env = new LinkedHashMap<>(base);
        env.put("srctree", srctree.toAbsolutePath().normalize().toString());
        env.put("ARCH", arch);
        env.put("SRCARCH", srcArch(arch));
        env.put("KERNELVERSION", kernelVersion(srctree));
        String cross = overrides.getOrDefault("CROSS_COMPILE", base.getOrDefault("CROSS_COMPILE", ""));
        boolean llvm = !overrides.getOrDefault("LLVM", base.getOrDefault("LLVM", "")).isEmpty();
        env.putIfAbsent("CONFIG_SHELL", "sh");
        env.putIfAbsent("BASH", "bash");
        env.putIfAbsent("HOSTCC", llvm ? "clang" : "gcc");
        env.putIfAbsent("HOSTCXX", llvm ? "clang++" : "g++");
        env.putIfAbsent("HOSTPKG_CONFIG", "pkg-config");
        env.putIfAbsent("HOSTRUSTC", "rustc");
        env.putIfAbsent("CC", llvm ? "clang" : cross + "gcc");
        env.putIfAbsent("LD", llvm ? "ld.lld" : cross + "ld");
        for (String tool : List.of("AR", "NM", "STRIP", "OBJCOPY", "OBJDUMP", "READELF")) {
            String name = tool.toLowerCase(java.util.Locale.ROOT);
            env.putIfAbsent(tool, llvm ? "llvm-" + name : cross + name);
        }
        env.putIfAbsent("RUSTC", "rustc");
        env.putIfAbsent("RUSTDOC", "rustdoc");
        env.putIfAbsent("RUSTFMT", "rustfmt");
        env.putIfAbsent("BINDGEN", "bindgen");
        env.putIfAbsent("PAHOLE", "pahole");
        env.putIfAbsent("LEX", "flex");
        env.putIfAbsent("YACC", "bison");
        env.putIfAbsent("AWK", "awk");
        env.putIfAbsent("INSTALLKERNEL", "installkernel");
        env.putIfAbsent("PERL", "perl");
        env.putIfAbsent("PYTHON3", "python3");
        env.putIfAbsent("CHECK", "sparse");
        env.putIfAbsent("UTS_MACHINE", arch);
        env.putAll(overrides);
        env.putIfAbsent("CPP", env.get("CC") + " -E");
        return env;
    }

    /**
     * The environment for host mode: {@link #forTree} over the user's {@code base} environment,
     * plus CC_VERSION_TEXT and RUSTC_VERSION_TEXT from the tools' first {@code --version} line
     * (as the Makefile exports them), run in {@code workDir}.
     */
    public static Map<String, String> forHost(Path srctree, String arch, Map<String, String> base,
                                              Map<String, String> overrides, Path workDir) {
        Map<String, String> env = forTree(srctree, arch, base, overrides);
        org.kconfigexplorer.kconfig.macro.HostShell sh = new org.kconfigexplorer.kconfig.macro.HostShell(workDir, env);
        env.putIfAbsent("CC_VERSION_TEXT", firstLine(sh.run(env.get("CC") + " --version 2>/dev/null")));
        env.putIfAbsent("RUSTC_VERSION_TEXT", firstLine(sh.run(env.get("RUSTC") + " --version 2>/dev/null")));
        return env;
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return (nl < 0 ? text : text.substring(0, nl)).strip();
    }
}
