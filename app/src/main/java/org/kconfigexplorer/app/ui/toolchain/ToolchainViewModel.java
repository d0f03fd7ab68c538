package org.kconfigexplorer.app.ui.toolchain;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.kconfigexplorer.app.ui.WhileShown;
import org.kconfigexplorer.app.ui.explorer.ExplorerViewModel;
import org.kconfigexplorer.app.ui.explorer.Problem;
import org.kconfigexplorer.kconfig.config.AtomicFiles;
import org.kconfigexplorer.kconfig.macro.HostShell;
import org.kconfigexplorer.kconfig.model.KconfigModel;
import org.kconfigexplorer.kconfig.session.ExplorerSession;
import org.kconfigexplorer.kconfig.toolchain.Assumption;
import org.kconfigexplorer.kconfig.toolchain.HostToolchainDetector;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfile;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfile.AsKind;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfile.CcKind;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfile.LdKind;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfile.ProbeAnswer;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfiles;

/**
 * The toolchain panel's state: the open tree's toolchain profile, field by field and editable.
 * Every edit is validated (messages name the field, as {@link ToolchainProfiles} words them)
 * and, when valid, re-evaluates the tree at once through the explorer (undoable; the user's
 * values are kept). For each field it lists the toolchain-derived symbols it produces, and it
 * lists the commands the profile could not answer. "Detect from this machine" runs only the
 * tools' --version commands and shows them before anything is applied.
 */
public final class ToolchainViewModel {

    /** Runs the detection for an ARCH (on the worker thread). */
    @FunctionalInterface
    public interface Detector {
        HostToolchainDetector.Detection detect(String arch) throws Exception;
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ExplorerViewModel explorer;
    private Detector detector;

    private final ObjectProperty<CcKind> ccKind = new SimpleObjectProperty<>(this, "ccKind", CcKind.GCC);
    private final StringProperty ccVersion = new SimpleStringProperty(this, "ccVersion", "");
    private final ObjectProperty<AsKind> asKind = new SimpleObjectProperty<>(this, "asKind", AsKind.GNU);
    private final StringProperty asVersion = new SimpleStringProperty(this, "asVersion", "");
    private final ObjectProperty<LdKind> ldKind = new SimpleObjectProperty<>(this, "ldKind", LdKind.BFD);
    private final StringProperty ldVersion = new SimpleStringProperty(this, "ldVersion", "");
    private final BooleanProperty hasRustc = new SimpleBooleanProperty(this, "hasRustc");
    private final StringProperty rustcVersion = new SimpleStringProperty(this, "rustcVersion", "");
    private final StringProperty rustcLlvm = new SimpleStringProperty(this, "rustcLlvm", "");
    private final BooleanProperty hasBindgen = new SimpleBooleanProperty(this, "hasBindgen");
    private final StringProperty bindgenVersion = new SimpleStringProperty(this, "bindgenVersion", "");
    private final StringProperty libclang = new SimpleStringProperty(this, "libclang", "");
    private final StringProperty arch = new SimpleStringProperty(this, "arch", "");
    private final BooleanProperty llvm = new SimpleBooleanProperty(this, "llvm");
    private final StringProperty crossCompile = new SimpleStringProperty(this, "crossCompile", "");
    private final ObjectProperty<ProbeAnswer> probes = new SimpleObjectProperty<>(this, "probes", ProbeAnswer.SUPPORTED);

    private final ObservableMap<ProfileField, String> errors = FXCollections.observableMap(new EnumMap<>(ProfileField.class));
    private final ReadOnlyStringWrapper otherErrors = new ReadOnlyStringWrapper(this, "otherErrors", "");
    private final ObservableMap<ProfileField, String> affects = FXCollections.observableMap(new EnumMap<>(ProfileField.class));
    private final ObservableList<String> assumptions = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper hostMode = new ReadOnlyBooleanWrapper(this, "hostMode");
    private final ReadOnlyStringWrapper modeText = new ReadOnlyStringWrapper(this, "modeText", "");
    private final ReadOnlyObjectWrapper<HostToolchainDetector.Detection> detection =
            new ReadOnlyObjectWrapper<>(this, "detection");
    private final ReadOnlyStringWrapper detectionText = new ReadOnlyStringWrapper(this, "detectionText", "");
    private final ObservableList<String> loadErrors = FXCollections.observableArrayList();
    private final ObservableList<String> loadedFiles = FXCollections.observableArrayList();

    /** The profile the fields were last filled from or produced. */
    private ToolchainProfile base;
    private boolean showing;
    private final WhileShown whileShown = new WhileShown(this::refresh);

    public ToolchainViewModel(ExplorerViewModel explorer, Detector detector) {
        this.explorer = explorer;
        this.detector = detector;
        // Change listeners, not invalidation ones: a field set by show() and not read since stays
        // invalid, and an invalidation listener would then miss the user's next edit of it.
        for (ObservableValue<?> o : List.<ObservableValue<?>>of(ccKind, ccVersion, asKind, asVersion, ldKind,
                ldVersion, hasRustc, rustcVersion, rustcLlvm, hasBindgen, bindgenVersion, libclang, arch, llvm,
                crossCompile, probes)) {
            o.addListener((obs, old, now) -> edited());
        }
        explorer.revisionProperty().addListener((obs, old, now) -> whileShown.request());
    }

    /**
     * Whether the panel is on screen. While it is not, the fields wait to follow the explorer
     * until it is: a hidden panel's fields were laid out anew on every preset change (5 to 10 ms of
     * a frame on x86_64).
     */
    public BooleanProperty activeProperty() {
        return whileShown.activeProperty();
    }

    /** The real detector: the tools' --version commands, run with the user's PATH. */
    public static Detector hostDetector() {
        return arch -> {
            Map<String, String> env = System.getenv();
            HostShell shell = new HostShell(Path.of(System.getProperty("user.home")), env);
            return new HostToolchainDetector(shell).detect(arch, env.getOrDefault("CC", "gcc"));
        };
    }

    /** Replaces the detector (tests use a fixed one). */
    public void setDetector(Detector detector) {
        this.detector = Objects.requireNonNull(detector);
    }

    // ------------------------------------------------------------------ following the explorer

    /** What {@link #affects} was worked out from: the model, the profile's answers, the defaults in effect. */
    private KconfigModel affectsModel;
    private Map<String, String> affectsProvenance;
    private List<Object> affectsDefaults;

    private void refresh() {
        ExplorerSession s = explorer.session();
        if (s == null) {
            return;
        }
        hostMode.set(s.isHostMode());
        modeText.set(s.isHostMode()
                ? "Host toolchain: this tree's $(shell,...) commands were run on this machine. Editing a field below "
                        + "switches to a toolchain profile, and then nothing is run."
                : "Toolchain profile \u201c" + s.profile().name() + "\u201d: the tree's $(shell,...) commands are "
                        + "answered from these fields; nothing is run.");
        ToolchainProfile current = s.isHostMode() ? null : s.profile();
        if (current != null && !current.equals(base)) {
            show(current);
        } else if (current == null && base == null) {
            ToolchainProfile fallback = explorer.presets().isEmpty() ? null : explorer.presets().get(0);
            if (fallback != null) {
                show(s.arch() == null ? fallback : fallback.withArch(s.arch()));
            }
        }
        KconfigModel model = explorer.model();
        Map<String, String> provenance = s.provenance();
        // Which symbols each field affects follows from the profile and the defaults in effect for
        // the toolchain-derived symbols: worked out again only when one of those changed.
        List<Object> activeDefaults = new ArrayList<>();
        for (org.kconfigexplorer.kconfig.model.Symbol sym : ProfileField.toolchainDerived(model)) {
            activeDefaults.add(model.activeDefault(sym));
        }
        if (model != affectsModel || !java.util.Objects.equals(provenance, affectsProvenance)
                || !activeDefaults.equals(affectsDefaults)) {
            affectsModel = model;
            affectsProvenance = provenance;
            affectsDefaults = activeDefaults;
            affects.clear();
            Map<ProfileField, List<String>> map = ProfileField.affectedSymbols(model, provenance);
            map.forEach((f, syms) -> affects.put(f, String.join(", ", syms)));
        }
        List<String> lines = new ArrayList<>();
        for (Assumption a : s.assumptions()) {
            lines.add(Problem.assumption(a).text());
        }
        assumptions.setAll(lines);
    }

    /** Fills the fields from {@code p} without applying anything. */
    private void show(ToolchainProfile p) {
        showing = true;
        try {
            base = p;
            ccKind.set(p.cc().kind());
            ccVersion.set(p.cc().version());
            asKind.set(p.as().kind());
            asVersion.set(p.as().version());
            ldKind.set(p.ld().kind());
            ldVersion.set(p.ld().version());
            hasRustc.set(p.rustc() != null);
            rustcVersion.set(p.rustc() == null ? "" : p.rustc().version());
            rustcLlvm.set(p.rustc() == null ? "" : p.rustc().llvmVersion());
            hasBindgen.set(p.bindgen() != null);
            bindgenVersion.set(p.bindgen() == null ? "" : p.bindgen().version());
            libclang.set(p.bindgen() == null ? "" : p.bindgen().libclangVersion());
            arch.set(p.arch());
            llvm.set(p.llvm());
            crossCompile.set(p.crossCompile());
            probes.set(p.flagProbes().defaultAnswer());
            errors.clear();
            otherErrors.set("");
        } finally {
            showing = false;
        }
    }

    // ------------------------------------------------------------------ editing

    private void edited() {
        if (showing || base == null) {
            return;
        }
        ToolchainProfiles.LoadResult r = ToolchainProfiles.fromTree(toJson());
        errors.clear();
        otherErrors.set("");
        if (!r.isOk()) {
            ProfileField.errorsByField(r.errors()).forEach((f, list) -> {
                if (f == null) {
                    otherErrors.set(String.join("\n", list));
                } else {
                    errors.put(f, String.join("\n", list));
                }
            });
            explorer.report("Toolchain not applied: " + String.join("; ", r.errors()));
            return;
        }
        ToolchainProfile p = r.profile();
        base = p;
        explorer.applyProfile(p);
    }

    private ObjectNode toJson() {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", base.id().endsWith("-edited") ? base.id() : base.id() + "-edited");
        n.put("name", base.name().endsWith(" (edited)") ? base.name() : base.name() + " (edited)");
        n.put("description", base.description());
        ObjectNode cc = n.putObject("cc");
        cc.put("kind", ccKind.get() == null ? "" : ccKind.get().name());
        cc.put("version", ccVersion.get().strip());
        ObjectNode ld = n.putObject("ld");
        ld.put("kind", ldKind.get() == null ? "" : ldKind.get().name());
        ld.put("version", ldVersion.get().strip());
        ObjectNode as = n.putObject("as");
        as.put("kind", asKind.get() == null ? "" : asKind.get().name());
        as.put("version", asVersion.get().strip());
        if (hasRustc.get()) {
            ObjectNode rustc = n.putObject("rustc");
            rustc.put("version", rustcVersion.get().strip());
            rustc.put("llvmVersion", rustcLlvm.get().strip());
        }
        if (hasBindgen.get()) {
            ObjectNode bindgen = n.putObject("bindgen");
            bindgen.put("version", bindgenVersion.get().strip());
            bindgen.put("libclangVersion", libclang.get().strip());
        }
        if (base.pahole() != null) {
            n.putObject("pahole").put("version", base.pahole().version());
        }
        n.put("arch", arch.get().strip());
        n.put("llvm", llvm.get());
        n.put("crossCompile", crossCompile.get().strip());
        ObjectNode fp = n.putObject("flagProbes");
        fp.put("defaultAnswer", probes.get() == null ? "" : probes.get().name());
        ObjectNode per = fp.putObject("perFlag");
        base.flagProbes().perFlag().forEach(per::put);
        return n;
    }

    // ------------------------------------------------------------------ detect, load, save

    /** Runs the detection in the background; its commands and output are shown, nothing applied yet. */
    public void detect() {
        String forArch = arch.get().isBlank() ? "x86_64" : arch.get().strip();
        Detector d = detector;
        explorer.background("Asking this machine's tools for their versions", () -> d.detect(forArch), det -> {
            detection.set(det);
            StringBuilder sb = new StringBuilder();
            for (HostToolchainDetector.Run run : det.runs()) {
                sb.append("$ ").append(run.command()).append('\n');
                String out = run.output().strip();
                sb.append(out.isEmpty() ? "(no output)" : out).append("\n\n");
            }
            for (String note : det.notes()) {
                sb.append("note: ").append(note).append('\n');
            }
            sb.append("\nDetected: ").append(ExplorerSession.describe(det.profile()));
            detectionText.set(sb.toString().strip());
            explorer.report("Detected " + det.profile().name() + ": review the commands, then Apply");
        }, "Could not detect the toolchain");
    }

    /** Applies the detected toolchain (after the user saw what was run). */
    public void applyDetection() {
        HostToolchainDetector.Detection det = detection.get();
        if (det == null) {
            return;
        }
        ExplorerSession s = explorer.session();
        ToolchainProfile p = s != null && s.arch() != null ? det.profile().withArch(s.arch()) : det.profile();
        discardDetection();
        show(p);
        explorer.applyProfile(p);
    }

    public void discardDetection() {
        detection.set(null);
        detectionText.set("");
    }

    /**
     * Loads a profile JSON file in the background. A valid one is added to the presets and
     * applied; a bad one shows its field-named errors and the current profile stays.
     */
    public void loadProfile(Path file) {
        explorer.background("Reading " + file, () -> ToolchainProfiles.load(file), r -> {
            if (!r.isOk()) {
                loadErrors.setAll(r.errors());
                explorer.fail("The profile " + file.getFileName() + " has errors; keeping "
                        + (explorer.session() == null ? "the current toolchain" : explorer.session().toolchainName())
                        + ": " + String.join("; ", r.errors()));
                return;
            }
            loadErrors.clear();
            addLoaded(r.profile(), file);
            ExplorerSession s = explorer.session();
            explorer.applyProfile(s != null && s.arch() != null ? r.profile().withArch(s.arch()) : r.profile());
        }, "Could not read " + file);
    }

    /** Adds a profile read from a file to the choices (replacing one with the same id). */
    public void addLoaded(ToolchainProfile p, Path file) {
        explorer.presets().removeIf(x -> x.id().equals(p.id()));
        explorer.presets().add(p);
        String name = file.toAbsolutePath().toString();
        loadedFiles.remove(name);
        loadedFiles.add(name);
    }

    /** Saves the current profile as JSON (atomically, the previous file kept as NAME.old). */
    public void saveProfile(Path file) {
        ExplorerSession s = explorer.session();
        if (s == null || s.isHostMode()) {
            explorer.report("There is no toolchain profile to save in host toolchain mode");
            return;
        }
        String json = ToolchainProfiles.toJson(s.profile());
        explorer.background("Writing " + file, () -> {
            AtomicFiles.write(file, json);
            return file;
        }, f -> explorer.report("Toolchain profile saved to " + f), "Could not save the profile to " + file);
    }

    // ------------------------------------------------------------------ properties

    public ObjectProperty<CcKind> ccKindProperty() {
        return ccKind;
    }

    public StringProperty ccVersionProperty() {
        return ccVersion;
    }

    public ObjectProperty<AsKind> asKindProperty() {
        return asKind;
    }

    public StringProperty asVersionProperty() {
        return asVersion;
    }

    public ObjectProperty<LdKind> ldKindProperty() {
        return ldKind;
    }

    public StringProperty ldVersionProperty() {
        return ldVersion;
    }

    public BooleanProperty hasRustcProperty() {
        return hasRustc;
    }

    public StringProperty rustcVersionProperty() {
        return rustcVersion;
    }

    public StringProperty rustcLlvmProperty() {
        return rustcLlvm;
    }

    public BooleanProperty hasBindgenProperty() {
        return hasBindgen;
    }

    public StringProperty bindgenVersionProperty() {
        return bindgenVersion;
    }

    public StringProperty libclangProperty() {
        return libclang;
    }

    public StringProperty archProperty() {
        return arch;
    }

    public BooleanProperty llvmProperty() {
        return llvm;
    }

    public StringProperty crossCompileProperty() {
        return crossCompile;
    }

    public ObjectProperty<ProbeAnswer> probesProperty() {
        return probes;
    }

    /** Validation messages by field (each starts with the field's JSON path). */
    public ObservableMap<ProfileField, String> errors() {
        return errors;
    }

    /** Validation messages that name no single field. */
    public ReadOnlyStringProperty otherErrorsProperty() {
        return otherErrors.getReadOnlyProperty();
    }

    /** For each field, the toolchain-derived symbols it produces ("CC_IS_CLANG, CLANG_VERSION"). */
    public ObservableMap<ProfileField, String> affects() {
        return affects;
    }

    /** The commands the profile could not answer, with what was assumed. */
    public ObservableList<String> assumptions() {
        return assumptions;
    }

    public ReadOnlyBooleanProperty hostModeProperty() {
        return hostMode.getReadOnlyProperty();
    }

    /** Where the toolchain facts come from, in plain words. */
    public ReadOnlyStringProperty modeTextProperty() {
        return modeText.getReadOnlyProperty();
    }

    /** The detection waiting to be applied, or null. */
    public ReadOnlyObjectProperty<HostToolchainDetector.Detection> detectionProperty() {
        return detection.getReadOnlyProperty();
    }

    /** The commands the detection ran, their output, and notes. */
    public ReadOnlyStringProperty detectionTextProperty() {
        return detectionText.getReadOnlyProperty();
    }

    /** Errors of the profile file last loaded (empty when it was fine). */
    public ObservableList<String> loadErrors() {
        return loadErrors;
    }

    /** Profile files loaded (absolute paths), oldest first; the window remembers them. */
    public ObservableList<String> loadedFiles() {
        return loadedFiles;
    }
}
