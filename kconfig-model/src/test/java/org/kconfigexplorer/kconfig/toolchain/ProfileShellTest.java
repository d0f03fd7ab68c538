package org.kconfigexplorer.kconfig.toolchain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kconfigexplorer.kconfig.macro.MacroShell;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfile.FlagProbes;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfile.Pahole;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfile.ProbeAnswer;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfile.Rustc;

class ProfileShellTest {

    static final String S = "/some/srctree";
    static final String SUCCESS_PREFIX = "{ ";
    static final String SUCCESS_SUFFIX = "; } >/dev/null 2>&1 && echo \"y\" || echo \"n\"";

    static ToolchainProfile gcc() {
        return ToolchainProfiles.preset("gcc14-rustc185-llvm19").orElseThrow();
    }

    static ToolchainProfile clang19() {
        return ToolchainProfiles.preset("clang19-rustc185-llvm19").orElseThrow();
    }

    static String success(String cmd) {
        return SUCCESS_PREFIX + cmd + SUCCESS_SUFFIX;
    }

    static String ccOption(ToolchainProfile p, String flag) {
        String clangFlags = p.environment().getOrDefault("CLANG_FLAGS", "");
        return success("trap \"rm -rf .tmp_$$\" EXIT; mkdir .tmp_$$; " + p.ccCommand() + " -Werror " + clangFlags
                + " " + flag + " -c -x c /dev/null -o .tmp_$$/tmp.o");
    }

    @Test
    void isAMacroShell() {
        MacroShell shell = new ProfileShell(gcc());
        assertThat(shell.run("echo hello")).isEqualTo("hello\n");
    }

    @Test
    void versionScripts() {
        ProfileShell sh = new ProfileShell(gcc());
        assertThat(sh.run(S + "/scripts/cc-version.sh gcc")).isEqualTo("GCC 140200\n");
        assertThat(sh.run(S + "/scripts/ld-version.sh ld")).isEqualTo("BFD 24300\n");
        assertThat(sh.run(S + "/scripts/as-version.sh gcc ")).isEqualTo("GNU 24300\n");
        assertThat(sh.run(S + "/scripts/rustc-version.sh rustc")).isEqualTo("108500\n");
        assertThat(sh.run(S + "/scripts/rustc-llvm-version.sh rustc")).isEqualTo("190107\n");
        assertThat(sh.run(S + "/scripts/pahole-version.sh pahole")).isEqualTo("128\n");
        assertThat(sh.run("scripts/min-tool-version.sh rustc")).isEqualTo("1.85.0\n");
        assertThat(sh.assumptions()).isEmpty();
        assertThat(sh.provenance())
                .containsEntry(S + "/scripts/cc-version.sh gcc", "cc.kind, cc.version")
                .containsEntry(S + "/scripts/ld-version.sh ld", "ld.kind, ld.version")
                .containsEntry(S + "/scripts/rustc-version.sh rustc", "rustc.version")
                .containsEntry(S + "/scripts/rustc-llvm-version.sh rustc", "rustc.llvmVersion")
                .containsEntry(S + "/scripts/pahole-version.sh pahole", "pahole.version");
    }

    @Test
    void clangVersionScripts() {
        ToolchainProfile p = clang19();
        ProfileShell sh = new ProfileShell(p);
        assertThat(sh.run(S + "/scripts/cc-version.sh clang")).isEqualTo("Clang 190107\n");
        assertThat(sh.run(S + "/scripts/ld-version.sh ld.lld")).isEqualTo("LLD 190107\n");
        // With CLANG_FLAGS (which contain -fintegrated-as) the kernel script reports "LLVM 0".
        assertThat(sh.run(S + "/scripts/as-version.sh clang " + p.clangFlags())).isEqualTo("LLVM 0\n");
        assertThat(sh.assumptions()).isEmpty();
        // Without CLANG_FLAGS the version of the profile is given, and flagged as an assumption.
        assertThat(sh.run(S + "/scripts/as-version.sh clang ")).isEqualTo("LLVM 190107\n");
        assertThat(sh.assumptions()).singleElement().extracting(Assumption::answerGiven).isEqualTo("LLVM 190107\n");
    }

    @Test
    void noRustcGivesZeroAndFailure() {
        ProfileShell sh = new ProfileShell(gcc().withRustc(null));
        assertThat(sh.run(S + "/scripts/rustc-version.sh rustc")).isEqualTo("0\n");
        assertThat(sh.answer(S + "/scripts/rustc-llvm-version.sh rustc").exitStatus()).isEqualTo(1);
        assertThat(sh.run(S + "/scripts/rustc-llvm-version.sh rustc")).isEqualTo("0\n");
        assertThat(sh.run("expr 0 / 10000")).isEqualTo("0\n");
        assertThat(sh.run(success("command -v rustc"))).isEqualTo("n\n");
        assertThat(sh.run("rustc --version 2>/dev/null")).isEmpty();
        assertThat(sh.assumptions()).isEmpty();
        assertThat(sh.provenance()).containsEntry(S + "/scripts/rustc-version.sh rustc", "rustc");
    }

    @Test
    void tooOldCompilerFailsTheVersionScript() {
        ProfileShell sh = new ProfileShell(gcc().withCc(gcc().cc().withVersion("7.5.0")));
        ProfileShell.Answer a = sh.answer(S + "/scripts/cc-version.sh gcc");
        assertThat(a.stdout()).isEmpty();
        assertThat(a.exitStatus()).isEqualTo(1);
        assertThat(new ProfileShell(gcc().withCc(gcc().cc().withVersion("7.5.0")), MinToolVersions.LINUX_6_12)
                .run(S + "/scripts/cc-version.sh gcc")).isEqualTo("GCC 70500\n");
    }

    @Test
    void exprArithmeticAndComparisons() {
        ProfileShell sh = new ProfileShell(gcc());
        assertThat(sh.run("expr 190107 / 10000")).isEqualTo("19\n");
        assertThat(sh.run("expr 140200 / 10000")).isEqualTo("14\n");
        assertThat(sh.run("expr 7 % 3")).isEqualTo("1\n");
        assertThat(sh.run("expr 2 + 3 \\* 4")).isEqualTo("14\n");
        assertThat(sh.run("expr \\( 2 + 3 \\) '*' 4")).isEqualTo("20\n");
        assertThat(sh.run("expr 5 - 8")).isEqualTo("-3\n");
        assertThat(sh.run("expr -7 / 2")).isEqualTo("-3\n");
        assertThat(sh.run("expr 10 \\> 9")).isEqualTo("1\n");
        assertThat(sh.run("expr abc \\< abd")).isEqualTo("1\n");
        assertThat(sh.run("expr 108500 \\>= 108500")).isEqualTo("1\n");
        assertThat(sh.run("expr 19 = 20")).isEqualTo("0\n");
        assertThat(sh.run("expr 19 != 20")).isEqualTo("1\n");
        assertThat(sh.run("expr 0 \\| 5")).isEqualTo("5\n");
        assertThat(sh.run("expr 3 \\& 0")).isEqualTo("0\n");
        assertThat(sh.run("expr length hello")).isEqualTo("5\n");
        assertThat(sh.run("expr 99999999999999999999 + 1")).isEqualTo("100000000000000000000\n");
        assertThat(sh.answer("expr 1 - 1").exitStatus()).isEqualTo(1);
        assertThat(sh.answer("expr 1 / 0").exitStatus()).isEqualTo(2);
        assertThat(sh.run("expr 1 / 0")).isEmpty();
        assertThat(sh.answer("expr a + 1").exitStatus()).isEqualTo(2);
        assertThat(sh.answer(" expr  / 10000").exitStatus()).isEqualTo(2);
        assertThat(sh.run("expr 3 \\> 2 && echo yes")).isEqualTo("1\nyes\n");
        assertThat(sh.assumptions()).isEmpty();
        assertThat(sh.provenance()).containsEntry("expr 190107 / 10000", ProfileShell.SHELL_ONLY);
        assertThat(sh.run("expr abc : 'a'")).isEmpty();
        assertThat(sh.assumptions()).hasSize(1);
    }

    @Test
    void kconfigIncludeNameAndVersionSplitting() {
        ProfileShell sh = new ProfileShell(gcc());
        assertThat(sh.run("set -- GCC 140200 && echo $1")).isEqualTo("GCC\n");
        assertThat(sh.run("set -- GCC 140200 && echo $2")).isEqualTo("140200\n");
        assertThat(sh.run("set -- && echo \"[$1]\"")).isEqualTo("[]\n");
        assertThat(sh.run("set -- a b c; echo $# \"$@\"")).isEqualTo("3 a b c\n");
    }

    @Test
    void successWrapperWithTest() {
        ProfileShell sh = new ProfileShell(gcc());
        assertThat(sh.run(success("test \"GCC\" = GCC"))).isEqualTo("y\n");
        assertThat(sh.run(success("test \"GCC\" = Clang"))).isEqualTo("n\n");
        assertThat(sh.run(success("test -n \"GCC 140200\""))).isEqualTo("y\n");
        assertThat(sh.run(success("test -z \"GCC 140200\""))).isEqualTo("n\n");
        assertThat(sh.run(success("test -z \"\""))).isEqualTo("y\n");
        assertThat(sh.run(success("test 108500 -ge 108500"))).isEqualTo("y\n");
        assertThat(sh.run(success("[ 1 -lt 2 -a ! abc = abd ]"))).isEqualTo("y\n");
        assertThat(sh.run(success("test x != x -o \\( a = a \\)"))).isEqualTo("y\n");
        // if-success with other branches, as $(if-success,cmd,then,else) builds it.
        assertThat(sh.run("{ test a = a; } >/dev/null 2>&1 && echo \"-m64\" || echo \"\"")).isEqualTo("-m64\n");
        assertThat(sh.run("{ false; } >/dev/null 2>&1 && echo \"n\" || echo \"y\"")).isEqualTo("y\n");
        assertThat(sh.assumptions()).isEmpty();
    }

    @Test
    void rustIsAvailableDependsOnVersions() {
        String cmd = success(S + "/scripts/rust_is_available.sh");
        assertThat(new ProfileShell(clang19()).run(cmd)).isEqualTo("y\n");
        ToolchainProfile old = ToolchainProfiles.preset("clang19-rustc184-llvm19").orElseThrow();
        ProfileShell sh71 = new ProfileShell(old, MinToolVersions.LINUX_7_1);
        assertThat(sh71.run(cmd)).isEqualTo("n\n");
        assertThat(sh71.answer(S + "/scripts/rust_is_available.sh").exitStatus()).isEqualTo(1);
        assertThat(sh71.assumptions()).isEmpty();
        assertThat(sh71.provenance().get(cmd)).isEqualTo("rustc.version");
        // Linux 6.12 only needs rustc 1.78.0.
        assertThat(new ProfileShell(old, MinToolVersions.LINUX_6_12).run(cmd)).isEqualTo("y\n");
        // Missing or old bindgen, old libclang.
        assertThat(new ProfileShell(clang19().withBindgen(null)).run(cmd)).isEqualTo("n\n");
        assertThat(new ProfileShell(clang19().withBindgen(clang19().bindgen().withVersion("0.70.1"))).run(cmd))
                .isEqualTo("n\n");
        assertThat(new ProfileShell(clang19().withBindgen(clang19().bindgen().withLibclangVersion("12.0.0")))
                .run(cmd)).isEqualTo("n\n");
        assertThat(new ProfileShell(clang19().withRustc(null)).run(cmd)).isEqualTo("n\n");
        ProfileShell ok = new ProfileShell(clang19());
        ok.run(cmd);
        assertThat(ok.provenance().get(cmd)).isEqualTo("rustc.version, bindgen.version, bindgen.libclangVersion");
    }

    @Test
    void ccOptionProbesFollowTheFlagPolicy() {
        ToolchainProfile p = gcc();
        ProfileShell sh = new ProfileShell(p);
        assertThat(sh.run(ccOption(p, "-mfoo"))).isEqualTo("y\n");
        assertThat(sh.provenance().get(ccOption(p, "-mfoo"))).isEqualTo("cc.kind, flagProbes.defaultAnswer");
        assertThat(sh.run(ccOption(p, "-fsanitize=kcfi"))).isEqualTo("n\n");
        assertThat(sh.provenance().get(ccOption(p, "-fsanitize=kcfi")))
                .isEqualTo("cc.kind, flagProbes.perFlag[cc:-fsanitize=kcfi]");
        assertThat(sh.run(ccOption(p, "-fsanitize=kcfi -fsanitize-cfi-icall-experimental-normalize-integers")))
                .isEqualTo("n\n");
        // The simple form from the brief, and the cc-option-bit form.
        assertThat(sh.run(success("gcc -Werror -mfoo -c -x c /dev/null -o /dev/null"))).isEqualTo("y\n");
        assertThat(sh.run("{ gcc -Werror -m64 -E -x c /dev/null -o /dev/null; } >/dev/null 2>&1 && echo \"-m64\""
                + " || echo \"\"")).isEqualTo("-m64\n");
        assertThat(sh.assumptions()).isEmpty();

        ToolchainProfile strict = p.withFlagProbes(new FlagProbes(ProbeAnswer.UNSUPPORTED, java.util.Map.of(
                "-mfoo", true, "cc:-fbar", true, "-fbar", false)));
        ProfileShell sh2 = new ProfileShell(strict);
        assertThat(sh2.run(success("gcc -Werror -mfoo -c -x c /dev/null -o /dev/null"))).isEqualTo("y\n");
        assertThat(sh2.run(success("gcc -Werror -fbar -c -x c /dev/null -o /dev/null"))).isEqualTo("y\n");
        assertThat(sh2.run(success("gcc -Werror -mbaz -c -x c /dev/null -o /dev/null"))).isEqualTo("n\n");
        assertThat(sh2.run(success("gcc -Werror -mfoo -mbaz -c -x c /dev/null -o /dev/null"))).isEqualTo("n\n");
        // No feature flags at all: compiling an empty file works.
        assertThat(sh2.run(success("gcc -Werror -c -x c /dev/null -o /dev/null"))).isEqualTo("y\n");
    }

    @Test
    void clangFlagsAreNotProbedThemselves() {
        ToolchainProfile p = clang19().withFlagProbes(new FlagProbes(ProbeAnswer.UNSUPPORTED,
                java.util.Map.of("-fsanitize=kcfi", true)));
        ProfileShell sh = new ProfileShell(p);
        assertThat(sh.run(ccOption(p, "-fsanitize=kcfi"))).isEqualTo("y\n");
        assertThat(sh.run(ccOption(p, "-fsanitize=kernel-address"))).isEqualTo("n\n");
    }

    @Test
    void ldAsAndRustcProbes() {
        ToolchainProfile p = gcc().withFlagProbes(new FlagProbes(ProbeAnswer.SUPPORTED, java.util.Map.of(
                "ld:--no-such", false, "as:bogus %eax", false, "rustc:-Zbad", false)));
        ProfileShell sh = new ProfileShell(p);
        assertThat(sh.run(success("ld -v --gc-sections"))).isEqualTo("y\n");
        assertThat(sh.run("ld -v --gc-sections")).isEqualTo("GNU ld (GNU Binutils) 2.43\n");
        assertThat(sh.run(success("ld -v --no-such"))).isEqualTo("n\n");
        String asInstr = "printf \"%b\\n\" \"%s\" | gcc  -m64 -Wa,--fatal-warnings -c -x assembler-with-cpp -o /dev/null -";
        assertThat(sh.run(success(asInstr.replace("%s", "movq %rax, %rbx")))).isEqualTo("y\n");
        assertThat(sh.run(success(asInstr.replace("%s", "bogus %eax")))).isEqualTo("n\n");
        String rustcOption = "trap \"rm -rf .tmp_$$\" EXIT; mkdir .tmp_$$; rustc %s --crate-type=rlib /dev/null"
                + " --out-dir=.tmp_$$ -o .tmp_$$/tmp.rlib";
        assertThat(sh.run(success(rustcOption.replace("%s", "-Cforce-frame-pointers=yes")))).isEqualTo("y\n");
        assertThat(sh.run(success(rustcOption.replace("%s", "-Zbad")))).isEqualTo("n\n");
        assertThat(new ProfileShell(p.withRustc(null)).run(success(rustcOption.replace("%s", "-Cx"))))
                .isEqualTo("n\n");
        assertThat(sh.assumptions()).isEmpty();
        // C snippet piped into the compiler, as in init/Kconfig's asm goto tests.
        assertThat(sh.run(success("echo 'void foo(void) { asm inline (\"\"); }' | gcc -x c - -c -o /dev/null")))
                .isEqualTo("y\n");
        assertThat(sh.assumptions()).isEmpty();
    }

    @Test
    void toolVersionOutputs() {
        ProfileShell sh = new ProfileShell(gcc());
        assertThat(sh.run("bindgen --version workaround-for-0.69.0 2>/dev/null")).isEqualTo("bindgen 0.71.1\n");
        assertThat(sh.run("rustc --version")).isEqualTo("rustc 1.85.0\n");
        assertThat(sh.run("rustc --version --verbose")).contains("LLVM version: 19.1.7\n");
        assertThat(sh.run("LC_ALL=C gcc --version | head -n 1")).isEqualTo("gcc (GCC) 14.2.0\n");
        assertThat(sh.run("pahole --version")).isEqualTo("v1.28\n");
        assertThat(new ProfileShell(clang19()).run("clang --version | head -n 1"))
                .isEqualTo("clang version 19.1.7\n");
        assertThat(new ProfileShell(gcc().withBindgen(null))
                .run("bindgen --version workaround-for-0.69.0 2>/dev/null")).isEmpty();
        assertThat(new ProfileShell(gcc().withPahole(null)).run(S + "/scripts/pahole-version.sh pahole"))
                .isEqualTo("0\n");
        assertThat(new ProfileShell(gcc().withPahole(new Pahole("1.9"))).run("pahole --version")).isEqualTo("v1.9\n");
        assertThat(sh.assumptions()).isEmpty();
    }

    @Test
    void commandV() {
        ProfileShell sh = new ProfileShell(gcc());
        assertThat(sh.run("command -v gcc")).isEqualTo("/usr/bin/gcc\n");
        assertThat(sh.run(success("command -v ld"))).isEqualTo("y\n");
        assertThat(sh.run(success("command -v bindgen"))).isEqualTo("y\n");
        assertThat(sh.run(success("command -v echo"))).isEqualTo("y\n");
        assertThat(new ProfileShell(gcc().withBindgen(null)).run(success("command -v bindgen"))).isEqualTo("n\n");
        assertThat(sh.assumptions()).isEmpty();
        assertThat(sh.run(success("command -v python3"))).isEqualTo("n\n");
        assertThat(sh.assumptions()).singleElement().satisfies(a -> {
            assertThat(a.answerGiven()).isEqualTo("n\n");
            assertThat(a.reason()).contains("python3");
        });
    }

    @Test
    void unknownCommandsBecomeAssumptions() {
        ProfileShell sh = new ProfileShell(gcc());
        assertThat(sh.run("uname -m")).isEmpty();
        String wrapped = success(S + "/scripts/some-unknown-check.sh gcc");
        assertThat(sh.run(wrapped)).isEqualTo("n\n");
        assertThat(sh.run("echo $(uname)")).isEmpty();
        assertThat(sh.run("sleep 1 &")).isEmpty();
        assertThat(sh.run(success("test -e /usr/lib/gcc/plugin/include/plugin-version.h"))).isEqualTo("n\n");
        assertThat(sh.assumptions()).extracting(Assumption::command).containsExactly(
                "uname -m", wrapped, "echo $(uname)", "sleep 1 &",
                success("test -e /usr/lib/gcc/plugin/include/plugin-version.h"));
        assertThat(sh.assumptions().get(0).reason()).contains("no answer for command 'uname -m'");
        assertThat(sh.assumptions().get(1).answerGiven()).isEqualTo("n\n");
        assertThat(sh.assumptions().get(2).reason()).contains("command substitution");
        assertThat(sh.provenance()).doesNotContainKey("uname -m");
        // Recorded once even when asked again.
        sh.run("uname -m");
        assertThat(sh.assumptions()).hasSize(5);
        sh.clearRecords();
        assertThat(sh.assumptions()).isEmpty();
        assertThat(sh.provenance()).isEmpty();
    }

    @Test
    void capabilityScriptsAndGccPluginsFollowTheFlagProbePolicy() {
        ToolchainProfile p = gcc().withFlagProbes(ToolchainProfile.FlagProbes.ALL_SUPPORTED
                .withFlag("script:cc-can-link.sh -m32", false).withFlag("cc:gcc-plugins", false));
        ProfileShell sh = new ProfileShell(p);
        String link64 = success(S + "/scripts/cc-can-link.sh gcc -m64");
        String link32 = success(S + "/scripts/cc-can-link.sh gcc -m32");
        assertThat(sh.run(link64)).isEqualTo("y\n");
        assertThat(sh.run(link32)).isEqualTo("n\n");
        assertThat(sh.probes()).containsEntry(link32, java.util.List.of("script:cc-can-link.sh -m32"));
        String pluginDir = sh.run("gcc -print-file-name=plugin").strip();
        assertThat(sh.run(success("test -e " + pluginDir + "/include/plugin-version.h"))).isEqualTo("n\n");
        assertThat(sh.assumptions()).isEmpty();
        assertThat(sh.provenance().get(link32)).contains("flagProbes.perFlag[script:cc-can-link.sh -m32]");
    }

    @Test
    void shellSubset() {
        ProfileShell sh = new ProfileShell(gcc(), MinToolVersions.LINUX_7_1, java.util.Map.of("srctree", S));
        assertThat(sh.run("echo 'single $quoted' \"double $CC\" back\\ slash")).isEqualTo(
                "single $quoted double gcc back slash\n");
        assertThat(sh.run("echo a; echo b")).isEqualTo("a\nb\n");
        assertThat(sh.run("echo -n a; echo b")).isEqualTo("ab\n");
        assertThat(sh.run("false || echo x && echo y")).isEqualTo("x\ny\n");
        assertThat(sh.run("true && false || echo z")).isEqualTo("z\n");
        assertThat(sh.run("! false && echo neg")).isEqualTo("neg\n");
        assertThat(sh.run("echo hidden >/dev/null; echo shown")).isEqualTo("shown\n");
        assertThat(sh.run("echo err 1>&2")).isEmpty();
        assertThat(sh.run("( echo sub; exit 3 ); echo $?")).isEqualTo("sub\n3\n");
        assertThat(sh.run("X=1; echo $X ${X}")).isEqualTo("1 1\n");
        assertThat(sh.run("echo $srctree")).isEqualTo(S + "\n");
        assertThat(sh.run("echo $$")).isEqualTo(ShellInterpreter.PID + "\n");
        assertThat(sh.run("printf \"%b\\n\" 'a\\tb'")).isEqualTo("a\tb\n");
        assertThat(sh.run("printf '%s-%s\\n' a b c")).isEqualTo("a-b\nc-\n");
        assertThat(sh.run("echo one  two | cat")).isEqualTo("one two\n");
        assertThat(sh.run("echo a # comment")).isEqualTo("a\n");
        assertThat(sh.run("env CC=clang sh_not_here")).isEmpty();
        assertThat(sh.assumptions()).hasSize(1);
    }

    @Test
    void binutilsIdentityProbes() {
        ProfileShell gnu = new ProfileShell(gcc());
        ProfileShell llvm = new ProfileShell(clang19());
        String nm = "{ %s --help | head -n 1 | grep -qi llvm; } >/dev/null 2>&1 && echo \"y\" || echo \"n\"";
        String objcopy = "{ %s --version | head -n1 | grep -qv llvm; } >/dev/null 2>&1 && echo \"y\" || echo \"n\"";
        assertThat(gnu.run(nm.formatted("nm"))).isEqualTo("n\n");
        assertThat(llvm.run(nm.formatted("llvm-nm"))).isEqualTo("y\n");
        assertThat(llvm.run(nm.formatted("llvm-ar"))).isEqualTo("y\n");
        assertThat(gnu.run(objcopy.formatted("objcopy"))).isEqualTo("y\n");
        assertThat(llvm.run(objcopy.formatted("llvm-objcopy"))).isEqualTo("n\n");
        assertThat(gnu.run("printf 'a\\n\\nb\\n' | grep -v a")).isEqualTo("\nb\n");
        assertThat(gnu.assumptions()).isEmpty();
        assertThat(llvm.assumptions()).isEmpty();
    }

    @Test
    void rustcVersionSixTwelveAndSevenOne() {
        ToolchainProfile p = clang19().withRustc(new Rustc("1.78.0", "18.1.2"));
        String cmd = success(S + "/scripts/rust_is_available.sh");
        assertThat(new ProfileShell(p, MinToolVersions.LINUX_6_12).run(cmd)).isEqualTo("y\n");
        assertThat(new ProfileShell(p, MinToolVersions.LINUX_7_1).run(cmd)).isEqualTo("n\n");
    }
}
