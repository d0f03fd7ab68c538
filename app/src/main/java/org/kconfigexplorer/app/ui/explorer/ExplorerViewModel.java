package org.kconfigexplorer.app.ui.explorer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kconfigexplorer.app.ui.concurrent.BackgroundExecutor;
import org.kconfigexplorer.app.ui.details.SymbolDetailsViewModel;
import org.kconfigexplorer.app.ui.changes.ChangesViewModel;
import org.kconfigexplorer.app.ui.fix.FixViewModel;
import org.kconfigexplorer.app.ui.menu.OptionFilter;
import org.kconfigexplorer.app.ui.menu.OptionLock;
import org.kconfigexplorer.app.ui.menu.OptionRow;
import org.kconfigexplorer.app.ui.menu.OptionToggle;
import org.kconfigexplorer.app.ui.menu.OptionTree;
import org.kconfigexplorer.kconfig.explain.SymbolRelations;
import org.kconfigexplorer.kconfig.search.SearchIndex;
import org.kconfigexplorer.kconfig.config.FragmentWriter;
import org.kconfigexplorer.app.ui.menu.ValueInput;
import org.kconfigexplorer.app.ui.toolchain.ToolchainViewModel;
import org.kconfigexplorer.app.ui.undo.UndoStack;
import org.kconfigexplorer.kconfig.config.AtomicFiles;
import org.kconfigexplorer.kconfig.config.FragmentWriter;
import org.kconfigexplorer.kconfig.config.SettingsApplier;
import org.kconfigexplorer.kconfig.model.Diagnostic;
import org.kconfigexplorer.kconfig.model.KconfigModel;
import org.kconfigexplorer.kconfig.model.Symbol;
import org.kconfigexplorer.kconfig.model.Tristate;
import org.kconfigexplorer.kconfig.model.UserInput;
import org.kconfigexplorer.kconfig.parse.ParseMonitor;
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
    /** Enter in the find field steps through at most this many matches. */
    private static final int MAX_MATCHES = 500;

    private SessionSource source;
    private final BackgroundExecutor executor;
    private final String appVersion;

    private final ObservableList<ToolchainProfile> presets = FXCollections.observableArrayList();
    private final ObjectProperty<ToolchainProfile> selectedPreset = new SimpleObjectProperty<>(this, "selectedPreset");
    private final ReadOnlyObjectWrapper<OptionTree> tree = new ReadOnlyObjectWrapper<>(this, "tree");
    /** The tree shown, for background work to plan against (a property is for the UI thread only). */
    private volatile OptionTree treeShown;
    private final ObjectProperty<OptionRow> selectedRow = new SimpleObjectProperty<>(this, "selectedRow");
    private final ReadOnlyObjectWrapper<OptionRow> describedRow = new ReadOnlyObjectWrapper<>(this, "describedRow");
    /** Whether {@link #describedRow} is to follow the selection in the next frame. */
    private boolean describePending;
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

    // ---- open kernel trees, undo, filters, value editing (toolchain panel and changes below) ----
    private final UndoStack undo = new UndoStack();
    private final ObjectProperty<OptionFilter> filter = new SimpleObjectProperty<>(this, "filter", OptionFilter.ALL);
    private final ReadOnlyObjectWrapper<Set<OptionRow>> shownRows = new ReadOnlyObjectWrapper<>(this, "shownRows");
    private final ReadOnlyIntegerWrapper filesParsed = new ReadOnlyIntegerWrapper(this, "filesParsed");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper hostMode = new ReadOnlyBooleanWrapper(this, "hostMode");
    private final ReadOnlyObjectWrapper<ExplorerSession> sessionProperty = new ReadOnlyObjectWrapper<>(this, "session");
    private final ReadOnlyObjectWrapper<SessionSource> openedSource = new ReadOnlyObjectWrapper<>(this, "openedSource");
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final List<Problem> workProblems = new ArrayList<>();
    private AtomicBoolean cancelFlag;
    private boolean profileRunning;
    private ToolchainTarget pendingProfile;
    private Runnable pendingDone;
    private Consumer<String> pendingFailed;
    private final ToolchainViewModel toolchain;
    private final ChangesViewModel changes;
    private final FixViewModel fix;

    private final Runnable modelListener = this::modelChanged;
    private ExplorerSession session;
    private KconfigModel model;
    /** The model's defined symbols (fixed for a model), kept so a change does not collect them again. */
    private List<Symbol> definedSymbols = List.of();
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
        selectedRow.addListener((obs, old, now) -> describeSoon());
        describedRow.addListener((obs, old, now) -> details.show(model, now));
        filter.addListener((obs, old, now) -> updateShownRows());
        toolchain = new ToolchainViewModel(this, ToolchainViewModel.hostDetector());
        changes = new ChangesViewModel(this);
        fix = new FixViewModel(this);
    }

    /** A problem found before opening (e.g. a bad command-line argument), listed with the tree's. */
    public void addStartupProblem(Problem problem) {
        startupProblems.add(problem);
        problems.add(problem);
    }

    // ------------------------------------------------------------------ opening and reloading

    /** Opens the tree with {@code profile} in the background. */
    public void open(ToolchainProfile profile) {
        openSource(source, profile);
    }

    /**
     * Opens another tree (a kernel tree, the embedded model) in the background, showing how many
     * files were parsed; {@link #cancelLoad()} stops it. Until it succeeds, the open tree stays;
     * if it fails or is cancelled, the open tree stays too.
     *
     * @param profile the toolchain profile (ignored by host-mode sources)
     */
    public void openSource(SessionSource newSource, ToolchainProfile profile) {
        if (loading.get()) {
            return;
        }
        if (profile != null) {
            setPresetQuietly(profile);
        }
        AtomicBoolean cancelled = new AtomicBoolean();
        cancelFlag = cancelled;
        filesParsed.set(0);
        loading.set(true);
        message.set("Loading " + newSource.describe() + "\u2026");
        begin();
        ParseMonitor monitor = new ParseMonitor(cancelled::get,
                n -> executor.onUiThread(() -> filesParsed.set(Math.max(filesParsed.get(), n))));
        executor.run(() -> {
            ExplorerSession opened = newSource.open(profile, monitor);
            OptionTree rows = prepare(opened.model());
            // The same tree opened again: planned here to keep the rows the views show.
            OptionTree current = treeShown;
            return new Prepared(opened, rows, current == null ? Optional.empty() : current.adoptionOf(rows));
        }, prepared -> {
            ExplorerSession s = prepared.session();
            loading.set(false);
            boolean newTree = session != null && newSource != source;
            source = newSource;
            if (newTree) {
                undo.clear();
                workProblems.clear();
            }
            opened(s, installed(prepared.adoption(), prepared.tree()));
        }, e -> {
            loading.set(false);
            end();
            if (session != null) {
                setPresetQuietly(session.profile());
            }
            if (e instanceof CancellationException) {
                message.set("Loading cancelled" + (session == null ? "" : "; still showing " + source.describe()));
                return;
            }
            fail("Could not open " + newSource.describe() + ": " + UserFacingException.messageOf(e)
                    + (session == null ? "" : " (still showing " + source.describe() + ")"));
        });
    }

    /** Stops the tree being loaded (at the next Kconfig file). */
    public void cancelLoad() {
        if (loading.get() && cancelFlag != null) {
            cancelFlag.set(true);
            message.set("Cancelling\u2026");
        }
    }

    /**
     * A session just opened, with its menu rows built in the background, and how the rows shown now
     * can show it (when it is the same tree again).
     */
    private record Prepared(ExplorerSession session, OptionTree tree, Optional<OptionTree.Adoption> adoption) { }

    /**
     * What a new model needs before it is shown, built on the calling (background) thread so that
     * binding it costs the UI thread little: the menu rows, and the indexes the search and the
     * relation views look things up in.
     */
    private static OptionTree prepare(KconfigModel m) {
        OptionTree rows = OptionTree.of(m);
        rows.promptedRows();
        SearchIndex.of(m);
        SymbolRelations.of(m);
        FragmentWriter.changedEntries(m); // keeps the menu order with the model
        m.userInput(); // the snapshot a first change takes for undo, ready
        org.kconfigexplorer.app.ui.toolchain.ProfileField.toolchainDerived(m);
        // Evaluated here, so that the first rows shown read cached values.
        for (Symbol sym : m.definedSymbols()) {
            sym.stringValue();
        }
        return rows;
    }

    /**
     * The rows to bind: those shown now re-pointed by {@code adoption} (planned in the background),
     * if it was planned against the rows still shown; else {@code built}.
     */
    private OptionTree installed(Optional<OptionTree.Adoption> adoption, OptionTree built) {
        return adoption.filter(a -> a.from() == tree.get()).map(OptionTree.Adoption::install).orElse(built);
    }

    private void opened(ExplorerSession s, OptionTree rows) {
        session = s;
        s.addReloadListener(m -> {
            OptionTree prepared = prepare(m);
            // The same tree under another toolchain: plan here to keep the rows the views show.
            OptionTree current = treeShown;
            Optional<OptionTree.Adoption> adoption = current == null ? Optional.empty()
                    : current.adoptionOf(prepared);
            executor.onUiThread(() -> {
                if (session == s) {
                    bind(m, installed(adoption, prepared));
                }
            });
        });
        bind(s.model(), rows);
        sessionProperty.set(s);
        openedSource.set(source);
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
        if (applyingPreset || profile == null || session == null) {
            return;
        }
        applyProfile(session.arch() == null ? profile : profile.withArch(session.arch()));
    }

    /**
     * Re-evaluates the open tree with {@code profile} in the background, keeping the user's
     * values; one undoable step, also when it leaves host mode (undo goes back to the host
     * toolchain, with the answers its commands gave). Changes asked for while one runs are
     * coalesced (the latest wins).
     */
    public void applyProfile(ToolchainProfile profile) {
        if (session == null || (!session.isHostMode() && profile.equals(session.profile()))) {
            return;
        }
        ToolchainTarget before = ToolchainTarget.current(session);
        ToolchainTarget after = ToolchainTarget.of(profile);
        runProfileChange(after, () -> undo.push(UndoStack.of("Toolchain: " + profile.name(),
                () -> runProfileChange(before, null), () -> runProfileChange(after, null))));
    }

    /**
     * A toolchain to switch to: a profile, or the host toolchain a session had (which only that
     * session can go back to).
     */
    private record ToolchainTarget(ToolchainProfile profile, ExplorerSession.Toolchain host, ExplorerSession of) {

        static ToolchainTarget of(ToolchainProfile profile) {
            return new ToolchainTarget(Objects.requireNonNull(profile), null, null);
        }

        static ToolchainTarget current(ExplorerSession s) {
            return s.isHostMode() ? new ToolchainTarget(null, s.toolchain(), s) : of(s.profile());
        }

        String name() {
            return profile != null ? profile.name() : host.name();
        }

        boolean isCurrent(ExplorerSession s) {
            return profile != null ? !s.isHostMode() && profile.equals(s.profile()) : s == of && s.isHostMode();
        }

        void applyTo(ExplorerSession s) throws UserFacingException {
            if (profile != null) {
                s.changeProfile(profile);
            } else if (s == of) {
                s.changeToolchain(host);
            } else {
                throw new UserFacingException("the host toolchain belonged to the tree opened before; open the "
                        + "tree again with the host toolchain");
            }
        }
    }

    private void runProfileChange(ToolchainTarget target, Runnable onDone) {
        runProfileChange(target, onDone, why -> { });
    }

    /**
     * Switches the toolchain in the background, then runs {@code onDone}; if the switch fails,
     * reports it and calls {@code onFailed} with "could not switch to NAME: reason" instead.
     */
    private void runProfileChange(ToolchainTarget target, Runnable onDone, Consumer<String> onFailed) {
        if (profileRunning) {
            pendingProfile = target;
            pendingDone = onDone;
            pendingFailed = onFailed;
            return;
        }
        profileRunning = true;
        message.set("Switching to " + target.name() + "\u2026");
        begin();
        ExplorerSession s = session;
        executor.run(() -> {
            target.applyTo(s);
            return s.toolchainName();
        }, name -> {
            profileRunning = false;
            end();
            message.set("Toolchain: " + name);
            if (onDone != null) {
                onDone.run();
            }
            runPendingProfile();
        }, e -> {
            profileRunning = false;
            end();
            setPresetQuietly(s.profile());
            String reason = UserFacingException.messageOf(e);
            fail("Could not switch to " + target.name() + ": " + reason);
            onFailed.accept("could not switch to " + target.name() + ": " + reason);
            runPendingProfile();
        });
    }

    private void runPendingProfile() {
        ToolchainTarget next = pendingProfile;
        Runnable done = pendingDone;
        Consumer<String> failed = pendingFailed;
        pendingProfile = null;
        pendingDone = null;
        pendingFailed = null;
        if (next != null && session != null && !next.isCurrent(session)) {
            runProfileChange(next, done, failed);
        }
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
    private void bind(KconfigModel newModel, OptionTree newTree) {
        if (model != null) {
            model.removeChangeListener(modelListener);
        }
        OptionRow oldSelection = selectedRow.get();
        model = newModel;
        definedSymbols = model.definedSymbols();
        model.addChangeListener(modelListener);
        // The same tree reloaded: keep the rows the views show, re-pointed (if not done already).
        OptionTree shown = tree.get() == null || newTree.root() == tree.get().root() ? newTree
                : tree.get().adopt(newTree).orElse(newTree);
        treeShown = shown;
        tree.set(shown);
        OptionRow reselect = oldSelection == null ? null : shown.byKey(oldSelection.key())
                .filter(r -> sameEntry(r, oldSelection))
                .or(() -> oldSelection.symbol() == null ? Optional.empty()
                        : shown.bySymbol(oldSelection.symbol().name()))
                .orElse(null);
        selectedRow.set(reselect);
        details.setProvenance(session.provenance());
        details.show(model, reselect);
        problems.setAll(startupProblems);
        for (Diagnostic d : session.diagnostics()) {
            problems.add(Problem.of(d));
        }
        for (Assumption a : session.assumptions()) {
            problems.add(Problem.assumption(a));
        }
        problems.addAll(workProblems);
        hostMode.set(session.isHostMode());
        setPresetQuietly(session.profile());
        updateShownRows();
        revision.set(revision.get() + 1);
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
        if (filter.get() == OptionFilter.CHANGED) {
            updateShownRows();
        }
        revision.set(revision.get() + 1);
    }

    private void updateSummary() {
        long options = definedSymbols.size();
        summary.set(options + " options \u00b7 toolchain: " + session.toolchainName());
    }

    private void updateShownRows() {
        OptionTree t = tree.get();
        shownRows.set(t == null ? null : filter.get().shownRows(t, () -> {
            Set<String> changed = new HashSet<>();
            for (FragmentWriter.Entry e : FragmentWriter.changedEntries(model)) {
                changed.add(e.symbol().name());
            }
            return changed;
        }));
    }

    private void begin() {
        busyCount++;
        busy.set(true);
    }

    private void end() {
        busyCount = Math.max(0, busyCount - 1);
        busy.set(busyCount > 0);
    }

    /** Shows {@code text} in the status line. */
    public void report(String text) {
        message.set(text);
    }

    /** Adds problems found while working (e.g. reading a .config); kept until another tree is opened. */
    public void addProblems(List<Problem> found) {
        workProblems.addAll(found);
        problems.addAll(found);
    }

    /** Reports a failure: in the problems, the status line and an alert. */
    public void fail(String text) {
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
        boolean ok = change(sym.name() + " = " + value.text(), () -> model.setTristate(sym, value));
        message.set(ok ? sym.name() + " = " + sym.stringValue()
                : sym.name() + " cannot be set to " + value.text() + " now");
        return ok;
    }

    /**
     * Sets an int, hex or string option (or a bool/tristate by letter) to typed text. Returns
     * null when done, else why the value was refused (also in the status line).
     */
    public String setText(OptionRow row, String text) {
        Symbol sym = row == null ? null : row.symbol();
        if (sym == null || model == null || busy.get()) {
            return "nothing to change";
        }
        String value = text == null ? "" : text.strip();
        if (sym.type().isTristateLike()) {
            Tristate t = value.isEmpty() ? null : Tristate.fromLetter(value.charAt(0));
            String why = t == null ? sym.name() + " takes y, m or n" : setValue(row, t) ? null
                    : sym.name() + " cannot be " + t.text() + " now: " + OptionLock.status(model, sym);
            if (why != null) {
                message.set(why);
            }
            return why;
        }
        String why = ValueInput.whyRejected(model, sym, value);
        if (why != null) {
            message.set(sym.name() + ": " + why);
            return why;
        }
        change(sym.name() + " = " + value, () -> model.setUserValue(sym, value));
        message.set(sym.name() + " = " + sym.stringValue());
        return null;
    }

    /**
     * Runs a change of user values as one undoable step (nothing is recorded when the values
     * stay as they were). Returns what {@code action} returned.
     */
    public boolean change(String description, BooleanSupplier action) {
        if (model == null) {
            return false;
        }
        UserInput before = model.userInput();
        boolean ok = action.getAsBoolean();
        UserInput after = model.userInput();
        if (!before.equals(after)) {
            undo.push(UndoStack.of(description, () -> restoreUserInput(before), () -> restoreUserInput(after)));
        }
        return ok;
    }

    /** Puts back user values and choice orders (by name: the model may have been reloaded since). */
    private void restoreUserInput(UserInput input) {
        model.restoreUserInput(input);
    }

    /**
     * Applies a fix suggestion as ONE undoable step: first the toolchain profile (if it differs,
     * re-evaluated in the background and keeping the user's values), then the option values on
     * the resulting model, each retried until no more progress is made (so RUST_INLINE_HELPERS
     * may come before RUST). Undo restores the profile and the values as they were before.
     * Exactly one of {@code onDone} and {@code onFailed} is called.
     *
     * @param profile  the profile the fix needs, or null to keep the current one
     * @param values   NAME, VALUE pairs to set
     * @param onDone   called on the UI thread with the settings that could not be applied
     * @param onFailed called on the UI thread with why nothing was applied (e.g. "could not
     *                 switch to Clang 19: ..."); the user's option values are then unchanged
     */
    public void applyFix(String description, ToolchainProfile profile, List<Map.Entry<String, String>> values,
            Consumer<List<SettingsApplier.Failure>> onDone, Consumer<String> onFailed) {
        if (session == null || model == null) {
            onFailed.accept("no tree is open");
            return;
        }
        if (busy.get()) {
            onFailed.accept("the explorer is busy; try again when it is done");
            return;
        }
        ExplorerSession s = session;
        UserInput beforeValues = model.userInput();
        ToolchainProfile beforeProfile = s.isHostMode() ? null : s.profile();
        boolean switchProfile = profile != null && beforeProfile != null && !profile.equals(beforeProfile);
        Runnable setValues = () -> {
            if (session != s) {
                onFailed.accept("another tree was opened meanwhile");
                return;
            }
            List<SettingsApplier.Failure> failures = SettingsApplier.applyValues(model, values);
            UserInput afterValues = model.userInput();
            if (switchProfile) {
                ToolchainProfile afterProfile = s.profile();
                undo.push(UndoStack.of(description,
                        () -> runProfileChange(ToolchainTarget.of(beforeProfile), () -> restoreUserInput(beforeValues)),
                        () -> runProfileChange(ToolchainTarget.of(afterProfile), () -> restoreUserInput(afterValues))));
            } else if (!beforeValues.equals(afterValues)) {
                undo.push(UndoStack.of(description, () -> restoreUserInput(beforeValues),
                        () -> restoreUserInput(afterValues)));
            }
            message.set(failures.isEmpty() ? "Applied: " + description
                    : "Applied with " + failures.size() + " setting(s) refused: " + failures.get(0).setting()
                            + " (" + failures.get(0).reason() + ")");
            onDone.accept(failures);
        };
        if (switchProfile) {
            runProfileChange(ToolchainTarget.of(profile), setValues, onFailed);
        } else {
            setValues.run();
        }
    }

    /** The user's values now, by name, in the order given (for a background copy of the model). */
    public List<Map.Entry<String, String>> userValueSnapshot() {
        return model == null ? List.of() : model.userInput().values();
    }

    /** Undoes the latest change (values, toolchain, reverts, loaded .config). */
    public void undo() {
        if (!busy.get()) {
            undo.undo().ifPresent(d -> message.set("Undone: " + d));
        }
    }

    /** Redoes the latest undone change. */
    public void redo() {
        if (!busy.get()) {
            undo.redo().ifPresent(d -> message.set("Redone: " + d));
        }
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
     * Finds an entry by symbol name, prompt or help text (the search panel's index and ranking) and
     * selects it. Searching the same text again moves on to the next match.
     */
    public Optional<OptionRow> search(String query) {
        if (tree.get() == null) {
            return Optional.empty();
        }
        List<OptionRow> matches = tree.get().find(query, MAX_MATCHES);
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

    /**
     * Selects the symbol a problem's file:line is about (the config entry defined there, or the
     * option a .config line sets), reading the file in the background. Problems without a place
     * are ignored.
     */
    public void selectProblem(Problem problem) {
        if (problem == null || !problem.hasLocation() || session == null) {
            return;
        }
        ExplorerSession s = session;
        executor.run(() -> {
            Optional<String> text = s.readSource(problem.file());
            if (text.isEmpty() && Files.isRegularFile(Path.of(problem.file()))) {
                text = Optional.of(Files.readString(Path.of(problem.file())));
            }
            return text.flatMap(t -> ProblemTarget.symbolAt(List.of(t.split("\n", -1)), problem.line()));
        }, name -> {
            if (name.isPresent() && selectSymbol(name.get())) {
                message.set(problem.file() + ":" + problem.line() + " is about " + name.get());
            } else {
                message.set("No option is defined at " + problem.file() + ":" + problem.line());
            }
        }, e -> message.set("Could not read " + problem.file() + ": " + UserFacingException.messageOf(e)));
    }

    /**
     * Runs {@code work} in the background while the window shows it is busy; a failure is
     * reported as "{@code failure}: reason".
     */
    public <T> void background(String what, java.util.concurrent.Callable<T> work, Consumer<T> onSuccess,
            String failure) {
        begin();
        message.set(what + "\u2026");
        executor.run(work, r -> {
            end();
            onSuccess.accept(r);
        }, e -> {
            end();
            fail(failure + ": " + UserFacingException.messageOf(e));
        });
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

    /** The undo history. */
    public UndoStack undoStack() {
        return undo;
    }

    /** Which entries the menu tree shows. */
    public ObjectProperty<OptionFilter> filterProperty() {
        return filter;
    }

    /** The rows the menu tree shows under the filter (with their ancestors); null: all. */
    public ReadOnlyObjectProperty<Set<OptionRow>> shownRowsProperty() {
        return shownRows.getReadOnlyProperty();
    }

    /** How many Kconfig files the load in progress has parsed. */
    public ReadOnlyIntegerProperty filesParsedProperty() {
        return filesParsed.getReadOnlyProperty();
    }

    /** True while a tree is being loaded (it can be cancelled). */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** True when the open tree's commands run on this machine (the user chose the host toolchain). */
    public ReadOnlyBooleanProperty hostModeProperty() {
        return hostMode.getReadOnlyProperty();
    }

    /** The open session; replaced when another tree is opened. */
    public ReadOnlyObjectProperty<ExplorerSession> sessionProperty() {
        return sessionProperty.getReadOnlyProperty();
    }

    /** Where the open tree came from; set after each successful open. */
    public ReadOnlyObjectProperty<SessionSource> openedSourceProperty() {
        return openedSource.getReadOnlyProperty();
    }

    /** Increases whenever the values or the tree change. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** The toolchain panel. */
    public ToolchainViewModel toolchain() {
        return toolchain;
    }

    /** The changes list, .config files and comparisons. */
    public ChangesViewModel changes() {
        return changes;
    }

    /** The details' fix suggestions for the selected symbol. */
    public FixViewModel fix() {
        return fix;
    }

    /** The source being shown (or being opened first). */
    public SessionSource source() {
        return source;
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

    /**
     * The row the side panels describe (details, relations, source, graph, fix): the selection, a
     * frame after it changes in the window. The list then shows a new selection at once and the
     * panels in the next frame, each frame doing half the work; a quick run of selections (arrow
     * keys held down) describes the last one.
     */
    public ReadOnlyObjectProperty<OptionRow> describedRowProperty() {
        return describedRow.getReadOnlyProperty();
    }

    private void describeSoon() {
        if (!describePending) {
            describePending = true;
            executor.inNextFrame(() -> {
                describePending = false;
                describedRow.set(selectedRow.get());
            });
        }
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
