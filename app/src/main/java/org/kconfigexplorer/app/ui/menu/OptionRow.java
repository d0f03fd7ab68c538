package org.kconfigexplorer.app.ui.menu;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.kconfigexplorer.kconfig.model.Choice;
import org.kconfigexplorer.kconfig.model.KconfigModel;
import org.kconfigexplorer.kconfig.model.MenuNode;
import org.kconfigexplorer.kconfig.model.NodeKind;
import org.kconfigexplorer.kconfig.model.Symbol;
import org.kconfigexplorer.kconfig.model.Tristate;

/**
 * One entry of the menu tree as the views show it: label, value, type, and whether the user can
 * see and change it now. The structure (label, children) is fixed for a model; the values are
 * refreshed from the model after every change.
 */
public final class OptionRow {

    private final MenuNode node;
    private final String key;
    private final String label;
    private final String typeText;
    private final boolean fact;
    private final List<OptionRow> children = new ArrayList<>();
    private OptionRow parent;

    private final ReadOnlyStringWrapper value = new ReadOnlyStringWrapper(this, "value", "");
    private final ReadOnlyObjectWrapper<Tristate> tristate = new ReadOnlyObjectWrapper<>(this, "tristate");
    private final ReadOnlyBooleanWrapper visible = new ReadOnlyBooleanWrapper(this, "visible");
    private final ReadOnlyBooleanWrapper changeable = new ReadOnlyBooleanWrapper(this, "changeable");

    OptionRow(MenuNode node, String key) {
        this.node = node;
        this.key = key;
        this.label = labelOf(node);
        this.typeText = typeOf(node);
        Symbol sym = node.symbol();
        this.fact = sym != null && sym.prompts().isEmpty();
    }

    private static String labelOf(MenuNode node) {
        if (node.kind() == NodeKind.ROOT) {
            return node.promptText() == null ? "Main menu" : node.promptText();
        }
        if (node.promptText() != null) {
            return node.promptText();
        }
        if (node.symbol() != null) {
            return node.symbol().name();
        }
        return node.kind() == NodeKind.IF ? "if block" : node.kind().name().toLowerCase(java.util.Locale.ROOT);
    }

    private static String typeOf(MenuNode node) {
        return switch (node.kind()) {
            case MENU, ROOT -> "menu";
            case COMMENT -> "comment";
            case CHOICE -> "choice";
            case IF -> "";
            default -> node.symbol() == null ? "" : node.symbol().type().keyword();
        };
    }

    /** Re-reads value, visibility and changeability from the model. */
    void refresh(KconfigModel model) {
        Symbol sym = node.symbol();
        Choice choice = node.choice();
        if (sym != null) {
            value.set(sym.stringValue());
            tristate.set(sym.type().isTristateLike() ? sym.tristateValue() : null);
            changeable.set(sym.type().isTristateLike() && !OptionToggle.allowedValues(model, sym).isEmpty());
        } else if (choice != null) {
            Symbol selected = model.choiceSelection(choice);
            value.set(selected == null ? "" : selected.name());
            tristate.set(null);
            changeable.set(false);
        } else {
            value.set("");
            tristate.set(null);
            changeable.set(false);
        }
        visible.set(node.kind() == NodeKind.ROOT || model.isVisible(node));
    }

    void addChild(OptionRow child) {
        child.parent = this;
        children.add(child);
    }

    public MenuNode node() {
        return node;
    }

    /** The symbol this row defines, or null for menus, comments and choices. */
    public Symbol symbol() {
        return node.symbol();
    }

    /** Stable within a tree shape: the path of child indices from the root, e.g. "0/3/1". */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public String typeText() {
        return typeText;
    }

    public NodeKind kind() {
        return node.kind();
    }

    /** A symbol without a prompt: its value comes from the tree or the toolchain. */
    public boolean isFact() {
        return fact;
    }

    /** A bool or tristate symbol: shown with a check box. */
    public boolean isToggleable() {
        Symbol sym = node.symbol();
        return sym != null && sym.type().isTristateLike() && !fact;
    }

    public OptionRow parent() {
        return parent;
    }

    public List<OptionRow> children() {
        return Collections.unmodifiableList(children);
    }

    public ReadOnlyStringProperty valueProperty() {
        return value.getReadOnlyProperty();
    }

    public String value() {
        return value.get();
    }

    /** The tristate value of a bool/tristate symbol, else null. */
    public ReadOnlyObjectProperty<Tristate> tristateProperty() {
        return tristate.getReadOnlyProperty();
    }

    public Tristate tristate() {
        return tristate.get();
    }

    /** Whether conf would show the entry now. */
    public ReadOnlyBooleanProperty visibleProperty() {
        return visible.getReadOnlyProperty();
    }

    public boolean isVisible() {
        return visible.get();
    }

    /** Whether the user can change the value now. */
    public ReadOnlyBooleanProperty changeableProperty() {
        return changeable.getReadOnlyProperty();
    }

    public boolean isChangeable() {
        return changeable.get();
    }

    /** This row and every row below it, depth first. */
    public List<OptionRow> flatten() {
        List<OptionRow> out = new ArrayList<>();
        collect(this, out);
        return out;
    }

    private static void collect(OptionRow row, List<OptionRow> out) {
        out.add(row);
        for (OptionRow child : row.children) {
            collect(child, out);
        }
    }

    @Override
    public String toString() {
        return label + (value.get().isEmpty() ? "" : " = " + value.get());
    }
}
