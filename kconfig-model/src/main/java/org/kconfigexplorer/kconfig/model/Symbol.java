package org.kconfigexplorer.kconfig.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A Kconfig symbol. One symbol may be defined at several places ({@link #nodes()}). Constants
 * (y, m, n, quoted strings) are symbols too, as in scripts/kconfig; so are undefined names used
 * in expressions, such as number literals, whose value is their name.
 *
 * <p>Values are computed lazily by the owning model, the way conf's {@code sym_calc_value} does.
 */
public final class Symbol extends ConfigItem {

    private final KconfigModel model;
    private final String name;
    private final boolean constant;
    SymbolType type = SymbolType.UNKNOWN;
    Choice choice;
    boolean transitional;

    final List<ReverseDependency> selects = new ArrayList<>();
    final List<ReverseDependency> implies = new ArrayList<>();
    final List<RangeProperty> ranges = new ArrayList<>();
    /** Who selects this symbol: OR of (selector && condition). */
    Expr reverseDeps;
    /** Who implies this symbol: OR of (implier && condition). */
    Expr weakReverseDeps;

    /** Position in order of first mention among the model's symbols (-1 for constants). */
    int index = -1;

    // User input (conf's def[S_DEF_USER]); null when the user set nothing. Written only through
    // KconfigModel.assignUserValue, which keeps the model's index of user-valued symbols.
    String userValue;

    // Evaluation state (conf's curr, flags and the cached dependency values).
    Tristate currentTristate = Tristate.NO;
    String currentString;
    /** The evaluation round this value was computed in (valid while it is the current one). */
    long validIn;
    boolean write;
    Tristate directDepsValue = Tristate.YES;
    Tristate reverseDepsValue = Tristate.NO;
    Tristate weakReverseDepsValue = Tristate.NO;

    Symbol(KconfigModel model, String name, boolean constant) {
        this.model = model;
        this.name = name;
        this.constant = constant;
        this.currentString = name;
    }

    public String name() {
        return name;
    }

    /** The model this symbol belongs to. */
    public KconfigModel model() {
        return model;
    }

    @Override
    public String displayName() {
        return name;
    }

    public boolean isConstant() {
        return constant;
    }

    /** Defined by at least one config/menuconfig entry (not just mentioned). */
    public boolean isDefined() {
        return !nodes.isEmpty();
    }

    public SymbolType type() {
        return type;
    }

    /** The type as evaluation sees it: tristate acts as bool while MODULES is n. */
    public SymbolType effectiveType() {
        return model.evaluator().effectiveType(this);
    }

    /** A transitional symbol: passes an old .config value on, hidden and never written. */
    public boolean isTransitional() {
        return transitional;
    }

    public Choice choice() {
        return choice;
    }

    public List<ReverseDependency> selects() {
        return Collections.unmodifiableList(selects);
    }

    public List<ReverseDependency> implies() {
        return Collections.unmodifiableList(implies);
    }

    public List<RangeProperty> ranges() {
        return Collections.unmodifiableList(ranges);
    }

    public Expr reverseDeps() {
        return reverseDeps;
    }

    public Expr weakReverseDeps() {
        return weakReverseDeps;
    }

    /** The value the user assigned (from a .config or an edit), or null. */
    public String userValue() {
        return userValue;
    }

    public boolean hasUserValue() {
        return userValue != null;
    }

    /** The current tristate value (n for non-bool/tristate symbols). */
    public Tristate tristateValue() {
        model.evaluator().calcValue(this);
        return currentTristate;
    }

    /** The current value as conf prints it: n/m/y for bool and tristate, else the string. */
    public String stringValue() {
        model.evaluator().calcValue(this);
        if (type.isTristateLike()) {
            return currentTristate.text();
        }
        return currentString;
    }

    /** How visible the symbol's prompts are: n means the user cannot change it. */
    public Tristate visibility() {
        model.evaluator().calcValue(this);
        return visible;
    }

    public Tristate directDepsValue() {
        model.evaluator().calcValue(this);
        return directDepsValue;
    }

    public Tristate reverseDepsValue() {
        model.evaluator().calcValue(this);
        return reverseDepsValue;
    }

    public Tristate weakReverseDepsValue() {
        model.evaluator().calcValue(this);
        return weakReverseDepsValue;
    }

    /** Whether conf would write this symbol to .config. */
    public boolean isWritten() {
        model.evaluator().calcValue(this);
        return write;
    }

    /** conf's sym_is_changeable: visible above what selects force. */
    public boolean isChangeable() {
        return visibility().compareTo(reverseDepsValue) > 0;
    }

    /** The help text of the first definition that has one, or null. */
    public String help() {
        for (MenuNode node : nodes) {
            if (node.help() != null) {
                return node.help();
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return name;
    }
}
