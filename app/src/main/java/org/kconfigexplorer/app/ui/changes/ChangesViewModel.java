package org.kconfigexplorer.app.ui.changes;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kconfigexplorer.app.ui.concurrent.BackgroundExecutor;
import org.kconfigexplorer.app.ui.explorer.ExplorerViewModel;
import org.kconfigexplorer.app.ui.explorer.Problem;
import org.kconfigexplorer.app.ui.explorer.UserFacingException;
import org.kconfigexplorer.kconfig.config.AtomicFiles;
import org.kconfigexplorer.kconfig.config.ConfigReader;
import org.kconfigexplorer.kconfig.config.ConfigWriter;
import org.kconfigexplorer.kconfig.config.FragmentWriter;
import org.kconfigexplorer.kconfig.model.Diagnostic;
import org.kconfigexplorer.kconfig.model.KconfigModel;
import org.kconfigexplorer.kconfig.model.Symbol;
import org.kconfigexplorer.kconfig.session.ExplorerSession;

/**
 * The "Changes" panel's state: every option that differs from its default (or, after Load
 * .config, from the loaded file), each revertible as an undoable step; loading and saving
 * .config; and comparing the current state with another .config file, kept up to date.
 *
 * <p>Changes against the defaults only look at the symbols with user values, so they are
 * listed on the UI thread. Comparing with a .config (the loaded one, or the one compared with)
 * needs every option's value, which after a change means evaluating the whole tree: on the
 * full x86_64 tree that is a frame's worth of work per toggle. So that comparison runs in the
 * background ({@link BackgroundExecutor}) on a copy of the session's tree
 * ({@link ExplorerSession#copy()}, parsed once and kept while a comparison is shown) given the
 * user's values of the moment; each change asks again, a result that arrives after a newer
 * request is dropped (and work that starts after a newer request skips itself), so the lists
 * always end with the latest state. {@link #updatingProperty()} is true in between.
 */
public final class ChangesViewModel {

    /** What changes are measured against. */
    public enum Baseline {
        DEFAULTS("the defaults"), LOADED("the loaded .config");

        private final String label;

        Baseline(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /**
     * One changed option.
     *
     * @param symbol     its name
     * @param value      its value now
     * @param was        its value in the baseline
     * @param revertible whether Revert can restore it (false when other options decide it)
     * @param note       e.g. "requested, but not in effect"
     */
    public record Change(String symbol, String value, String was, boolean revertible, String note) {
        /** "EXPERT = y (was n)". */
        public String text() {
            return symbol + " = " + value + "  (was " + was + ")" + (note.isEmpty() ? "" : " \u2014 " + note);
        }
    }

    private final ExplorerViewModel explorer;
    private final BackgroundExecutor executor;
    private final ObservableList<Change> changes = FXCollections.observableArrayList();
    private final ObjectProperty<Baseline> baseline = new SimpleObjectProperty<>(this, "baseline", Baseline.DEFAULTS);
    private final ReadOnlyBooleanWrapper configLoaded = new ReadOnlyBooleanWrapper(this, "configLoaded");
    private final ReadOnlyStringWrapper loadedFile = new ReadOnlyStringWrapper(this, "loadedFile", "");
    private final ObservableList<ConfigComparison.Difference> comparison = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper comparedWith = new ReadOnlyStringWrapper(this, "comparedWith", "");
    private final ReadOnlyBooleanWrapper updating = new ReadOnlyBooleanWrapper(this, "updating");
    /** After Load .config: each option's value then, and the user values then (never changed, only replaced). */
    private Map<String, String> loadedValues;
    private Map<String, String> loadedUserValues;
    /** After Compare: the other file's values (never changed, only replaced). */
    private Map<String, String> comparedValues;
    /** Set by Compare until its first result arrives: the file to report on. */
    private Path compareToReport;
    /** Bumped by every refresh; background results for an older one are dropped. */
    private final AtomicLong generation = new AtomicLong();
    /** The copy the background comparison evaluates (for one session and model), or null. */
    private ModelCopy copy;

    public ChangesViewModel(ExplorerViewModel explorer) {
        this.explorer = explorer;
        this.executor = explorer.executor();
        explorer.revisionProperty().addListener((obs, old, now) -> refresh());
        explorer.sessionProperty().addListener((obs, old, now) -> forgetLoaded());
        baseline.addListener((obs, old, now) -> refresh());
    }

    private void forgetLoaded() {
        loadedValues = null;
        loadedUserValues = null;
        comparedValues = null;
        compareToReport = null;
        copy = null;
        configLoaded.set(false);
        loadedFile.set("");
        comparison.clear();
        comparedWith.set("");
        baseline.set(Baseline.DEFAULTS);
        refresh();
    }

    /**
     * Brings the lists up to date with the model: changes against the defaults at once, the
     * comparison with the loaded or compared .config in the background (see the class comment).
     */
    public void refresh() {
        long gen = generation.incrementAndGet();
        KconfigModel model = explorer.model();
        if (model == null) {
            changes.clear();
            updating.set(false);
            return;
        }
        boolean againstLoaded = baseline.get() == Baseline.LOADED && loadedValues != null;
        if (!againstLoaded) {
            changes.setAll(againstDefaults(model));
        }
        if (!againstLoaded && comparedValues == null) {
            updating.set(false);
            return;
        }
        ExplorerSession session = explorer.session();
        if (copy == null || copy.live() != model) {
            copy = new ModelCopy(session, model);
        }
        Request request = new Request(explorer.userValueSnapshot(), againstLoaded ? loadedValues : null,
                againstLoaded ? loadedUserValues : null, comparedValues);
        ModelCopy target = copy;
        updating.set(true);
        executor.run(() -> gen == generation.get() ? target.compare(request) : null, outcome -> {
            if (gen != generation.get() || outcome == null) {
                return;
            }
            updating.set(false);
            if (outcome.changes() != null) {
                changes.setAll(outcome.changes());
            }
            if (outcome.differences() != null) {
                comparison.setAll(outcome.differences());
                reportComparison();
            }
        }, e -> {
            if (gen == generation.get()) {
                updating.set(false);
                explorer.report("Could not compare with the .config: " + UserFacingException.messageOf(e));
            }
        });
    }

    private void reportComparison() {
        Path file = compareToReport;
        if (file != null) {
            compareToReport = null;
            int n = comparison.size();
            explorer.report(n == 0 ? "No differences from " + file
                    : n + (n == 1 ? " difference" : " differences") + " from " + file);
        }
    }

    private static List<Change> againstDefaults(KconfigModel model) {
        List<Change> out = new ArrayList<>();
        for (FragmentWriter.Entry e : FragmentWriter.changedEntries(model)) {
            Symbol sym = e.symbol();
            out.add(new Change(sym.name(), sym.stringValue(), model.defaultValue(sym) + " by default", true,
                    e.inEffect() ? "" : "you asked for " + e.value() + ", not in effect now"));
        }
        return out;
    }

    /**
     * What one background comparison needs, all taken on the UI thread and never changed after.
     *
     * @param userValues       the user's values, by name, in the order given
     * @param loadedValues     the values of the loaded .config to list changes against, or null
     * @param loadedUserValues the user values right after loading it (with loadedValues)
     * @param comparedValues   the values of the file compared with, or null
     */
    record Request(List<Map.Entry<String, String>> userValues, Map<String, String> loadedValues,
                   Map<String, String> loadedUserValues, Map<String, String> comparedValues) { }

    /** A background comparison's result; a list is null when it was not asked for. */
    record Outcome(List<Change> changes, List<ConfigComparison.Difference> differences) { }

    /**
     * The session's tree parsed again (on first use, in the background) for one model the
     * window shows; only background work touches it, one request at a time.
     */
    static final class ModelCopy {
        private final ExplorerSession session;
        private final KconfigModel live;
        private KconfigModel model;

        ModelCopy(ExplorerSession session, KconfigModel live) {
            this.session = session;
            this.live = live;
        }

        KconfigModel live() {
            return live;
        }

        /** Off the UI thread: gives the copy the request's user values and compares. */
        synchronized Outcome compare(Request request) {
            if (model == null) {
                if (session.model() != live) {
                    return null; // the tree was reloaded since: a newer request follows
                }
                model = session.copy().model();
            }
            List<KconfigModel.Assignment> assignments = new ArrayList<>();
            for (Map.Entry<String, String> e : request.userValues()) {
                Symbol sym = model.symbol(e.getKey());
                if (sym != null) {
                    assignments.add(new KconfigModel.Assignment(sym, e.getValue()));
                }
            }
            model.replaceUserValues(assignments);
            return ChangesViewModel.compare(model, request);
        }
    }

    /** The comparison of {@code model} (holding the request's user values) with the request's files. */
    static Outcome compare(KconfigModel model, Request request) {
        Map<String, String> now = ConfigComparison.current(model);
        List<Change> out = null;
        if (request.loadedValues() != null) {
            Map<String, String> users = new HashMap<>();
            for (Map.Entry<String, String> e : request.userValues()) {
                users.put(e.getKey(), e.getValue());
            }
            out = new ArrayList<>();
            Set<String> names = new LinkedHashSet<>(now.keySet());
            names.addAll(request.loadedValues().keySet());
            for (String name : names) {
                String value = now.getOrDefault(name, "");
                String was = request.loadedValues().getOrDefault(name, "");
                if (value.equals(was)) {
                    continue;
                }
                Symbol sym = model.symbol(name);
                boolean revertible = sym != null && !Objects.equals(users.get(name), request.loadedUserValues().get(name));
                out.add(new Change(name, value.isEmpty() ? "(not written)" : value, was.isEmpty() ? "(not written)" : was,
                        revertible, revertible ? "" : "follows other options"));
            }
        }
        List<ConfigComparison.Difference> diffs = request.comparedValues() == null ? null
                : ConfigComparison.compare(model, now, request.comparedValues());
        return new Outcome(out, diffs);
    }

    /** Puts the option back to its baseline value, as one undoable step. */
    public void revert(Change change) {
        KconfigModel model = explorer.model();
        Symbol sym = model == null ? null : model.symbol(change.symbol());
        if (sym == null || !change.revertible() || explorer.isBusy()) {
            return;
        }
        explorer.change("Revert " + sym.name(), () -> {
            if (baseline.get() == Baseline.LOADED && loadedUserValues != null) {
                String old = loadedUserValues.get(sym.name());
                if (old == null) {
                    model.clearUserValue(sym);
                } else {
                    model.addUserValues(List.of(new KconfigModel.Assignment(sym, old)));
                }
            } else if (sym.choice() != null) {
                for (Symbol member : sym.choice().members()) {
                    member.model().clearUserValue(member);
                }
            } else {
                model.clearUserValue(sym);
            }
            return true;
        });
        explorer.report("Reverted " + sym.name() + " to " + sym.stringValue());
    }

    // ------------------------------------------------------------------ .config files

    /**
     * Reads a .config (in the background) and applies it as one undoable step; its warnings
     * (file:line) go to the problems. Afterwards changes are measured against it.
     */
    public void loadConfig(Path file) {
        if (explorer.model() == null || explorer.isBusy()) {
            return;
        }
        explorer.background("Reading " + file, () -> Files.readString(file, StandardCharsets.UTF_8), text -> {
            KconfigModel model = explorer.model();
            List<Diagnostic> warnings = new ArrayList<>();
            explorer.change("Load " + file.getFileName(), () -> {
                warnings.addAll(ConfigReader.read(model, text, file.toString()));
                return true;
            });
            List<Problem> problems = new ArrayList<>();
            for (Diagnostic d : warnings) {
                problems.add(Problem.of(d));
            }
            explorer.addProblems(problems);
            loadedValues = Collections.unmodifiableMap(ConfigComparison.current(model));
            Map<String, String> users = new LinkedHashMap<>();
            for (Map.Entry<String, String> e : explorer.userValueSnapshot()) {
                users.put(e.getKey(), e.getValue());
            }
            loadedUserValues = Collections.unmodifiableMap(users);
            loadedFile.set(file.toString());
            configLoaded.set(true);
            baseline.set(Baseline.LOADED);
            refresh();
            explorer.report("Loaded " + file + (warnings.isEmpty() ? "" : " with " + warnings.size()
                    + (warnings.size() == 1 ? " warning" : " warnings") + ": see Problems"));
        }, "Could not read " + file);
    }

    /** Writes the configuration as conf would (atomically; the previous file is kept as NAME.old). */
    public void saveConfig(Path file) {
        KconfigModel model = explorer.model();
        if (model == null || explorer.isBusy()) {
            return;
        }
        String text = ConfigWriter.write(model);
        explorer.background("Writing " + file, () -> {
            boolean existed = Files.exists(file);
            AtomicFiles.write(file, text);
            return existed;
        }, existed -> explorer.report("Saved " + file + (existed ? " (the previous one is kept as "
                + file.getFileName() + ".old)" : "")), "Could not save " + file);
    }

    /**
     * Compares the current state with another .config file (read and compared in the
     * background); the comparison follows every later change until the tree is reopened.
     */
    public void compareWith(Path file) {
        if (explorer.model() == null) {
            return;
        }
        explorer.background("Reading " + file,
                () -> Collections.unmodifiableMap(ConfigComparison.parse(Files.readString(file, StandardCharsets.UTF_8))),
                values -> {
                    comparedValues = values;
                    comparison.clear();
                    comparedWith.set(file.toString());
                    compareToReport = file;
                    refresh();
                }, "Could not read " + file);
    }

    // ------------------------------------------------------------------ properties

    public ObservableList<Change> changes() {
        return changes;
    }

    public ObjectProperty<Baseline> baselineProperty() {
        return baseline;
    }

    /** True once a .config was loaded (so changes can be measured against it). */
    public ReadOnlyBooleanProperty configLoadedProperty() {
        return configLoaded.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty loadedFileProperty() {
        return loadedFile.getReadOnlyProperty();
    }

    /** The differences from the file last compared with. */
    public ObservableList<ConfigComparison.Difference> comparison() {
        return comparison;
    }

    /** The file last compared with, or empty. */
    public ReadOnlyStringProperty comparedWithProperty() {
        return comparedWith.getReadOnlyProperty();
    }

    /** True while the comparison with a .config is being brought up to date in the background. */
    public ReadOnlyBooleanProperty updatingProperty() {
        return updating.getReadOnlyProperty();
    }
}
