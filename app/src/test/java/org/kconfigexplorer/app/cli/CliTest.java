package org.kconfigexplorer.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void versionNamesTheProduct() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("Kconfig Explorer ");
    }

    @Test
    void fragmentForInlineHelpersWithClang19() {
        int code = run("fragment", "--profile", "clang19-rustc185-llvm19", "EXPERT=y", "CONFIG_RUST=y",
                "RUST_INLINE_HELPERS=y");
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("CONFIG_RUST_INLINE_HELPERS=y\n", "CONFIG_RUST=y\n", "CONFIG_EXPERT=y\n");
    }

    @Test
    void fragmentOrderDoesNotMatterForDependentSettings() {
        assertThat(run("fragment", "--profile", "clang19-rustc185-llvm19", "RUST_INLINE_HELPERS=y", "RUST=y",
                "EXPERT=y")).isZero();
        assertThat(out.toString()).contains("CONFIG_RUST_INLINE_HELPERS=y");
    }

    @Test
    void fragmentThatCannotTakeEffectExplainsWhyAndFails() {
        int code = run("fragment", "EXPERT=y", "RUST=y", "RUST_INLINE_HELPERS=y");
        assertThat(code).isEqualTo(3);
        assertThat(err.toString()).contains("RUST_INLINE_HELPERS=y").contains("CC_IS_CLANG")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void fragmentWrittenToFileKeepsThePreviousOne() throws Exception {
        Path file = dir.resolve("rust.config");
        Files.writeString(file, "old\n");
        assertThat(run("fragment", "--profile", "clang19-rustc185-llvm19", "-o", file.toString(), "EXPERT=y")).isZero();
        assertThat(Files.readString(file)).contains("CONFIG_EXPERT=y");
        assertThat(Files.readString(dir.resolve("rust.config.old"))).isEqualTo("old\n");
    }

    @Test
    void unknownSymbolAndMalformedValuesAreClearErrors() {
        assertThat(run("fragment", "NO_SUCH_OPTION=y", "RUST=maybe")).isEqualTo(3);
        assertThat(err.toString()).contains("unknown symbol NO_SUCH_OPTION").contains("\"maybe\" is not a valid bool value");
        StringWriter e2 = new StringWriter();
        assertThat(Cli.run(new String[] {"fragment", "RUST"}, new PrintWriter(new StringWriter()), new PrintWriter(e2)))
                .isEqualTo(2);
        assertThat(e2.toString()).contains("expected NAME=VALUE");
    }

    @Test
    void syntaxErrorInATreeExitsNonZeroNamingFileAndLine() throws Exception {
        Files.writeString(dir.resolve("Kconfig"), "config A\n\tbool \"a\"\n\tdepends on (B\n");
        int code = run("check", "--tree", dir.toString());
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("Kconfig:3:").contains("syntax error").doesNotContain("\tat ");
    }

    @Test
    void badProfileFileNamesTheField() throws Exception {
        Path profile = dir.resolve("p.json");
        Files.writeString(profile, "{\"id\":\"x\",\"name\":\"x\",\"cc\":{\"kind\":\"icc\",\"version\":\"1.0\"}}");
        assertThat(run("fragment", "--profile-file", profile.toString(), "EXPERT=y")).isEqualTo(1);
        assertThat(err.toString()).contains("cc.kind");
    }

    @Test
    void presetsAreListed() {
        assertThat(run("presets")).isZero();
        assertThat(out.toString()).contains("gcc14-rustc185-llvm19", "clang19-rustc185-llvm19");
    }

    @Test
    void olddefconfigOnATreeWritesConfigAndKeepsTheOldOne() throws Exception {
        Path src = dir.resolve("src");
        Files.createDirectories(src.resolve("arch/x86"));
        Files.writeString(src.resolve("Kconfig"), "mainmenu \"Tiny\"\nconfig A\n\tbool \"a\"\n\tdefault y\n"
                + "config B\n\tbool \"b\"\n");
        Path obj = dir.resolve("obj");
        Files.createDirectories(obj);
        Files.writeString(obj.resolve(".config"), "CONFIG_B=y\n");
        int code = run("olddefconfig", "--srctree", src.toString(), "-O", obj.toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(Files.readString(obj.resolve(".config"))).isEqualTo(
                "#\n# Automatically generated file; DO NOT EDIT.\n# Tiny\n#\nCONFIG_A=y\nCONFIG_B=y\n");
        assertThat(Files.readString(obj.resolve(".config.old"))).isEqualTo("CONFIG_B=y\n");
    }

    @Test
    void notAKernelTreeIsAClearError() {
        assertThat(run("olddefconfig", "--srctree", dir.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("not a kernel source tree");
    }

    @Test
    void randconfigIsReproducibleWithASeed() throws Exception {
        Path src = dir.resolve("src");
        Files.createDirectories(src.resolve("arch/x86"));
        StringBuilder kconfig = new StringBuilder("mainmenu \"Tiny\"\n");
        for (int i = 0; i < 20; i++) {
            kconfig.append("config O").append(i).append("\n\tbool \"o").append(i).append("\"\n");
        }
        Files.writeString(src.resolve("Kconfig"), kconfig.toString());
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        assertThat(run("randconfig", "--srctree", src.toString(), "-O", a.toString(), "-e", "KCONFIG_SEED=0x1234"))
                .isZero();
        assertThat(run("randconfig", "--srctree", src.toString(), "-O", b.toString(), "-e", "KCONFIG_SEED=0x1234"))
                .isZero();
        assertThat(out.toString()).contains("KCONFIG_SEED=0x1234");
        String first = Files.readString(a.resolve(".config"));
        assertThat(first).contains("CONFIG_O0", "CONFIG_O19").contains("=y").contains("is not set");
        assertThat(Files.readString(b.resolve(".config"))).isEqualTo(first);
    }

    @Test
    void explainPrintsTheToolchainChain() {
        assertThat(run("explain", "--profile", "gcc14-rustc185-llvm19", "RUST_INLINE_HELPERS")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("RUST_INLINE_HELPERS = n", "[UNMET]",
                "RUSTC_CLANG_LLVM_COMPATIBLE = n, because CC_IS_CLANG = n, because the C compiler is GCC (cc.kind)");
    }

    @Test
    void explainAsJson() {
        assertThat(run("explain", "--json", "CONFIG_RUST")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("\"name\" : \"RUST\"", "\"failingLeaves\"");
    }

    @Test
    void fixProposesAToolchainChangeFromGcc() {
        assertThat(run("fix", "--profile", "gcc14-rustc185-llvm19", "RUST_INLINE_HELPERS=y")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("1. ", "toolchain: C compiler: Clang 19", "set RUST=y", "set EXPERT=y");
    }

    @Test
    void fixWithMaxAndJson() {
        assertThat(run("fix", "--profile", "clang20-rustc185-llvm19", "--max", "2", "--json", "RUST_INLINE_HELPERS=y"))
                .as(err.toString()).isZero();
        assertThat(out.toString()).contains("\"status\" : \"FIXES\"");
    }

    @Test
    void fixErrorsAreOneMessageWithoutTrace() {
        assertThat(run("fix", "NO_SUCH=y")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown symbol NO_SUCH").doesNotContain("\tat ");
        StringWriter e2 = new StringWriter();
        assertThat(Cli.run(new String[] {"fix", "RUST=perhaps"}, new PrintWriter(new StringWriter()), new PrintWriter(e2)))
                .isEqualTo(2);
        assertThat(e2.toString()).contains("not a valid bool value").doesNotContain("\tat ");
        StringWriter e3 = new StringWriter();
        assertThat(Cli.run(new String[] {"explain", "NOPE"}, new PrintWriter(new StringWriter()), new PrintWriter(e3)))
                .isEqualTo(2);
        assertThat(e3.toString()).contains("unknown symbol NOPE");
    }

    @Test
    void unreachableFixSaysWhyAndExitsThree() throws Exception {
        Files.writeString(dir.resolve("Kconfig"), "config A\n\tbool \"a\"\n\tdepends on n\n");
        assertThat(run("fix", "--tree", dir.toString(), "A=y")).isEqualTo(3);
        assertThat(out.toString()).contains("unreachable", "depends on n");
    }
}
