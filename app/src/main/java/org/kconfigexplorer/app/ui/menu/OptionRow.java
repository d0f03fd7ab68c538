package org.kconfigexplorer.app.ui.menu;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableObjectValue;
import javafx.beans.value.ObservableStringValue;
import org.kconfigexplorer.kconfig.model.KconfigModel;
import org.kconfigexplorer.kconfig.model.MenuNode;
import org.kconfigexplorer.kconfig.model.NodeKind;
import org.kconfigexplorer.kconfig.model.Symbol;
import org.kconfigexplorer.kconfig.model.Tristate;

/**
 * One entry of the menu tree as the views show it: label, value, type, and whether the user can
 * see and change it now. The structure (label, children) is fixed for a model; the values are
 * refreshed from the model after every change, lazily: {@link #refresh} only marks them stale, and
 * a value is read from the model when someone asks for it (a shown cell listening for changes
 * asks at once, so only the rows on screen cost anything after a change).
 */
public final class OptionRow {

    /** The entry shown; re-pointed when the same tree is reloaded under another toolchain. */
    private MenuNode node;
    private final String key;
    private final String label;
    private final String typeText;
    private final boolean fact;
    private final List<OptionRow> children = new ArrayList<>();
    private OptionRow parent;

    private KconfigModel model;
    /** Collects the rows whose values were read since the last refresh (only those go stale). */
    private java.util.function.Consumer<OptionRow> liveRows;
    private boolean live;

    private final StringBinding value = new StringBinding() {
        @Override
        protected String computeValue() {
            markLive();
            return readValue();
        }
    };
    private final ObjectBinding<Tristate> tristate = new ObjectBinding<>() {
        @Override
        protected Tristate computeValue() {
            markLive();
            return readTristate();
        }
    };
    private final BooleanBinding visible = new BooleanBinding() {
        @Override
        protected boolean computeValue() {
            markLive();
            return readVisible();
        }
    };
    private final BooleanBinding changeable = new BooleanBinding() {
        @Override
        protected boolean computeValue() {
            markLive();
            return readChangeable();
        }
    };

    private String readValue() {
        if (model == null) {
            return "";
        }
        Symbol sym = node.symbol();
        if (sym != null) {
            return sym.stringValue();
        }
        if (node.choice() != null) {
            Symbol selected = model.choiceSelection(node.choice());
            return selected == null ? "" : selected.name();
        }
        return "";
    }

    private Tristate readTristate() {
        Symbol sym = node.symbol();
        return model != null && sym != null && sym.type().isTristateLike() ? sym.tristateValue() : null;
    }

    private boolean readVisible() {
        return model != null && (node.kind() == NodeKind.ROOT || model.isVisible(node));
    }

    private boolean readChangeable() {
        Symbol sym = node.symbol();
        return model != null && sym != null && sym.type().isTristateLike()
                && !OptionToggle.allowedValues(model, sym).isEmpty();
    }

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

    /** Marks the values stale; they are read from {@code model} again when next asked for. */
    void refresh(KconfigModel model) {
        this.model = model;
        live = false;
        value.invalidate();
        tristate.invalidate();
        visible.invalidate();
        changeable.invalidate();
    }

    /**
     * Points this row at {@code newNode} of {@code newModel} (the same entry of the same tree,
     * reloaded): values read from now on come from there; values already read stay until the
     * tree refreshes this row.
     */
    void retarget(MenuNode newNode, KconfigModel newModel) {
        node = newNode;
        model = newModel;
    }

    /**
     * After a change of the model (or a {@link #retarget} to a reloaded one): re-reads the values
     * that were read before and tells listeners only about those that changed (a shown cell whose
     * value stayed is not redrawn).
     */
    void refreshChanged() {
        live = false;
        boolean kept = keepIfSame(value, value.isValid() && value.get().equals(readValue()));
        kept |= keepIfSame(tristate, tristate.isValid() && tristate.get() == readTristate());
        kept |= keepIfSame(visible, visible.isValid() && visible.get() == readVisible());
        kept |= keepIfSame(changeable, changeable.isValid() && changeable.get() == readChangeable());
        if (kept) {
            markLive(); // still holds values: refreshed again after the next change
        }
    }

    private static boolean keepIfSame(javafx.beans.binding.Binding<?> binding, boolean same) {
        if (!same) {
            binding.invalidate();
        }
        return same;
    }

    /** Tells {@code liveRows} when a value of this row is read while none was (once per refresh). */
    void trackReads(java.util.function.Consumer<OptionRow> liveRows) {
        this.liveRows = liveRows;
    }

    private void markLive() {
        if (!live && liveRows != null) {
            live = true;
            liveRows.accept(this);
        }
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

    public ObservableStringValue valueProperty() {
        return value;
    }

    public String value() {
        return value.get();
    }

    /** The tristate value of a bool/tristate symbol, else null. */
    public ObservableObjectValue<Tristate> tristateProperty() {
        return tristate;
    }

    public Tristate tristate() {
        return tristate.get();
    }

    /** Whether conf would show the entry now. */
    public ObservableBooleanValue visibleProperty() {
        return visible;
    }

    public boolean isVisible() {
        return visible.get();
    }

    /** Whether the user can change the value now. */
    public ObservableBooleanValue changeableProperty() {
        return changeable;
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
        String v = value.get();
        return label + (v.isEmpty() ? "" : " = " + v);
    }
}
