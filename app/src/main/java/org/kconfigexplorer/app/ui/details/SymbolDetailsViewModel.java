package org.kconfigexplorer.app.ui.details;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kconfigexplorer.app.ui.WhileShown;
import org.kconfigexplorer.app.ui.conditions.ConditionPresenter;
import org.kconfigexplorer.app.ui.conditions.ConditionRow;
import org.kconfigexplorer.app.ui.menu.OptionLock;
import org.kconfigexplorer.app.ui.menu.OptionRow;
import org.kconfigexplorer.app.ui.menu.OptionToggle;
import org.kconfigexplorer.app.ui.menu.ValueInput;
import org.kconfigexplorer.app.ui.toolchain.ProfileField;
import org.kconfigexplorer.kconfig.explain.ExprFormatter;
import org.kconfigexplorer.kconfig.explain.SymbolRelations;
import org.kconfigexplorer.kconfig.explain.Preconditions;
import org.kconfigexplorer.kconfig.explain.ToolchainFacts;
import org.kconfigexplorer.kconfig.model.KconfigModel;
import org.kconfigexplorer.kconfig.model.MenuNode;
import org.kconfigexplorer.kconfig.model.SourceLocation;
import org.kconfigexplorer.kconfig.model.Symbol;
import org.kconfigexplorer.kconfig.model.Tristate;

/**
 * The right-hand panel's state for the selected entry: what it is, its value, where it is
 * defined, its help, and its preconditions as display rows with advice.
 */
public final class SymbolDetailsViewModel {

    private final ReadOnlyBooleanWrapper hasSelection = new ReadOnlyBooleanWrapper(this, "hasSelection");
    private final ReadOnlyBooleanWrapper hasSymbol = new ReadOnlyBooleanWrapper(this, "hasSymbol");
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "name", "");
    private final ReadOnlyStringWrapper prompt = new ReadOnlyStringWrapper(this, "prompt", "");
    private final ReadOnlyStringWrapper type = new ReadOnlyStringWrapper(this, "type", "");
    private final ReadOnlyStringWrapper value = new ReadOnlyStringWrapper(this, "value", "");
    private final ReadOnlyStringWrapper valueOrigin = new ReadOnlyStringWrapper(this, "valueOrigin", "");
    private final ReadOnlyStringWrapper changeability = new ReadOnlyStringWrapper(this, "changeability", "");
    private final ReadOnlyStringWrapper definedAt = new ReadOnlyStringWrapper(this, "definedAt", "");
    private final ReadOnlyStringWrapper menuPath = new ReadOnlyStringWrapper(this, "menuPath", "");
    private final ReadOnlyStringWrapper selectedBy = new ReadOnlyStringWrapper(this, "selectedBy", "");
    private final ReadOnlyStringWrapper help = new ReadOnlyStringWrapper(this, "help", "");
    private final ReadOnlyObjectWrapper<ConditionRow> preconditions = new ReadOnlyObjectWrapper<>(this, "preconditions");
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper(this, "verdict", "");
    private final ReadOnlyBooleanWrapper verdictMet = new ReadOnlyBooleanWrapper(this, "verdictMet");
    private final ObservableList<String> advice = FXCollections.observableArrayList();
    private final ObservableList<String> adviceView = FXCollections.unmodifiableObservableList(advice);
    private final ReadOnlyObjectWrapper<Tristate> tristate = new ReadOnlyObjectWrapper<>(this, "tristate");
    private final ObservableList<Tristate> allowedValues = FXCollections.observableArrayList();
    private final ObservableList<Tristate> allowedValuesView = FXCollections.unmodifiableObservableList(allowedValues);
    private final ReadOnlyBooleanWrapper modulesAllowed = new ReadOnlyBooleanWrapper(this, "modulesAllowed");
    private final ReadOnlyStringWrapper toolchainFields = new ReadOnlyStringWrapper(this, "toolchainFields", "");
    private final ReadOnlyBooleanWrapper textEditable = new ReadOnlyBooleanWrapper(this, "textEditable");
    private final ReadOnlyBooleanWrapper textTyped = new ReadOnlyBooleanWrapper(this, "textTyped");
    private Map<String, String> provenance = Map.of();
    private final WhileShown whileShown = new WhileShown(this::showNow);
    private KconfigModel shownModel;
    private OptionRow shownRow;

    /** The toolchain provenance of the open session (command to profile fields), for toolchain facts. */
    public void setProvenance(Map<String, String> provenance) {
        this.provenance = provenance == null ? Map.of() : provenance;
    }

    /**
     * Shows {@code row} (null: nothing selected) with the model's current values: now while the
     * panel is on screen, or else once it is shown again.
     */
    public void show(KconfigModel model, OptionRow row) {
        shownModel = model;
        shownRow = row;
        whileShown.request();
    }

    /** Whether the details panel is on screen: while it is not, the details wait (true until bound). */
    public BooleanProperty activeProperty() {
        return whileShown.activeProperty();
    }

    /** Whether {@code sym}'s value is typed as text (int, hex, string) and may be changed now. */
    public static boolean isTextEditable(KconfigModel model, Symbol sym) {
        return ValueInput.isTextTyped(sym) && OptionLock.isChangeable(model, sym);
    }

    private void showNow() {
        KconfigModel model = shownModel;
        OptionRow row = shownRow;
        hasSelection.set(row != null);
        Symbol sym = row == null ? null : row.symbol();
        hasSymbol.set(sym != null);
        if (row == null) {
            clear();
            return;
        }
        MenuNode node = row.node();
        name.set(sym != null ? sym.name() : row.label());
        prompt.set(sym != null ? nullToEmpty(sym.promptText()) : row.typeText().isEmpty() ? "" : row.typeText());
        type.set(row.typeText());
        help.set(trimHelp(node.help() != null ? node.help() : sym != null ? sym.help() : null));
        menuPath.set(String.join(" \u203a ", node.menuPath()));
        toolchainFields.set(sym == null ? "" : toolchainFieldsOf(model, sym));
        textTyped.set(ValueInput.isTextTyped(sym));
        textEditable.set(isTextEditable(model, sym));
        if (sym == null) {
            value.set(row.value());
            valueOrigin.set("");
            definedAt.set(node.location() == null ? "" : node.location().toString());
            changeability.set("");
            selectedBy.set("");
            setConditions(null);
            tristate.set(null);
            allowedValues.clear();
            modulesAllowed.set(false);
            return;
        }
        value.set(sym.stringValue());
        valueOrigin.set(ValueOrigin.describe(model, sym));
        definedAt.set(sym.definitions().stream().map(SourceLocation::toString).collect(Collectors.joining(", ")));
        selectedBy.set(sym.reverseDeps() == null ? "" : SelectedByText.of(ExprFormatter.format(sym.reverseDeps()),
                SymbolRelations.of(model).of(sym, SymbolRelations.Kind.SELECTED_BY).size()));
        changeability.set(OptionLock.status(model, sym));
        tristate.set(sym.type().isTristateLike() ? sym.tristateValue() : null);
        allowedValues.setAll(OptionToggle.allowedValues(model, sym));
        modulesAllowed.set(sym.effectiveType() == org.kconfigexplorer.kconfig.model.SymbolType.TRISTATE);
        setConditions(ConditionPresenter.present(Preconditions.of(model, sym)));
        List<String> lines = Preconditions.advice(model, sym);
        if (!advice.equals(lines)) { // unchanged by most changes elsewhere: no new lines to draw then
            advice.setAll(lines);
        }
    }

    private String toolchainFieldsOf(KconfigModel model, Symbol sym) {
        if (!ToolchainFacts.isToolchainDerived(sym) || provenance.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (ProfileField f : ProfileField.behind(model, sym, provenance)) {
            parts.add(f.label() + " (" + f.path() + ")");
        }
        return String.join(", ", parts);
    }

    private void setConditions(ConditionRow root) {
        preconditions.set(root);
        if (root == null) {
            verdict.set("");
            verdictMet.set(false);
            advice.clear();
        } else {
            verdict.set(ConditionPresenter.verdict(root));
            verdictMet.set(root.met());
        }
    }

    private void clear() {
        for (ReadOnlyStringWrapper p : List.of(name, prompt, type, value, valueOrigin, changeability, definedAt, menuPath,
                selectedBy, help)) {
            p.set("");
        }
        setConditions(null);
        tristate.set(null);
        allowedValues.clear();
        modulesAllowed.set(false);
        toolchainFields.set("");
        textEditable.set(false);
        textTyped.set(false);
    }

    /** For a toolchain fact: the profile fields its value comes from; else empty. */
    public ReadOnlyStringProperty toolchainFieldsProperty() {
        return toolchainFields.getReadOnlyProperty();
    }

    /** True for an int, hex or string option the user can type a value for now. */
    public ReadOnlyBooleanProperty textEditableProperty() {
        return textEditable.getReadOnlyProperty();
    }

    /** True for an int, hex or string option (typed in, changeable or not). */
    public ReadOnlyBooleanProperty textTypedProperty() {
        return textTyped.getReadOnlyProperty();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String trimHelp(String text) {
        if (text == null) {
            return "";
        }
        String[] lines = text.strip().split("\n", -1);
        StringBuilder sb = new StringBuilder();
        for (String line : lines) {
            sb.append(line.strip()).append('\n');
        }
        // Paragraphs stay apart; lines inside a paragraph are joined so the text can wrap.
        return sb.toString().strip().replaceAll("(?<!\n)\n(?!\n)", " ");
    }

    public ReadOnlyBooleanProperty hasSelectionProperty() {
        return hasSelection.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasSymbolProperty() {
        return hasSymbol.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty promptProperty() {
        return prompt.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty typeProperty() {
        return type.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty valueProperty() {
        return value.getReadOnlyProperty();
    }

    /** Where the value comes from: "your setting", "forced by select from X", "default at FILE:LINE"... */
    public ReadOnlyStringProperty valueOriginProperty() {
        return valueOrigin.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty changeabilityProperty() {
        return changeability.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty definedAtProperty() {
        return definedAt.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty menuPathProperty() {
        return menuPath.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty selectedByProperty() {
        return selectedBy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty helpProperty() {
        return help.getReadOnlyProperty();
    }

    /** The preconditions as display rows (null when no symbol is selected). */
    public ReadOnlyObjectProperty<ConditionRow> preconditionsProperty() {
        return preconditions.getReadOnlyProperty();
    }

    public ConditionRow preconditions() {
        return preconditions.get();
    }

    public ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty verdictMetProperty() {
        return verdictMet.getReadOnlyProperty();
    }

    /** What to change to meet the preconditions, one line each. */
    public ObservableList<String> advice() {
        return adviceView;
    }

    /** The tristate value of a bool/tristate symbol, else null. */
    public ReadOnlyObjectProperty<Tristate> tristateProperty() {
        return tristate.getReadOnlyProperty();
    }

    /** The values the user may pick now (empty: cannot change). */
    public ObservableList<Tristate> allowedValues() {
        return allowedValuesView;
    }

    /** Whether "m" is meaningful for the symbol (a tristate while modules are enabled). */
    public ReadOnlyBooleanProperty modulesAllowedProperty() {
        return modulesAllowed.getReadOnlyProperty();
    }
}
