package org.kconfigexplorer.app.ui.explorer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kconfigexplorer.app.ui.concurrent.BackgroundExecutor;
import org.kconfigexplorer.app.ui.details.SymbolDetailsViewModel;
import org.kconfigexplorer.app.ui.menu.OptionRow;
import org.kconfigexplorer.app.ui.menu.OptionToggle;
import org.kconfigexplorer.app.ui.menu.OptionTree;
import org.kconfigexplorer.app.ui.menu.SymbolSearch;
import org.kconfigexplorer.kconfig.config.AtomicFiles;
import org.kconfigexplorer.kconfig.model.Diagnostic;
import org.kconfigexplorer.kconfig.model.KconfigModel;
import org.kconfigexplorer.kconfig.model.Symbol;
import org.kconfigexplorer.kconfig.model.Tristate;
import org.kconfigexplorer.kconfig.session.ExplorerSession;
import org.kconfigexplorer.kconfig.toolchain.Assumption;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfile;

/**
 * The explorer window's state and actions: which tree and toolchain preset are open, the menu
 * rows, the selection and its details, the problems found, and the status line. All model work
 * that may take time (opening, reloading for another preset, writing files) goes through the
 * {@link BackgroundExecutor}; everything else happens on the caller's (UI) thread.
 */
public final class ExplorerViewModel {

    /** The option the product story is about. */
    public static final String RUST_INLINE_HELPERS = "RUST_INLINE_HELPERS";

    private final SessionSource source;
    private final BackgroundExecutor executor;
    private final String appVersion;

    private final ObservableList<ToolchainProfile> presets = FXCollections.observableArrayList();
    private final ObjectProperty<ToolchainProfile> selectedPreset = new SimpleObjectProperty<>(this, "selectedPreset");
    private final ReadOnlyObjectWrapper<OptionTree> tree = new ReadOnlyObjectWrapper<>(this, "tree");
    private final ObjectProperty<OptionRow> selectedRow = new SimpleObjectProperty<>(this, "selectedRow");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready");
    private final ReadOnlyBooleanWrapper rustHelpersAvailable = new ReadOnlyBooleanWrapper(this, "rustHelpersAvailable");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "Kconfig Explorer");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<String> lastError = new ReadOnlyObjectWrapper<>(this, "lastError");
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final ObservableList<Problem> problemsView = FXCollections.unmodifiableObservableList(problems);
    private final List<Problem> startupProblems = new ArrayList<>();
    private final SymbolDetailsViewModel details = new SymbolDetailsViewModel();

    private final Runnable modelListener = this::modelChanged;
    private ExplorerSession session;
    private KconfigModel model;
    private int busyCount;
    private boolean applyingPreset;
    private String lastQuery = "";

    public ExplorerViewModel(SessionSource source, List<ToolchainProfile> presets, BackgroundExecutor executor,
            String appVersion) {
        this.source = Objects.requireNonNull(source);
        this.executor = Objects.requireNonNull(executor);
        this.appVersion = appVersion;
        this.presets.setAll(presets);
        selectedPreset.addListener((obs, old, now) -> presetChosen(now));
        selectedRow.addListener((obs, old, now) -> details.show(model, now));
    }

    /** A problem found before opening (e.g. a bad command-line argument), listed with the tree's. */
    public void addStartupProblem(Problem problem) {
        startupProblems.add(problem);
        problems.add(problem);
    }

    // ------------------------------------------------------------------ opening and reloading

    /** Opens the tree with {@code profile} in the background. */
    public void open(ToolchainProfile profile) {
        applyingPreset = true;
        try {
            selectedPreset.set(profile);
        } finally {
            applyingPreset = false;
        }
        message.set("Loading " + source.describe() + "\u2026");
        begin();
        executor.run(() -> source.open(profile), this::opened, e -> {
            end();
            fail("Could not open " + source.describe() + ": " + UserFacingException.messageOf(e));
        });
    }

    private void opened(ExplorerSession s) {
        session = s;
        s.addReloadListener(m -> executor.onUiThread(() -> bind(m)));
        bind(s.model());
        end();
        message.set(loadMessage());
    }

    private String loadMessage() {
        long errors = session.diagnostics().stream().filter(Diagnostic::isError).count();
        if (errors > 0) {
            return "Loaded with " + errors + (errors == 1 ? " error" : " errors") + ": see Problems";
        }
        return "Loaded " + source.describe();
    }

    private void presetChosen(ToolchainProfile profile) {
        if (applyingPreset || profile == null || session == null || profile.equals(session.profile())) {
            return;
        }
        message.set("Switching to " + profile.name() + "\u2026");
        begin();
        ExplorerSession s = session;
        executor.run(() -> {
            s.changeProfile(profile);
            return s.profile();
        }, p -> {
            end();
            message.set("Toolchain: " + p.name());
        }, e -> {
            end();
            setPresetQuietly(s.profile());
            fail("Could not switch to " + profile.name() + ": " + UserFacingException.messageOf(e));
        });
    }

    private void setPresetQuietly(ToolchainProfile p) {
        applyingPreset = true;
        try {
            selectedPreset.set(p);
        } finally {
            applyingPreset = false;
        }
    }

    /** Points every view at a (new) model, keeping the selection where it was. */
    private void bind(KconfigModel newModel) {
        if (model != null) {
            model.removeChangeListener(modelListener);
        }
        OptionRow oldSelection = selectedRow.get();
        model = newModel;
        model.addChangeListener(modelListener);
        OptionTree newTree = OptionTree.of(model);
        tree.set(newTree);
        OptionRow reselect = oldSelection == null ? null : newTree.byKey(oldSelection.key())
                .filter(r -> sameEntry(r, oldSelection))
                .or(() -> oldSelection.symbol() == null ? Optional.empty()
                        : newTree.bySymbol(oldSelection.symbol().name()))
                .orElse(null);
        selectedRow.set(reselect);
        details.show(model, reselect);
        problems.setAll(startupProblems);
        for (Diagnostic d : session.diagnostics()) {
            problems.add(Problem.of(d));
        }
        for (Assumption a : session.assumptions()) {
            problems.add(Problem.assumption(a));
        }
        setPresetQuietly(session.profile());
        rustHelpersAvailable.set(model.symbol(RUST_INLINE_HELPERS) != null
                && model.symbol(RUST_INLINE_HELPERS).isDefined());
        String menuTitle = model.mainMenuTitle();
        title.set(menuTitle.startsWith("Kconfig Explorer") ? menuTitle : "Kconfig Explorer \u2014 " + menuTitle);
        updateSummary();
        ready.set(true);
    }

    private static boolean sameEntry(OptionRow a, OptionRow b) {
        return a.label().equals(b.label()) && a.kind() == b.kind();
    }

    private void modelChanged() {
        tree.get().refresh();
        details.show(model, selectedRow.get());
        updateSummary();
    }

    private void updateSummary() {
        long options = model.definedSymbols().size();
        summary.set(options + " options \u00b7 toolchain: " + session.profile().name());
    }

    private void begin() {
        busyCount++;
        busy.set(true);
    }

    private void end() {
        busyCount = Math.max(0, busyCount - 1);
        busy.set(busyCount > 0);
    }

    private void fail(String text) {
        problems.add(Problem.error(text));
        message.set(text);
        lastError.set(null);
        lastError.set(text);
    }

    // ------------------------------------------------------------------ changing values

    /**
     * Moves a bool/tristate option to its next allowed value (n, m, y, n...). Returns false
     * when the option cannot be changed now; the message says why.
     */
    public boolean toggle(OptionRow row) {
        Symbol sym = row == null ? null : row.symbol();
        if (!canEdit(sym)) {
            return false;
        }
        Optional<Tristate> next = OptionToggle.next(model, sym);
        if (next.isEmpty()) {
            message.set(sym.name() + " cannot be changed now"
                    + (sym.visibility() == Tristate.NO ? ": its preconditions are unmet" : ""));
            return false;
        }
        return setValue(row, next.get());
    }

    /** Sets a bool/tristate option to {@code value}; false (and a message) when not allowed now. */
    public boolean setValue(OptionRow row, Tristate value) {
        Symbol sym = row == null ? null : row.symbol();
        if (!canEdit(sym)) {
            return false;
        }
        if (sym.tristateValue() == value) {
            return true;
        }
        boolean ok = model.setTristate(sym, value);
        message.set(ok ? sym.name() + " = " + sym.stringValue()
                : sym.name() + " cannot be set to " + value.text() + " now");
        return ok;
    }

    private boolean canEdit(Symbol sym) {
        return sym != null && model != null && !busy.get() && sym.type().isTristateLike();
    }

    // ------------------------------------------------------------------ selection and search

    public void select(OptionRow row) {
        selectedRow.set(row);
    }

    /** Selects the entry defining {@code name}; false when the tree has no such symbol. */
    public boolean selectSymbol(String name) {
        Optional<OptionRow> row = tree.get() == null ? Optional.empty() : tree.get().bySymbol(name);
        row.ifPresent(selectedRow::set);
        return row.isPresent();
    }

    /** Opens the Rust inline helpers option, the one the product story is about. */
    public boolean showRustInlineHelpers() {
        boolean found = selectSymbol(RUST_INLINE_HELPERS);
        message.set(found ? RUST_INLINE_HELPERS + ": see its preconditions on the right"
                : "This tree has no " + RUST_INLINE_HELPERS);
        return found;
    }

    /**
     * Finds an entry by symbol name or prompt and selects it. Searching the same text again moves
     * on to the next match.
     */
    public Optional<OptionRow> search(String query) {
        if (tree.get() == null) {
            return Optional.empty();
        }
        List<OptionRow> matches = SymbolSearch.find(tree.get().rows(), query);
        if (matches.isEmpty()) {
            message.set("Nothing matches \u201c" + query.strip() + "\u201d");
            lastQuery = "";
            return Optional.empty();
        }
        int index = 0;
        if (query.strip().equalsIgnoreCase(lastQuery)) {
            int current = matches.indexOf(selectedRow.get());
            index = (current + 1) % matches.size();
        }
        lastQuery = query.strip();
        OptionRow found = matches.get(index);
        selectedRow.set(found);
        message.set(matches.size() == 1 ? "Found " + describe(found)
                : "Match " + (index + 1) + " of " + matches.size() + ": " + describe(found)
                        + " (Enter again for the next)");
        return Optional.of(found);
    }

    private static String describe(OptionRow row) {
        return row.symbol() != null ? row.symbol().name() : row.label();
    }

    // ------------------------------------------------------------------ export

    /** The .config fragment of the current changes. */
    public String fragmentText() {
        return session.fragment(appVersion);
    }

    /** A file name to suggest in the save dialog. */
    public String suggestedFragmentName() {
        return "kconfig-explorer.fragment.config";
    }

    /** Writes the fragment to {@code file} in the background (keeping an existing file as .old). */
    public void exportFragment(Path file) {
        if (session == null || busy.get()) {
            return;
        }
        String text = fragmentText();
        begin();
        message.set("Writing " + file + "\u2026");
        executor.run(() -> {
            AtomicFiles.write(file, text);
            return file;
        }, f -> {
            end();
            message.set("Fragment written to " + f);
        }, e -> {
            end();
            fail("Could not write the fragment to " + file + ": " + UserFacingException.messageOf(e));
        });
    }

    // ------------------------------------------------------------------ properties

    /** The executor the explorer's background work goes through (shared by its feature view models). */
    public BackgroundExecutor executor() {
        return executor;
    }

    public ObservableList<ToolchainProfile> presets() {
        return presets;
    }

    /** The toolchain preset; setting it reloads the tree with that toolchain. */
    public ObjectProperty<ToolchainProfile> selectedPresetProperty() {
        return selectedPreset;
    }

    /** The current menu tree; replaced when the tree is reloaded. */
    public ReadOnlyObjectProperty<OptionTree> treeProperty() {
        return tree.getReadOnlyProperty();
    }

    public OptionTree tree() {
        return tree.get();
    }

    public ObjectProperty<OptionRow> selectedRowProperty() {
        return selectedRow;
    }

    public SymbolDetailsViewModel details() {
        return details;
    }

    /** True while something runs in the background; editing is paused meanwhile. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public boolean isBusy() {
        return busy.get();
    }

    /** True once a tree has been loaded. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty rustHelpersAvailableProperty() {
        return rustHelpersAvailable.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** "N options · toolchain: NAME". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** What just happened, for the status bar. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The latest error worth an alert (set anew for each error). */
    public ReadOnlyObjectProperty<String> lastErrorProperty() {
        return lastError.getReadOnlyProperty();
    }

    /**
     * Problems found in the tree and while working with it, then (as information) the toolchain
     * questions the profile could not answer and what was assumed instead.
     */
    public ObservableList<Problem> problems() {
        return problemsView;
    }

    /** The open session, or null before (or if) opening succeeded. */
    public ExplorerSession session() {
        return session;
    }

    /** The current model, or null before (or if) opening succeeded. */
    public KconfigModel model() {
        return model;
    }
}
