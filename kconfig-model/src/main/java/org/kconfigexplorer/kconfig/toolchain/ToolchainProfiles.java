package org.kconfigexplorer.kconfig.toolchain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfile.As;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfile.AsKind;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfile.Bindgen;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfile.Cc;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfile.CcKind;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfile.FlagProbes;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfile.Ld;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfile.LdKind;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfile.Pahole;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfile.ProbeAnswer;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfile.Rustc;

/**
 * Loads, validates and saves {@link ToolchainProfile}s, and lists the bundled presets.
 *
 * <p>Loading never throws for bad input: it returns a {@link LoadResult} holding either the
 * profile or a list of errors, each starting with the JSON field it is about, e.g.
 * {@code cc.kind: expected GCC or CLANG, got "icc"}.
 */
public final class ToolchainProfiles {

    /** Classpath folder of the bundled presets (the build copies resources/toolchains there). */
    public static final String PRESET_FOLDER = "org/kconfigexplorer/resources/toolchains/";

    /** File in {@link #PRESET_FOLDER} listing the preset file names in order; the first is the default. */
    public static final String INDEX_FILE = "index.json";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern ARCH = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Pattern CROSS = Pattern.compile("[A-Za-z0-9_./+-]*");

    private static final Set<String> TOP_FIELDS = Set.of("id", "name", "description", "cc", "ld", "as", "rustc",
            "bindgen", "pahole", "arch", "llvm", "crossCompile", "flagProbes");

    private static volatile List<ToolchainProfile> presetCache;

    private ToolchainProfiles() {
    }

    /**
     * The outcome of loading a profile: exactly one of {@code profile} (non-null) or a non-empty
     * {@code errors} list.
     *
     * @param profile the profile, or null when there were errors
     * @param errors  error messages, each prefixed with the field path; empty on success
     */
    public record LoadResult(ToolchainProfile profile, List<String> errors) {
        public LoadResult {
            errors = List.copyOf(errors);
        }

        static LoadResult ok(ToolchainProfile profile) {
            return new LoadResult(Objects.requireNonNull(profile), List.of());
        }

        static LoadResult failed(List<String> errors) {
            return new LoadResult(null, errors);
        }

        /** True when the profile loaded without errors. */
        public boolean isOk() {
            return profile != null;
        }

        /** The profile, if it loaded. */
        public Optional<ToolchainProfile> asOptional() {
            return Optional.ofNullable(profile);
        }
    }

    // ---------------------------------------------------------------- loading

    /** Parses and validates a profile from JSON text. */
    public static LoadResult parse(String json) {
        if (json == null) {
            return LoadResult.failed(List.of("(document): no input"));
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            return LoadResult.failed(List.of("(document): not valid JSON: " + e.getOriginalMessage()
                    + location(e)));
        }
        return fromTree(root);
    }

    /** Parses and validates a profile from a JSON stream (UTF-8). The stream is not closed. */
    public static LoadResult load(InputStream in) {
        try {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return LoadResult.failed(List.of("(document): cannot read: " + e.getMessage()));
        }
    }

    /** Parses and validates a profile from a JSON file. */
    public static LoadResult load(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return LoadResult.failed(List.of("(document): cannot read " + file + ": " + e.getMessage()));
        }
    }

    /** Validates an already parsed JSON tree. */
    public static LoadResult fromTree(JsonNode root) {
        if (root == null || root.isMissingNode() || root.isNull()) {
            return LoadResult.failed(List.of("(document): empty"));
        }
        if (!root.isObject()) {
            return LoadResult.failed(List.of("(document): expected a JSON object, got " + describe(root)));
        }
        List<String> errors = new ArrayList<>();
        unknownFields(root, "", TOP_FIELDS, errors);

        String id = requiredString(root, "id", errors);
        if (id != null && !ID.matcher(id).matches()) {
            errors.add("id: expected letters, digits, '.', '_' or '-' (not starting with a symbol), got "
                    + quote(id));
        }
        String name = requiredString(root, "name", errors);
        if (name != null && name.isBlank()) {
            errors.add("name: must not be empty");
        }
        String description = optionalString(root, "description", "", errors);

        Cc cc = null;
        JsonNode ccNode = object(root, "cc", true, errors);
        if (ccNode != null) {
            unknownFields(ccNode, "cc.", Set.of("kind", "version"), errors);
            CcKind kind = enumField(ccNode, "cc.kind", CcKind.class, "GCC or CLANG", errors);
            String version = versionField(ccNode, "cc.version", errors);
            if (kind != null && version != null) {
                cc = new Cc(kind, version);
            }
        }
        Ld ld = null;
        JsonNode ldNode = object(root, "ld", true, errors);
        if (ldNode != null) {
            unknownFields(ldNode, "ld.", Set.of("kind", "version"), errors);
            LdKind kind = enumField(ldNode, "ld.kind", LdKind.class, "BFD or LLD", errors);
            String version = versionField(ldNode, "ld.version", errors);
            if (kind != null && version != null) {
                ld = new Ld(kind, version);
            }
        }
        As as = null;
        JsonNode asNode = object(root, "as", true, errors);
        if (asNode != null) {
            unknownFields(asNode, "as.", Set.of("kind", "version"), errors);
            AsKind kind = enumField(asNode, "as.kind", AsKind.class, "GNU or LLVM", errors);
            String version = versionField(asNode, "as.version", errors);
            if (kind != null && version != null) {
                as = new As(kind, version);
            }
        }
        Rustc rustc = null;
        JsonNode rustcNode = object(root, "rustc", false, errors);
        if (rustcNode != null) {
            unknownFields(rustcNode, "rustc.", Set.of("version", "llvmVersion"), errors);
            String version = versionField(rustcNode, "rustc.version", errors);
            String llvmVersion = versionField(rustcNode, "rustc.llvmVersion", errors);
            if (version != null && llvmVersion != null) {
                rustc = new Rustc(version, llvmVersion);
            }
        }
        Bindgen bindgen = null;
        JsonNode bindgenNode = object(root, "bindgen", false, errors);
        if (bindgenNode != null) {
            unknownFields(bindgenNode, "bindgen.", Set.of("version", "libclangVersion"), errors);
            String version = versionField(bindgenNode, "bindgen.version", errors);
            String libclang = versionField(bindgenNode, "bindgen.libclangVersion", errors);
            if (version != null && libclang != null) {
                bindgen = new Bindgen(version, libclang);
            }
        }
        Pahole pahole = null;
        JsonNode paholeNode = object(root, "pahole", false, errors);
        if (paholeNode != null) {
            unknownFields(paholeNode, "pahole.", Set.of("version"), errors);
            String version = versionField(paholeNode, "pahole.version", errors);
            if (version != null) {
                pahole = new Pahole(version);
            }
        }

        String arch = requiredString(root, "arch", errors);
        if (arch != null && !ARCH.matcher(arch).matches()) {
            errors.add("arch: expected a kernel ARCH name such as x86_64 or arm64, got " + quote(arch));
        }
        Boolean llvm = Boolean.FALSE;
        JsonNode llvmNode = root.get("llvm");
        if (llvmNode != null && !llvmNode.isNull()) {
            if (llvmNode.isBoolean()) {
                llvm = llvmNode.booleanValue();
            } else {
                errors.add("llvm: expected true or false, got " + describe(llvmNode));
                llvm = null;
            }
        }
        String crossCompile = optionalString(root, "crossCompile", "", errors);
        if (crossCompile != null && !CROSS.matcher(crossCompile).matches()) {
            errors.add("crossCompile: expected a command prefix such as aarch64-linux-gnu-, got "
                    + quote(crossCompile));
        }

        FlagProbes probes = FlagProbes.ALL_SUPPORTED;
        JsonNode probesNode = object(root, "flagProbes", false, errors);
        if (probesNode != null) {
            unknownFields(probesNode, "flagProbes.", Set.of("defaultAnswer", "perFlag"), errors);
            ProbeAnswer answer = ProbeAnswer.SUPPORTED;
            if (probesNode.has("defaultAnswer")) {
                answer = enumField(probesNode, "flagProbes.defaultAnswer", ProbeAnswer.class,
                        "SUPPORTED or UNSUPPORTED", errors);
            }
            Map<String, Boolean> perFlag = new LinkedHashMap<>();
            JsonNode per = probesNode.get("perFlag");
            if (per != null && !per.isNull()) {
                if (!per.isObject()) {
                    errors.add("flagProbes.perFlag: expected an object of flag -> true/false, got " + describe(per));
                } else {
                    for (Iterator<Map.Entry<String, JsonNode>> it = per.fields(); it.hasNext(); ) {
                        Map.Entry<String, JsonNode> e = it.next();
                        if (e.getKey().isBlank()) {
                            errors.add("flagProbes.perFlag: empty flag name");
                        } else if (!e.getValue().isBoolean()) {
                            errors.add("flagProbes.perFlag." + e.getKey() + ": expected true or false, got "
                                    + describe(e.getValue()));
                        } else {
                            perFlag.put(e.getKey(), e.getValue().booleanValue());
                        }
                    }
                }
            }
            if (answer != null) {
                probes = new FlagProbes(answer, perFlag);
            }
        }

        // Consistency between fields.
        if (Boolean.TRUE.equals(llvm)) {
            if (cc != null && cc.kind() != CcKind.CLANG) {
                errors.add("llvm: LLVM=1 builds with Clang, but cc.kind is " + cc.kind());
            }
            if (ld != null && ld.kind() != LdKind.LLD) {
                errors.add("llvm: LLVM=1 links with ld.lld, but ld.kind is " + ld.kind());
            }
        }
        if (as != null && cc != null && as.kind() == AsKind.LLVM && cc.kind() != CcKind.CLANG) {
            errors.add("as.kind: LLVM is Clang's integrated assembler, but cc.kind is " + cc.kind());
        }

        if (!errors.isEmpty()) {
            return LoadResult.failed(errors);
        }
        return LoadResult.ok(new ToolchainProfile(id, name, description, cc, ld, as, rustc, bindgen, pahole,
                arch, llvm, crossCompile, probes));
    }

    // ---------------------------------------------------------------- saving

    /** The profile as pretty-printed JSON, in the format {@link #parse(String)} reads. */
    public static String toJson(ToolchainProfile profile) {
        try {
            return MAPPER.writeValueAsString(profile) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the profile as JSON. */
    public static void save(ToolchainProfile profile, Path file) throws IOException {
        Files.writeString(file, toJson(profile), StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------- presets

    /**
     * The bundled presets in index order (the first is the default).
     *
     * @throws IllegalStateException when a bundled preset is missing or invalid (a packaging bug)
     */
    public static List<ToolchainProfile> presets() {
        List<ToolchainProfile> cached = presetCache;
        if (cached == null) {
            cached = List.copyOf(loadPresets());
            presetCache = cached;
        }
        return cached;
    }

    /** The default preset: the first one in the index. */
    public static ToolchainProfile defaultPreset() {
        return presets().get(0);
    }

    /** The bundled preset with this id, if any. */
    public static Optional<ToolchainProfile> preset(String id) {
        return presets().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The preset file names listed in the index, in order. */
    public static List<String> presetFileNames() {
        ClassLoader loader = loader();
        try (InputStream in = loader.getResourceAsStream(PRESET_FOLDER + INDEX_FILE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + PRESET_FOLDER + INDEX_FILE);
            }
            JsonNode index = MAPPER.readTree(in);
            if (!index.isArray()) {
                throw new IllegalStateException(INDEX_FILE + ": expected a JSON array of file names");
            }
            List<String> names = new ArrayList<>();
            index.forEach(n -> names.add(n.asText()));
            return names;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + PRESET_FOLDER + INDEX_FILE, e);
        }
    }

    private static List<ToolchainProfile> loadPresets() {
        ClassLoader loader = loader();
        List<ToolchainProfile> result = new ArrayList<>();
        for (String file : presetFileNames()) {
            try (InputStream in = loader.getResourceAsStream(PRESET_FOLDER + file)) {
                if (in == null) {
                    throw new IllegalStateException("preset listed in " + INDEX_FILE + " is missing: " + file);
                }
                LoadResult r = load(in);
                if (!r.isOk()) {
                    throw new IllegalStateException("invalid bundled preset " + file + ": " + r.errors());
                }
                result.add(r.profile());
            } catch (IOException e) {
                throw new IllegalStateException("cannot read preset " + file, e);
            }
        }
        if (result.isEmpty()) {
            throw new IllegalStateException(INDEX_FILE + " lists no presets");
        }
        return result;
    }

    private static ClassLoader loader() {
        ClassLoader cl = ToolchainProfiles.class.getClassLoader();
        return cl != null ? cl : ClassLoader.getSystemClassLoader();
    }

    // ---------------------------------------------------------------- helpers

    private static void unknownFields(JsonNode node, String prefix, Set<String> known, List<String> errors) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!known.contains(f)) {
                errors.add(prefix + f + ": unknown field (expected one of " + known.stream().sorted().toList() + ")");
            }
        }
    }

    private static String requiredString(JsonNode node, String field, List<String> errors) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            errors.add(field + ": missing");
            return null;
        }
        if (!v.isTextual()) {
            errors.add(field + ": expected a string, got " + describe(v));
            return null;
        }
        return v.textValue();
    }

    private static String optionalString(JsonNode node, String field, String dflt, List<String> errors) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return dflt;
        }
        if (!v.isTextual()) {
            errors.add(field + ": expected a string, got " + describe(v));
            return null;
        }
        return v.textValue();
    }

    /** The object at {@code field}; null (with an error if required) when absent or not an object. */
    private static JsonNode object(JsonNode node, String field, boolean required, List<String> errors) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                errors.add(field + ": missing");
            }
            return null;
        }
        if (!v.isObject()) {
            errors.add(field + ": expected an object, got " + describe(v));
            return null;
        }
        return v;
    }

    private static <E extends Enum<E>> E enumField(JsonNode node, String path, Class<E> type, String expected,
            List<String> errors) {
        String leaf = path.substring(path.lastIndexOf('.') + 1);
        JsonNode v = node.get(leaf);
        if (v == null || v.isNull()) {
            errors.add(path + ": missing");
            return null;
        }
        if (v.isTextual()) {
            for (E c : type.getEnumConstants()) {
                if (c.name().equals(v.textValue())) {
                    return c;
                }
            }
        }
        errors.add(path + ": expected " + expected + ", got " + describe(v));
        return null;
    }

    private static String versionField(JsonNode node, String path, List<String> errors) {
        String leaf = path.substring(path.lastIndexOf('.') + 1);
        JsonNode v = node.get(leaf);
        if (v == null || v.isNull()) {
            errors.add(path + ": missing");
            return null;
        }
        if (!v.isTextual() || !Version.isValid(v.textValue())) {
            errors.add(path + ": expected MAJOR.MINOR[.PATCH], got " + describe(v));
            return null;
        }
        return v.textValue();
    }

    private static String describe(JsonNode v) {
        if (v.isTextual()) {
            return quote(v.textValue());
        }
        if (v.isObject()) {
            return "an object";
        }
        if (v.isArray()) {
            return "an array";
        }
        return v.toString();
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    /** Visible for tests: a fresh mutable JSON object of the profile. */
    static ObjectNode toTree(ToolchainProfile profile) {
        return MAPPER.valueToTree(profile);
    }
}
