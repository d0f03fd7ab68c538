package org.kconfigexplorer.app.ui.fix;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kconfigexplorer.app.ui.explorer.ExplorerViewModel;
import org.kconfigexplorer.app.ui.explorer.UserFacingException;
import org.kconfigexplorer.app.ui.menu.OptionRow;
import org.kconfigexplorer.kconfig.fix.FixFinder;
import org.kconfigexplorer.kconfig.fix.FixRequest;
import org.kconfigexplorer.kconfig.fix.FixResult;
import org.kconfigexplorer.kconfig.fix.FixSuggestion;
import org.kconfigexplorer.kconfig.fix.ProfileChange;
import org.kconfigexplorer.kconfig.fix.ProfileMutations;
import org.kconfigexplorer.kconfig.fix.SideEffect;
import org.kconfigexplorer.kconfig.fix.SymbolChange;
import org.kconfigexplorer.kconfig.model.KconfigModel;
import org.kconfigexplorer.kconfig.model.Symbol;
import org.kconfigexplorer.kconfig.model.SymbolType;
import org.kconfigexplorer.kconfig.session.ExplorerSession;
import org.kconfigexplorer.kconfig.toolchain.MinToolVersions;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfile;

/**
 * The details' "Fix" section: for the selected symbol, a requested value and the verified
 * ways to reach it (profile changes, option settings, what they override, what else changes),
 * smallest first, each of which can be applied as one undoable step.
 *
 * <p>The search runs in the background on a copy of the session (same tree, same profile,
 * same user values), because the fix finder tries candidates on the model it is given. With
 * the host toolchain there is no profile to change: the copy keeps this machine's answers
 * ({@link ExplorerSession#copy()}) and only option changes are suggested, which every result
 * says ({@link #HOST_NOTE}).
 */
public final class FixViewModel {

    /** Side effects listed per suggestion; the rest are counted. */
    static final int SHOWN_SIDE_EFFECTS = 8;

    /**
     * One suggestion as the user reads it.
     *
     * @param rank           1 for the smallest
     * @param title          "1. 3 changes (verified)"
     * @param profileChanges e.g. "C compiler: Clang 19.1.7 with LLVM=1 (the LLVM major of rustc)"
     * @param optionChanges  e.g. "EXPERT = y (was n)"
     * @param conflicts      the user's settings it overrides, e.g. "RUST: your n becomes y"
     * @param sideEffects    e.g. "RUSTC_CLANG_LLVM_COMPATIBLE: n \u2192 y"
     */
    public record Item(int rank, String title, List<String> profileChanges, List<String> optionChanges,
                       List<String> conflicts, List<String> sideEffects, FixSuggestion suggestion) {
    }

    /**
     * Said with every host-mode result: the toolchain facts come from this machine, so only
     * option changes can be suggested.
     */
    static final String HOST_NOTE = ". Host toolchain: only option changes are suggested; the toolchain facts"
            + " (compiler, versions, flag support) stay as this machine reports them";

    private final ExplorerViewModel explorer;
    private final ReadOnlyStringWrapper symbol = new ReadOnlyStringWrapper(this, "symbol", "");
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(this, "available");
    private final ReadOnlyBooleanWrapper tristateTarget = new ReadOnlyBooleanWrapper(this, "tristateTarget");
    private final ObservableList<String> valueChoices = FXCollections.observableArrayList();
    private final StringProperty target = new SimpleStringProperty(this, "target", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper reason = new ReadOnlyStringWrapper(this, "reason", "");
    private final ReadOnlyStringWrapper blocking = new ReadOnlyStringWrapper(this, "blocking", "");
    private final ObservableList<Item> suggestions = FXCollections.observableArrayList();

    /** What the shown suggestions were computed against. */
    private ExplorerSession searchedSession;
    private boolean searchedHost;
    /** The profile searched with; null in host mode. */
    private ToolchainProfile searchedProfile;
    private MinToolVersions searchedMinimums;
    private List<Map.Entry<String, String>> searchedValues = List.of();
    private String searchedRequest = "";
    private long generation;

    public FixViewModel(ExplorerViewModel explorer) {
        this.explorer = explorer;
        explorer.describedRowProperty().addListener((obs, old, now) -> selectionChanged(now));
        explorer.sessionProperty().addListener((obs, old, now) -> selectionChanged(explorer.selectedRowProperty().get()));
    }

    private void selectionChanged(OptionRow row) {
        Symbol sym = row == null ? null : row.symbol();
        String name = sym == null ? "" : sym.name();
        if (name.equals(symbol.get()) && available.get() == (sym != null)) {
            return;
        }
        generation++;
        running.set(false);
        clearResult();
        symbol.set(name);
        available.set(sym != null && sym.isDefined());
        if (sym == null) {
            valueChoices.clear();
            tristateTarget.set(false);
            target.set("");
            return;
        }
        boolean tri = sym.type().isTristateLike();
        tristateTarget.set(tri);
        if (tri) {
            valueChoices.setAll(sym.type() == SymbolType.TRISTATE ? List.of("y", "m", "n") : List.of("y", "n"));
            target.set("y".equals(sym.stringValue()) ? "n" : "y");
        } else {
            valueChoices.clear();
            target.set(sym.stringValue());
        }
    }

    private void clearResult() {
        suggestions.clear();
        status.set("");
        reason.set("");
        blocking.set("");
        searchedSession = null;
    }

    /** Searches, in the background, for the ways to give the selected symbol the target value. */
    public void suggest() {
        ExplorerSession s = explorer.session();
        String name = symbol.get();
        String value = target.get() == null ? "" : target.get().strip();
        if (s == null || name.isEmpty() || running.get()) {
            return;
        }
        clearResult();
        FixRequest request = new FixRequest(name, value);
        boolean host = s.isHostMode();
        ToolchainProfile profile = host ? null : s.profile();
        MinToolVersions minimums = s.minimums();
        List<Map.Entry<String, String>> values = explorer.userValueSnapshot();
        long gen = ++generation;
        running.set(true);
        status.set("Searching for ways to set " + request + (host ? " (option changes only)" : "") + "\u2026");
        explorer.executor().run(() -> find(s, profile, values, request), r -> {
            if (gen != generation) {
                return;
            }
            running.set(false);
            searchedSession = s;
            searchedHost = host;
            searchedProfile = profile;
            searchedMinimums = minimums;
            searchedValues = values;
            searchedRequest = request.toString();
            show(r, host);
        }, e -> {
            if (gen != generation) {
                return;
            }
            running.set(false);
            status.set(e instanceof IllegalArgumentException ? "Cannot ask for " + request + ": " + e.getMessage()
                    : "The search failed: " + UserFacingException.messageOf(e));
        });
    }

    /**
     * Runs off the UI thread: the finder works on a fresh copy, never on the model the window
     * shows. With a profile it may also try other profiles; with the host toolchain (profile
     * null) the copy has this machine's answers and only option changes are tried.
     */
    private static FixResult find(ExplorerSession s, ToolchainProfile profile, List<Map.Entry<String, String>> values,
            FixRequest request) throws UserFacingException {
        ExplorerSession copy = profile == null ? s.copy() : s.withProfile(profile);
        if (copy.isHostMode() != (profile == null)) {
            throw new UserFacingException("the toolchain changed during the search; search again");
        }
        KconfigModel m = copy.model();
        List<KconfigModel.Assignment> assignments = new ArrayList<>();
        for (Map.Entry<String, String> e : values) {
            Symbol sym = m.symbol(e.getKey());
            if (sym != null) {
                assignments.add(new KconfigModel.Assignment(sym, e.getValue()));
            }
        }
        m.replaceUserValues(assignments);
        return copy.fixFinder().find(request, FixFinder.Options.defaults());
    }

    private void show(FixResult r, boolean host) {
        String note = host ? HOST_NOTE : "";
        switch (r.status()) {
            case ALREADY -> status.set(r.symbol() + " is already " + r.requested() + ": nothing to change");
            case UNREACHABLE -> {
                status.set(r.symbol() + "=" + r.requested() + " is unreachable (now " + r.current() + ")" + note);
                reason.set(r.reason() == null ? "" : r.reason());
                blocking.set(r.blocking() == null ? "" : r.blocking());
            }
            case FIXES -> {
                List<Item> items = new ArrayList<>();
                int rank = 1;
                for (FixSuggestion s : r.suggestions()) {
                    items.add(item(rank++, s));
                }
                suggestions.setAll(items);
                status.set(items.size() + (items.size() == 1 ? " way" : " ways") + " to set " + r.symbol() + "="
                        + r.requested() + " (now " + r.current() + "), smallest first, each verified" + note);
            }
            default -> { }
        }
    }

    static Item item(int rank, FixSuggestion s) {
        List<String> profile = s.profileChanges().stream().map(ProfileChange::description).toList();
        List<String> options = new ArrayList<>();
        List<String> conflicts = new ArrayList<>();
        for (SymbolChange c : s.changes()) {
            options.add(c.symbol() + " = " + shown(c.to()) + "   (was " + shown(c.from()) + ")");
        }
        for (SymbolChange c : s.conflicts()) {
            conflicts.add(c.symbol() + ": you set " + shown(c.userValue()) + "; it becomes " + shown(c.to()));
        }
        List<String> effects = new ArrayList<>();
        for (SideEffect e : s.sideEffects()) {
            if (effects.size() == SHOWN_SIDE_EFFECTS) {
                effects.add("\u2026 and " + (s.sideEffects().size() - SHOWN_SIDE_EFFECTS) + " more");
                break;
            }
            effects.add(e.symbol() + ": " + shown(e.from()) + " \u2192 " + shown(e.to())
                    + (e.selected() ? " (selected)" : ""));
        }
        String title = rank + ". " + s.size() + (s.size() == 1 ? " change" : " changes") + " (verified)";
        return new Item(rank, title, profile, options, conflicts, effects, s);
    }

    private static String shown(String v) {
        return v == null || v.isEmpty() ? "\"\"" : v;
    }

    /**
     * Applies a suggestion: its profile change and its option values, as one undoable step.
     * Refused (with a message) when the configuration changed since the search.
     */
    public void apply(Item item) {
        ExplorerSession s = explorer.session();
        if (item == null || s == null || searchedSession == null) {
            return;
        }
        if (explorer.isBusy()) {
            status.set("The explorer is busy: apply again when it is done");
            return;
        }
        if (s != searchedSession || s.isHostMode() != searchedHost
                || !Objects.equals(searchedProfile, s.isHostMode() ? null : s.profile())
                || !searchedValues.equals(explorer.userValueSnapshot())) {
            clearResult();
            status.set("The configuration changed since the search: press \u201cSuggest fixes\u201d again");
            return;
        }
        boolean needsProfile = !item.suggestion().profileChanges().isEmpty();
        Optional<ToolchainProfile> profile = needsProfile ? profileFor(item.suggestion()) : Optional.empty();
        if (needsProfile && profile.isEmpty()) {
            status.set("The profile change of suggestion " + item.rank() + " no longer applies");
            return;
        }
        List<Map.Entry<String, String>> values = new ArrayList<>();
        for (SymbolChange c : item.suggestion().changes()) {
            values.add(Map.entry(c.symbol(), c.to()));
        }
        String request = searchedRequest;
        String description = "Fix " + request;
        long gen = ++generation;
        clearResult();
        status.set("Applying " + description + "\u2026");
        explorer.applyFix(description, profile.orElse(null), values,
                failures -> {
                    if (gen == generation) {
                        status.set(failures.isEmpty() ? "Applied: " + request + " (Ctrl+Z undoes it)"
                                : "Applied, but " + failures.size() + " setting(s) were refused: "
                                        + failures.stream().map(f -> f.setting() + " (" + f.reason() + ")").toList());
                    }
                },
                why -> {
                    if (gen == generation) {
                        status.set("Not applied: " + why + ". Your options are unchanged; press \u201cSuggest fixes\u201d"
                                + " to search again");
                    }
                });
    }

    /** The profile a suggestion needs: the searched one with its catalogue changes applied (none in host mode). */
    private Optional<ToolchainProfile> profileFor(FixSuggestion s) {
        ToolchainProfile p = searchedProfile;
        if (p == null) {
            return Optional.empty();
        }
        for (ProfileChange change : s.profileChanges()) {
            ToolchainProfile base = p;
            Optional<ToolchainProfile> next = ProfileMutations.applicable(base, searchedMinimums, change.fields())
                    .stream().filter(m -> m.change().id().equals(change.id())).map(ProfileMutations.Mutation::result)
                    .findFirst();
            if (next.isEmpty()) {
                return Optional.empty();
            }
            p = next.get();
        }
        return Optional.of(p);
    }

    // ------------------------------------------------------------------ properties

    /** The selected symbol's name, empty when none. */
    public ReadOnlyStringProperty symbolProperty() {
        return symbol.getReadOnlyProperty();
    }

    /** True when a symbol is selected (the section is shown). */
    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    /** True for bool/tristate symbols: the target is picked from {@link #valueChoices()}. */
    public ReadOnlyBooleanProperty tristateTargetProperty() {
        return tristateTarget.getReadOnlyProperty();
    }

    /** y / m / n (y / n for bool); empty for int, hex and string symbols. */
    public ObservableList<String> valueChoices() {
        return valueChoices;
    }

    /** The requested value. */
    public StringProperty targetProperty() {
        return target;
    }

    /** True while the search runs. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** What the search found (or is doing), in words. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** For an unreachable request: why. */
    public ReadOnlyStringProperty reasonProperty() {
        return reason.getReadOnlyProperty();
    }

    /** For an unreachable request: the blocking expression with current values. */
    public ReadOnlyStringProperty blockingProperty() {
        return blocking.getReadOnlyProperty();
    }

    /** The suggestions, smallest first. */
    public ObservableList<Item> suggestions() {
        return suggestions;
    }
}
