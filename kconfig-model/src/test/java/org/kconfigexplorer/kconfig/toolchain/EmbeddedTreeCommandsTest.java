package org.kconfigexplorer.kconfig.toolchain;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kconfigexplorer.kconfig.parse.DirectorySourceTree;
import org.kconfigexplorer.kconfig.parse.KconfigParser;
import org.kconfigexplorer.kconfig.parse.ParseResult;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfile.CcKind;

/**
 * Expands the embedded Kconfig tree's macros with every bundled preset and checks the exact
 * shell commands it issues, and that ProfileShell answers each one without an assumption.
 */
class EmbeddedTreeCommandsTest {

    static Path treeRoot() throws Exception {
        URL url = EmbeddedTreeCommandsTest.class.getClassLoader()
                .getResource("org/kconfigexplorer/resources/kconfig/Kconfig");
        assertThat(url).as("embedded tree on the classpath").isNotNull();
        return Path.of(url.toURI()).getParent();
    }

    static Stream<ToolchainProfile> presets() {
        return ToolchainProfiles.presets().stream();
    }

    /** The commands the tree must issue for {@code p}, in order, derived from the profile's fields. */
    static List<String> expected(ToolchainProfile p, String srctree) {
        Map<String, String> env = p.environment();
        String cc = env.get("CC");
        String clangFlags = env.getOrDefault("CLANG_FLAGS", "");
        boolean clang = p.cc().kind() == CcKind.CLANG;
        String ccName = clang ? "Clang" : "GCC";
        long ccVersion = Version.parse(p.cc().version()).canonical();
        String asName = clang && p.as().kind() == ToolchainProfile.AsKind.LLVM ? "LLVM" : "GNU";
        String asVersion = asName.equals("LLVM") ? "0" : String.valueOf(Version.parse(p.as().version()).canonical());
        String ldName = p.ld().kind() == ToolchainProfile.LdKind.BFD ? "BFD" : "LLD";
        long ldVersion = Version.parse(p.ld().version()).canonical();
        long rustcLlvm = p.hasRustc() ? Version.parse(p.rustc().llvmVersion()).canonical() : 0;
        String y = "; } >/dev/null 2>&1 && echo \"y\" || echo \"n\"";
        String ccOpt = "{ trap \"rm -rf .tmp_$$\" EXIT; mkdir .tmp_$$; " + cc + " -Werror " + clangFlags + " ";
        String ccOptEnd = " -c -x c /dev/null -o .tmp_$$/tmp.o" + y;
        List<String> l = new ArrayList<>();
        // scripts/Kconfig.include
        l.add(srctree + "/scripts/cc-version.sh " + cc);
        l.add("set -- " + ccName + " " + ccVersion + " && echo $1");
        l.add("set -- " + ccName + " " + ccVersion + " && echo $2");
        l.add(srctree + "/scripts/as-version.sh " + cc + " " + clangFlags);
        l.add("set -- " + asName + " " + asVersion + " && echo $1");
        l.add("set -- " + asName + " " + asVersion + " && echo $2");
        l.add(srctree + "/scripts/ld-version.sh " + env.get("LD"));
        l.add("set -- " + ldName + " " + ldVersion + " && echo $1");
        l.add("set -- " + ldName + " " + ldVersion + " && echo $2");
        l.add(srctree + "/scripts/rustc-version.sh rustc");
        l.add(srctree + "/scripts/rustc-llvm-version.sh rustc");
        // init/Kconfig
        l.add("{ test \"" + ccName + "\" = GCC" + y);
        l.add("{ test \"" + ccName + "\" = Clang" + y);
        l.add("{ test \"" + asName + "\" = GNU" + y);
        l.add("{ test \"" + asName + "\" = LLVM" + y);
        l.add("{ test \"" + ldName + "\" = BFD" + y);
        l.add("{ test \"" + ldName + "\" = LLD" + y);
        l.add("{ " + srctree + "/scripts/rust_is_available.sh" + y);
        l.add("expr " + rustcLlvm + " / 10000");
        l.add("expr " + ccVersion + " / 10000");
        l.add(srctree + "/scripts/pahole-version.sh pahole");
        l.add("bindgen --version workaround-for-0.69.0 2>/dev/null");
        // arch/Kconfig
        l.add(ccOpt + "-fsanitize=kcfi" + ccOptEnd);
        l.add(ccOpt + "-fsanitize=kcfi -fsanitize-cfi-icall-experimental-normalize-integers" + ccOptEnd);
        // security/Kconfig.hardening
        l.add(ccOpt + "-frandomize-layout-seed-file=/dev/null" + ccOptEnd);
        // lib/Kconfig.debug, lib/Kconfig.kasan
        l.add(ccOpt + "-gsplit-dwarf" + ccOptEnd);
        l.add(ccOpt + "-fsanitize=kernel-address" + ccOptEnd);
        l.add(ccOpt + "-fsanitize=kernel-hwaddress" + ccOptEnd);
        return l;
    }

    /** The shell commands and files of one parse of the tree, through the real parser. */
    record Expansion(List<String> commands, List<Path> files) { }

    static Expansion expand(ToolchainProfile p, ProfileShell shell, Path root) {
        Map<String, String> env = new LinkedHashMap<>(p.environment());
        env.put("srctree", root.toString());
        ParseResult result = KconfigParser.parse(new DirectorySourceTree(root), "Kconfig", env, shell);
        assertThat(result.diagnostics()).isEmpty();
        return new Expansion(List.copyOf(result.shellCommands().keySet()),
                result.files().stream().map(root::resolve).toList());
    }

    @ParameterizedTest
    @MethodSource("presets")
    void everyCommandOfTheTreeIsAnsweredWithoutAssumption(ToolchainProfile p) throws Exception {
        Path root = treeRoot();
        String srctree = root.toString();
        ProfileShell shell = new ProfileShell(p, MinToolVersions.LINUX_7_1, Map.of("srctree", srctree));
        Expansion x = expand(p, shell, root);

        // Each distinct command is run once per parse (the preprocessor caches answers).
        assertThat(x.commands()).containsExactlyElementsOf(new java.util.LinkedHashSet<>(expected(p, srctree)));
        assertThat(shell.assumptions()).isEmpty();
        assertThat(shell.provenance().keySet()).containsExactlyInAnyOrderElementsOf(new java.util.LinkedHashSet<>(x.commands()));
        // Every file of the tree is reached through source statements.
        try (Stream<Path> all = Files.walk(root)) {
            List<Path> kconfigs = all.filter(f -> f.getFileName().toString().startsWith("Kconfig")).toList();
            assertThat(x.files()).containsExactlyInAnyOrderElementsOf(kconfigs);
        }

        // Keep a copy of the expanded commands for the record (target/ of the module).
        Path out = Path.of("target", "embedded-tree-commands", p.id() + ".txt");
        Files.createDirectories(out.getParent());
        StringBuilder sb = new StringBuilder();
        for (String c : x.commands()) {
            sb.append(c.replace(srctree, "$(srctree)")).append("\n    -> ")
                    .append(shell.run(c).replace("\n", "\\n")).append("   [").append(shell.provenance().get(c))
                    .append("]\n");
        }
        Files.writeString(out, sb.toString(), StandardCharsets.UTF_8);
    }

    @Test
    void gccPresetIssuesExactlyTheseCommands() throws Exception {
        Path root = treeRoot();
        String s = root.toString();
        ToolchainProfile gcc = ToolchainProfiles.defaultPreset();
        ProfileShell shell = new ProfileShell(gcc, MinToolVersions.LINUX_7_1, Map.of("srctree", s));
        Expansion x = expand(gcc, shell, root);
        String y = "; } >/dev/null 2>&1 && echo \"y\" || echo \"n\"";
        String opt = "{ trap \"rm -rf .tmp_$$\" EXIT; mkdir .tmp_$$; gcc -Werror  ";
        String end = " -c -x c /dev/null -o .tmp_$$/tmp.o" + y;
        assertThat(x.commands()).containsExactly(
                s + "/scripts/cc-version.sh gcc",
                "set -- GCC 140200 && echo $1",
                "set -- GCC 140200 && echo $2",
                s + "/scripts/as-version.sh gcc ",
                "set -- GNU 24300 && echo $1",
                "set -- GNU 24300 && echo $2",
                s + "/scripts/ld-version.sh ld",
                "set -- BFD 24300 && echo $1",
                "set -- BFD 24300 && echo $2",
                s + "/scripts/rustc-version.sh rustc",
                s + "/scripts/rustc-llvm-version.sh rustc",
                "{ test \"GCC\" = GCC" + y,
                "{ test \"GCC\" = Clang" + y,
                "{ test \"GNU\" = GNU" + y,
                "{ test \"GNU\" = LLVM" + y,
                "{ test \"BFD\" = BFD" + y,
                "{ test \"BFD\" = LLD" + y,
                "{ " + s + "/scripts/rust_is_available.sh" + y,
                "expr 190107 / 10000",
                "expr 140200 / 10000",
                s + "/scripts/pahole-version.sh pahole",
                "bindgen --version workaround-for-0.69.0 2>/dev/null",
                opt + "-fsanitize=kcfi" + end,
                opt + "-fsanitize=kcfi -fsanitize-cfi-icall-experimental-normalize-integers" + end,
                opt + "-frandomize-layout-seed-file=/dev/null" + end,
                opt + "-gsplit-dwarf" + end,
                opt + "-fsanitize=kernel-address" + end,
                opt + "-fsanitize=kernel-hwaddress" + end);
        // The answers that decide the worked example: GCC -> no Clang/LLVM match.
        assertThat(shell.run("expr 190107 / 10000")).isEqualTo("19\n");
        assertThat(shell.run("expr 140200 / 10000")).isEqualTo("14\n");
        assertThat(shell.run("{ test \"GCC\" = Clang" + y)).isEqualTo("n\n");
        assertThat(shell.run("{ " + s + "/scripts/rust_is_available.sh" + y)).isEqualTo("y\n");
        assertThat(shell.run(opt + "-fsanitize=kcfi" + end)).isEqualTo("n\n");
        assertThat(shell.assumptions()).isEmpty();
    }

    @Test
    void clangPresetsAnswerTheWorkedExample() throws Exception {
        Path root = treeRoot();
        String s = root.toString();
        String y = "; } >/dev/null 2>&1 && echo \"y\" || echo \"n\"";
        Map<String, String> majors = new LinkedHashMap<>();
        for (String id : List.of("gcc14-rustc185-llvm19", "clang19-rustc185-llvm19", "clang20-rustc185-llvm19",
                "clang19-rustc184-llvm19")) {
            ToolchainProfile p = ToolchainProfiles.preset(id).orElseThrow();
            ProfileShell shell = new ProfileShell(p, MinToolVersions.LINUX_7_1, Map.of("srctree", s));
            expand(p, shell, root);
            long cc = Version.parse(p.cc().version()).canonical();
            long rl = Version.parse(p.rustc().llvmVersion()).canonical();
            majors.put(p.id(), shell.run("expr " + cc + " / 10000").strip() + "/"
                    + shell.run("expr " + rl + " / 10000").strip() + "/"
                    + shell.run("{ " + s + "/scripts/rust_is_available.sh" + y).strip());
        }
        assertThat(majors).containsExactly(
                Map.entry("gcc14-rustc185-llvm19", "14/19/y"),
                Map.entry("clang19-rustc185-llvm19", "19/19/y"),
                Map.entry("clang20-rustc185-llvm19", "20/19/y"),
                Map.entry("clang19-rustc184-llvm19", "19/19/n"));
    }
}
