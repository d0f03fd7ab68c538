package org.kconfigexplorer.kconfig.toolchain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfile.As;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfile.AsKind;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfile.Bindgen;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfile.Cc;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfile.CcKind;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfile.FlagProbes;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfile.LdKind;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfile.ProbeAnswer;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfile.Rustc;

class ToolchainProfilesTest {

    static final String VALID = """
            {
              "id": "t1",
              "name": "Test",
              "cc": { "kind": "GCC", "version": "14.2.0" },
              "ld": { "kind": "BFD", "version": "2.43" },
              "as": { "kind": "GNU", "version": "2.43" },
              "rustc": { "version": "1.85.0", "llvmVersion": "19.1.7" },
              "bindgen": { "version": "0.71.1", "libclangVersion": "19.1.7" },
              "arch": "x86_64",
              "llvm": false,
              "crossCompile": "",
              "flagProbes": { "defaultAnswer": "SUPPORTED", "perFlag": { "-mfoo": false } }
            }
            """;

    @Test
    void parsesAValidProfile() {
        ToolchainProfiles.LoadResult r = ToolchainProfiles.parse(VALID);
        assertThat(r.errors()).isEmpty();
        assertThat(r.isOk()).isTrue();
        ToolchainProfile p = r.profile();
        assertThat(p.id()).isEqualTo("t1");
        assertThat(p.description()).isEmpty();
        assertThat(p.cc()).isEqualTo(new Cc(CcKind.GCC, "14.2.0"));
        assertThat(p.rustc()).isEqualTo(new Rustc("1.85.0", "19.1.7"));
        assertThat(p.pahole()).isNull();
        assertThat(p.flagProbes().perFlag()).containsEntry("-mfoo", false);
    }

    @Test
    void badEnumIsReportedWithFieldName() {
        ToolchainProfiles.LoadResult r = ToolchainProfiles.parse(VALID.replace("\"GCC\"", "\"icc\""));
        assertThat(r.isOk()).isFalse();
        assertThat(r.profile()).isNull();
        assertThat(r.errors()).containsExactly("cc.kind: expected GCC or CLANG, got \"icc\"");
    }

    @Test
    void badVersionIsReportedWithFieldName() {
        ToolchainProfiles.LoadResult r = ToolchainProfiles.parse(VALID.replace("\"1.85.0\"", "\"1.x\""));
        assertThat(r.errors()).containsExactly("rustc.version: expected MAJOR.MINOR[.PATCH], got \"1.x\"");
    }

    @Test
    void missingRequiredObject() {
        String json = VALID.replace("\"cc\": { \"kind\": \"GCC\", \"version\": \"14.2.0\" },", "");
        assertThat(ToolchainProfiles.parse(json).errors()).containsExactly("cc: missing");
    }

    @Test
    void collectsSeveralErrors() {
        String json = VALID.replace("\"BFD\"", "\"gold\"").replace("\"x86_64\"", "\"X 86\"")
                .replace("\"llvm\": false", "\"llvm\": \"yes\"").replace("\"SUPPORTED\"", "\"MAYBE\"")
                .replace("\"-mfoo\": false", "\"-mfoo\": 3");
        List<String> errors = ToolchainProfiles.parse(json).errors();
        assertThat(errors).containsExactlyInAnyOrder(
                "ld.kind: expected BFD or LLD, got \"gold\"",
                "arch: expected a kernel ARCH name such as x86_64 or arm64, got \"X 86\"",
                "llvm: expected true or false, got \"yes\"",
                "flagProbes.defaultAnswer: expected SUPPORTED or UNSUPPORTED, got \"MAYBE\"",
                "flagProbes.perFlag.-mfoo: expected true or false, got 3");
    }

    @Test
    void unknownFieldsAndWrongTypes() {
        String json = VALID.replace("\"name\": \"Test\",", "\"name\": 5, \"colour\": \"red\",")
                .replace("\"ld\": { \"kind\": \"BFD\", \"version\": \"2.43\" }", "\"ld\": \"ld.bfd\"");
        assertThat(ToolchainProfiles.parse(json).errors()).containsExactlyInAnyOrder(
                "colour: unknown field (expected one of [arch, as, bindgen, cc, crossCompile, description, "
                        + "flagProbes, id, ld, llvm, name, pahole, rustc])",
                "name: expected a string, got 5",
                "ld: expected an object, got \"ld.bfd\"");
    }

    @Test
    void inconsistentLlvmBuild() {
        String json = VALID.replace("\"llvm\": false", "\"llvm\": true")
                .replace("\"as\": { \"kind\": \"GNU\"", "\"as\": { \"kind\": \"LLVM\"");
        assertThat(ToolchainProfiles.parse(json).errors()).containsExactlyInAnyOrder(
                "llvm: LLVM=1 builds with Clang, but cc.kind is GCC",
                "llvm: LLVM=1 links with ld.lld, but ld.kind is BFD",
                "as.kind: LLVM is Clang's integrated assembler, but cc.kind is GCC");
    }

    @Test
    void invalidJsonAndNonObjectsDoNotThrow() {
        assertThat(ToolchainProfiles.parse("{ \"id\": ").errors()).singleElement()
                .asString().startsWith("(document): not valid JSON");
        assertThat(ToolchainProfiles.parse("[1,2]").errors())
                .containsExactly("(document): expected a JSON object, got an array");
        assertThat(ToolchainProfiles.parse("").errors()).containsExactly("(document): empty");
        assertThat(ToolchainProfiles.parse(null).isOk()).isFalse();
    }

    @Test
    void optionalToolsMayBeNullOrAbsent() {
        String json = VALID.replace("\"rustc\": { \"version\": \"1.85.0\", \"llvmVersion\": \"19.1.7\" },",
                "\"rustc\": null,").replace("\"bindgen\": { \"version\": \"0.71.1\", \"libclangVersion\": \"19.1.7\" },", "");
        ToolchainProfile p = ToolchainProfiles.parse(json).profile();
        assertThat(p.hasRustc()).isFalse();
        assertThat(p.hasBindgen()).isFalse();
        assertThat(p.environment()).containsEntry("RUSTC", "rustc").containsEntry("RUSTC_VERSION_TEXT", "");
    }

    @Test
    void loadsFromStreamAndPathAndRoundTrips(@TempDir Path dir) throws Exception {
        ToolchainProfile p = ToolchainProfiles.load(
                new ByteArrayInputStream(VALID.getBytes(StandardCharsets.UTF_8))).profile();
        Path file = dir.resolve("p.json");
        ToolchainProfiles.save(p, file);
        assertThat(ToolchainProfiles.load(file).profile()).isEqualTo(p);
        assertThat(ToolchainProfiles.parse(ToolchainProfiles.toJson(p)).profile()).isEqualTo(p);
        assertThat(Files.readString(file)).contains("\"as\" : {").doesNotContain("pahole");
        assertThat(ToolchainProfiles.load(dir.resolve("missing.json")).errors()).singleElement()
                .asString().startsWith("(document): cannot read");
    }

    @Test
    void presetsAreBundledInIndexOrder() {
        List<ToolchainProfile> presets = ToolchainProfiles.presets();
        assertThat(presets).extracting(ToolchainProfile::id).containsExactly(
                "gcc14-rustc185-llvm19", "clang19-rustc185-llvm19", "clang20-rustc185-llvm19",
                "clang19-rustc184-llvm19", "host-debian12-gcc12-rustc195");
        assertThat(ToolchainProfiles.defaultPreset().id()).isEqualTo("gcc14-rustc185-llvm19");
        assertThat(ToolchainProfiles.presetFileNames()).first().isEqualTo("gcc14-rustc185-llvm19.json");

        ToolchainProfile gcc = presets.get(0);
        assertThat(gcc.cc()).isEqualTo(new Cc(CcKind.GCC, "14.2.0"));
        assertThat(gcc.ld().kind()).isEqualTo(LdKind.BFD);
        assertThat(gcc.ld().version()).isEqualTo("2.43");
        assertThat(gcc.bindgen()).isEqualTo(new Bindgen("0.71.1", "19.1.7"));
        assertThat(gcc.llvm()).isFalse();

        ToolchainProfile clang19 = ToolchainProfiles.preset("clang19-rustc185-llvm19").orElseThrow();
        assertThat(clang19.cc()).isEqualTo(new Cc(CcKind.CLANG, "19.1.7"));
        assertThat(clang19.as().kind()).isEqualTo(AsKind.LLVM);
        assertThat(clang19.llvm()).isTrue();
        assertThat(ToolchainProfiles.preset("clang20-rustc185-llvm19").orElseThrow().cc().version())
                .isEqualTo("20.1.2");
        assertThat(ToolchainProfiles.preset("clang19-rustc184-llvm19").orElseThrow().rustc())
                .isEqualTo(new Rustc("1.84.1", "19.1.5"));
        for (ToolchainProfile p : presets) {
            assertThat(p.name()).isNotBlank();
            assertThat(p.description()).isNotBlank();
            assertThat(ToolchainProfiles.parse(ToolchainProfiles.toJson(p)).profile()).isEqualTo(p);
        }
    }

    @Test
    void environmentOfGccProfile() {
        ToolchainProfile gcc = ToolchainProfiles.defaultPreset();
        Map<String, String> env = gcc.environment();
        assertThat(env).containsEntry("CC", "gcc").containsEntry("LD", "ld").containsEntry("HOSTCC", "gcc")
                .containsEntry("HOSTCXX", "g++").containsEntry("RUSTC", "rustc").containsEntry("BINDGEN", "bindgen")
                .containsEntry("PAHOLE", "pahole").containsEntry("ARCH", "x86_64").containsEntry("SRCARCH", "x86")
                .containsEntry("CC_VERSION_TEXT", "gcc (GCC) 14.2.0")
                .containsEntry("RUSTC_VERSION_TEXT", "rustc 1.85.0")
                .doesNotContainKeys("CLANG_FLAGS", "LLVM", "KERNELVERSION");
    }

    @Test
    void environmentOfCrossAndLlvmProfiles() {
        ToolchainProfile cross = ToolchainProfiles.defaultPreset().withArch("arm64")
                .withCrossCompile("aarch64-linux-gnu-");
        assertThat(cross.environment()).containsEntry("CC", "aarch64-linux-gnu-gcc")
                .containsEntry("LD", "aarch64-linux-gnu-ld").containsEntry("HOSTCC", "gcc")
                .containsEntry("SRCARCH", "arm64").containsEntry("CROSS_COMPILE", "aarch64-linux-gnu-")
                .containsEntry("CC_VERSION_TEXT", "aarch64-linux-gnu-gcc (GCC) 14.2.0");
        assertThat(cross.withArch("i386").srcArch()).isEqualTo("x86");
        assertThat(cross.withArch("riscv").srcArch()).isEqualTo("riscv");

        ToolchainProfile clang = ToolchainProfiles.preset("clang19-rustc185-llvm19").orElseThrow();
        assertThat(clang.environment()).containsEntry("CC", "clang").containsEntry("LD", "ld.lld")
                .containsEntry("HOSTCC", "clang").containsEntry("HOSTCXX", "clang++").containsEntry("LLVM", "1")
                .containsEntry("NM", "llvm-nm").containsEntry("CC_VERSION_TEXT", "clang version 19.1.7")
                .containsEntry("CLANG_FLAGS", "--target=x86_64-linux-gnu -fintegrated-as"
                        + " -Werror=unknown-warning-option -Werror=ignored-optimization-argument"
                        + " -Werror=option-ignored -Werror=unused-command-line-argument");
    }

    @Test
    void copyHelpersChangeOneField() {
        ToolchainProfile p = ToolchainProfiles.defaultPreset();
        ToolchainProfile q = p.withCc(p.cc().withVersion("13.3.0")).withRustc(null)
                .withFlagProbes(p.flagProbes().withFlag("-mbar", true).withDefaultAnswer(ProbeAnswer.UNSUPPORTED))
                .withName("Other").withAs(new As(AsKind.GNU, "2.42"));
        assertThat(q.cc().version()).isEqualTo("13.3.0");
        assertThat(q.rustc()).isNull();
        assertThat(q.name()).isEqualTo("Other");
        assertThat(q.flagProbes().perFlag()).containsEntry("-mbar", true);
        assertThat(q.flagProbes().defaultAnswer()).isEqualTo(ProbeAnswer.UNSUPPORTED);
        assertThat(q.ld()).isEqualTo(p.ld());
        assertThat(p.cc().version()).isEqualTo("14.2.0");
        assertThat(q.flagProbes().withoutFlag("-mbar").perFlag()).doesNotContainKey("-mbar");
        assertThat(new FlagProbes(ProbeAnswer.SUPPORTED, null).perFlag()).isEmpty();
    }

    @Test
    void versions() {
        assertThat(Version.parse("19.1.7").canonical()).isEqualTo(190107);
        assertThat(Version.parse("1.85.0").rustcCanonical()).isEqualTo(108500);
        assertThat(Version.parse("2.43").canonical()).isEqualTo(24300);
        assertThat(Version.parse("1.84.1").atLeast(Version.parse("1.85"))).isFalse();
        assertThat(Version.isValid("1.x")).isFalse();
        assertThat(Version.isValid("1")).isFalse();
        assertThat(MinToolVersions.LINUX_6_12.rustc()).isEqualTo(Version.parse("1.78.0"));
        assertThat(MinToolVersions.LINUX_7_1.bindgen()).isEqualTo(Version.parse("0.71.1"));
        assertThat(MinToolVersions.LINUX_7_1.llvmFor("s390")).isEqualTo(Version.parse("15.0.0"));
    }
}
