package org.kconfigexplorer.app.ui.changes;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kconfigexplorer.app.ui.explorer.ExplorerViewModel;
import org.kconfigexplorer.app.ui.explorer.Problem;
import org.kconfigexplorer.kconfig.config.AtomicFiles;
import org.kconfigexplorer.kconfig.config.ConfigReader;
import org.kconfigexplorer.kconfig.config.ConfigWriter;
import org.kconfigexplorer.kconfig.config.FragmentWriter;
import org.kconfigexplorer.kconfig.model.Diagnostic;
import org.kconfigexplorer.kconfig.model.KconfigModel;
import org.kconfigexplorer.kconfig.model.Symbol;

/**
 * The "Changes" panel's state: every option that differs from its default (or, after Load
 * .config, from the loaded file), each revertible as an undoable step; loading and saving
 * .config; and comparing the current state with another .config file.
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
    private final ObservableList<Change> changes = FXCollections.observableArrayList();
    private final ObjectProperty<Baseline> baseline = new SimpleObjectProperty<>(this, "baseline", Baseline.DEFAULTS);
    private final ReadOnlyBooleanWrapper configLoaded = new ReadOnlyBooleanWrapper(this, "configLoaded");
    private final ReadOnlyStringWrapper loadedFile = new ReadOnlyStringWrapper(this, "loadedFile", "");
    private final ObservableList<ConfigComparison.Difference> comparison = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper comparedWith = new ReadOnlyStringWrapper(this, "comparedWith", "");
    /** After Load .config: each option's value then, and the user values then. */
    private Map<String, String> loadedValues;
    private Map<String, String> loadedUserValues;

    public ChangesViewModel(ExplorerViewModel explorer) {
        this.explorer = explorer;
        explorer.revisionProperty().addListener((obs, old, now) -> refresh());
        explorer.sessionProperty().addListener((obs, old, now) -> forgetLoaded());
        baseline.addListener((obs, old, now) -> refresh());
    }

    private void forgetLoaded() {
        loadedValues = null;
        loadedUserValues = null;
        configLoaded.set(false);
        loadedFile.set("");
        comparison.clear();
        comparedWith.set("");
        baseline.set(Baseline.DEFAULTS);
        refresh();
    }

    /** Recomputes the list from the model. */
    public void refresh() {
        KconfigModel model = explorer.model();
        if (model == null) {
            changes.clear();
            return;
        }
        List<Change> out = new ArrayList<>();
        if (baseline.get() == Baseline.LOADED && loadedValues != null) {
            Map<String, String> now = ConfigComparison.current(model);
            Set<String> names = new LinkedHashSet<>(now.keySet());
            names.addAll(loadedValues.keySet());
            for (String name : names) {
                String value = now.getOrDefault(name, "");
                String was = loadedValues.getOrDefault(name, "");
                if (value.equals(was)) {
                    continue;
                }
                Symbol sym = model.symbol(name);
                String user = sym == null ? null : sym.userValue();
                boolean revertible = sym != null && !Objects.equals(user, loadedUserValues.get(name));
                out.add(new Change(name, value.isEmpty() ? "(not written)" : value, was.isEmpty() ? "(not written)" : was,
                        revertible, revertible ? "" : "follows other options"));
            }
        } else {
            for (FragmentWriter.Entry e : FragmentWriter.changedEntries(model)) {
                Symbol sym = e.symbol();
                out.add(new Change(sym.name(), sym.stringValue(), model.defaultValue(sym) + " by default", true,
                        e.inEffect() ? "" : "you asked for " + e.value() + ", not in effect now"));
            }
        }
        changes.setAll(out);
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
            loadedValues = ConfigComparison.current(model);
            loadedUserValues = new LinkedHashMap<>();
            for (Symbol s : model.definedSymbols()) {
                if (s.hasUserValue()) {
                    loadedUserValues.put(s.name(), s.userValue());
                }
            }
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

    /** Compares the current state with another .config file (read in the background). */
    public void compareWith(Path file) {
        if (explorer.model() == null) {
            return;
        }
        explorer.background("Reading " + file, () -> Files.readString(file, StandardCharsets.UTF_8), text -> {
            List<ConfigComparison.Difference> diffs = ConfigComparison.compare(explorer.model(), text);
            comparison.setAll(diffs);
            comparedWith.set(file.toString());
            explorer.report(diffs.isEmpty() ? "No differences from " + file
                    : diffs.size() + (diffs.size() == 1 ? " difference" : " differences") + " from " + file);
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
}
