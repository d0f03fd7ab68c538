package org.kconfigexplorer.app.ui.toolchain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kconfigexplorer.kconfig.explain.ToolchainFacts;
import org.kconfigexplorer.kconfig.explain.ToolchainProvenance;
import org.kconfigexplorer.kconfig.model.KconfigModel;
import org.kconfigexplorer.kconfig.model.Symbol;

/**
 * The toolchain profile's fields as the toolchain panel shows them, with the JSON field path
 * that validation messages and provenance use ("cc.version"). Pure.
 */
public enum ProfileField {
    CC_KIND("cc.kind", "C compiler"),
    CC_VERSION("cc.version", "C compiler version"),
    AS_KIND("as.kind", "Assembler"),
    AS_VERSION("as.version", "Assembler version"),
    LD_KIND("ld.kind", "Linker"),
    LD_VERSION("ld.version", "Linker version"),
    RUSTC("rustc", "rustc"),
    RUSTC_VERSION("rustc.version", "rustc version"),
    RUSTC_LLVM("rustc.llvmVersion", "rustc's LLVM version"),
    BINDGEN("bindgen", "bindgen"),
    BINDGEN_VERSION("bindgen.version", "bindgen version"),
    LIBCLANG("bindgen.libclangVersion", "bindgen's libclang version"),
    ARCH("arch", "ARCH"),
    LLVM("llvm", "LLVM=1"),
    CROSS_COMPILE("crossCompile", "CROSS_COMPILE"),
    PROBES("flagProbes.defaultAnswer", "Flag probes default");

    private final String path;
    private final String label;

    ProfileField(String path, String label) {
        this.path = path;
        this.label = label;
    }

    /** The JSON path, as in validation messages and provenance: "rustc.llvmVersion". */
    public String path() {
        return path;
    }

    public String label() {
        return label;
    }

    /** The field a provenance or error path is about ("flagProbes.perFlag.x" is PROBES). */
    public static Optional<ProfileField> ofPath(String path) {
        ProfileField best = null;
        for (ProfileField f : values()) {
            if (path.equals(f.path) || path.startsWith(f.path + ".")) {
                if (best == null || f.path.length() > best.path.length()) {
                    best = f;
                }
            }
        }
        if (best == null && path.startsWith("flagProbes")) {
            best = PROBES;
        }
        return Optional.ofNullable(best);
    }

    /**
     * Validation errors by field: each message ("cc.version: expected MAJOR.MINOR[.PATCH], got
     * \"x\"") goes to the field it names; messages naming no field go under null.
     */
    public static Map<ProfileField, List<String>> errorsByField(List<String> errors) {
        Map<ProfileField, List<String>> out = new LinkedHashMap<>();
        for (String e : errors) {
            int colon = e.indexOf(':');
            ProfileField f = colon < 0 ? null : ofPath(e.substring(0, colon)).orElse(null);
            out.computeIfAbsent(f, k -> new ArrayList<>()).add(e);
        }
        return out;
    }

    /** The profile fields behind a toolchain-derived symbol's value, in first-seen order. */
    public static Set<ProfileField> behind(KconfigModel model, Symbol sym, Map<String, String> provenance) {
        Set<ProfileField> fields = new LinkedHashSet<>();
        for (String path : ToolchainProvenance.fields(model, sym, provenance)) {
            ofPath(path).ifPresent(fields::add);
        }
        return fields;
    }

    /** The model's toolchain-derived symbols (fixed for a model: it depends on prompts and defaults only). */
    public static List<Symbol> toolchainDerived(KconfigModel model) {
        return model.derived(ToolchainDerived.class, ToolchainDerived::of).symbols();
    }

    /** The toolchain-derived symbols of a model, kept with it (any thread may compute them). */
    private record ToolchainDerived(List<Symbol> symbols) {

        static ToolchainDerived of(KconfigModel model) {
            List<Symbol> out = new ArrayList<>();
            for (Symbol sym : model.definedSymbols()) {
                if (ToolchainFacts.isToolchainDerived(sym)) {
                    out.add(sym);
                }
            }
            return new ToolchainDerived(List.copyOf(out));
        }
    }

    /** For every field, the toolchain-derived symbols whose values it produces. */
    public static Map<ProfileField, List<String>> affectedSymbols(KconfigModel model, Map<String, String> provenance) {
        Map<ProfileField, List<String>> out = new LinkedHashMap<>();
        for (Symbol sym : toolchainDerived(model)) {
            for (ProfileField f : behind(model, sym, provenance)) {
                out.computeIfAbsent(f, k -> new ArrayList<>()).add(sym.name());
            }
        }
        return out;
    }
}
