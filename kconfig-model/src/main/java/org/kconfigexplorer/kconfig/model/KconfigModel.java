package org.kconfigexplorer.kconfig.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loaded Kconfig tree: its menu tree, symbols and choices, and the current configuration.
 * Built by the parser through {@link ModelBuilder}; values follow conf's semantics.
 * An instance is not thread-safe: use it from one thread at a time.
 */
public final class KconfigModel {

    private final Map<String, Symbol> symbols = new LinkedHashMap<>();
    private final Map<String, Symbol> constants = new LinkedHashMap<>();
    /** The symbols by {@link Symbol#index}: in order of first mention. */
    private final List<Symbol> byIndex = new ArrayList<>();
    /** The indexes of the symbols that have a user value (few, even on a big tree). */
    private final java.util.BitSet userValued = new java.util.BitSet();
    final List<Choice> choices = new ArrayList<>();
    final MenuNode root;
    final Symbol yes;
    final Symbol mod;
    final Symbol no;
    Symbol modules;
    private final Evaluator evaluator = new Evaluator(this);
    private final Set<Symbol> unmetDependencies = new LinkedHashSet<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final Map<Class<?>, Object> derived = new java.util.concurrent.ConcurrentHashMap<>();
    private UserInput userInputCache;
    private long userInputRevision;
    private long revision;

    KconfigModel(SourceLocation rootLocation) {
        root = new MenuNode(NodeKind.ROOT, null, rootLocation);
        yes = constant("y", Tristate.YES);
        mod = constant("m", Tristate.MOD);
        no = constant("n", Tristate.NO);
    }

    private Symbol constant(String name, Tristate value) {
        Symbol s = new Symbol(this, name, true);
        s.type = SymbolType.TRISTATE;
        s.currentTristate = value;
        s.currentString = name;
        constants.put(name, s);
        return s;
    }

    Evaluator evaluator() {
        return evaluator;
    }

    // ---- look-up (conf's sym_lookup) ----

    Symbol lookup(String name) {
        Symbol special = ynm(name);
        if (special != null) {
            return special;
        }
        return symbols.computeIfAbsent(name, n -> {
            Symbol s = new Symbol(this, n, false);
            s.index = byIndex.size();
            byIndex.add(s);
            return s;
        });
    }

    Symbol lookupConstant(String name) {
        Symbol special = ynm(name);
        if (special != null) {
            return special;
        }
        return constants.computeIfAbsent(name, n -> {
            Symbol s = new Symbol(this, n, true);
            s.currentString = n;
            return s;
        });
    }

    private Symbol ynm(String name) {
        if (name.length() == 1) {
            switch (name.charAt(0)) {
                case 'y': return yes;
                case 'm': return mod;
                case 'n': return no;
                default: return null;
            }
        }
        return null;
    }

    Collection<Symbol> allSymbolsIncludingConstants() {
        return symbols.values();
    }

    // ---- structure ----

    public MenuNode root() {
        return root;
    }

    /** The title from {@code mainmenu}, or "Main menu". */
    public String mainMenuTitle() {
        return root.promptText() == null ? "Main menu" : root.promptText();
    }

    /** A non-constant symbol by name (defined or only referenced), or null. */
    public Symbol symbol(String name) {
        return symbols.get(name);
    }

    /**
     * Every symbol defined by a config or menuconfig entry, in order of first mention (an
     * unmodifiable list, collected once: which symbols are defined is fixed once the model is built).
     */
    public List<Symbol> definedSymbols() {
        return derived(DefinedSymbols.class, m -> {
            List<Symbol> result = new ArrayList<>();
            for (Symbol s : m.symbols.values()) {
                if (s.isDefined()) {
                    result.add(s);
                }
            }
            return new DefinedSymbols(List.copyOf(result));
        }).symbols();
    }

    private record DefinedSymbols(List<Symbol> symbols) { }

    public List<Choice> choices() {
        return Collections.unmodifiableList(choices);
    }

    /** The symbol carrying the {@code modules} attribute, or null (then m is unavailable). */
    public Symbol modulesSymbol() {
        return modules;
    }

    public Symbol yes() {
        return yes;
    }

    public Symbol no() {
        return no;
    }

    public Symbol mod() {
        return mod;
    }

    /** Every menu node in depth-first order, the root first. */
    public List<MenuNode> allNodes() {
        List<MenuNode> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(MenuNode node, List<MenuNode> out) {
        out.add(node);
        for (MenuNode child : node.children) {
            collect(child, out);
        }
    }

    // ---- evaluation ----

    /** The value of an expression under the current configuration. */
    public Tristate evaluate(Expr e) {
        return evaluator.value(e);
    }

    /** conf's menu_is_visible. */
    public boolean isVisible(MenuNode node) {
        if (node.prompt == null) {
            return false;
        }
        if (node.visibleIf != null && evaluate(node.visibleIf) == Tristate.NO) {
            return false;
        }
        Symbol sym = node.symbol();
        Tristate visible;
        if (sym != null) {
            sym.stringValue();
            visible = evaluate(node.prompt.condition());
        } else {
            visible = evaluate(node.prompt.condition());
        }
        if (visible != Tristate.NO) {
            return true;
        }
        if (sym == null || sym.tristateValue() == Tristate.NO) {
            return false;
        }
        for (MenuNode child : node.children) {
            if (isVisible(child)) {
                return true;
            }
        }
        return false;
    }

    /** The default a symbol would take without a user value (conf's sym_get_string_default). */
    public String defaultValue(Symbol sym) {
        return new DefaultValueCalculator(this).compute(sym);
    }

    /** The default that applies now, or null. */
    public DefaultValue activeDefault(ConfigItem item) {
        if (item instanceof Symbol s) {
            s.stringValue();
        }
        return evaluator.activeDefault(item);
    }

    /** The range that applies now, or null. */
    public RangeProperty activeRange(Symbol sym) {
        return evaluator.activeRange(sym);
    }

    /** Recomputes a choice's selection and returns it (null when no member is visible). */
    public Symbol choiceSelection(Choice choice) {
        return evaluator.calcChoice(choice);
    }

    /** The member a choice selects when the user set none (conf's sym_choice_default). */
    public Symbol choiceDefault(Choice choice) {
        evaluator.calcChoice(choice);
        return evaluator.choiceDefault(choice);
    }

    public Tristate visibility(Choice choice) {
        evaluator.calcChoiceVisibility(choice);
        return choice.visible;
    }

    void reportUnmetDependency(Symbol sym) {
        unmetDependencies.add(sym);
    }

    /** Symbols found selected while their own dependencies are not met (conf's warning). */
    public Set<Symbol> unmetDependencies() {
        for (Symbol s : symbols.values()) {
            s.stringValue();
        }
        return Collections.unmodifiableSet(unmetDependencies);
    }

    // ---- changing the configuration ----

    /** Whether a bool/tristate symbol may be set to {@code value} (conf's sym_tristate_within_range). */
    public boolean canSetTristate(Symbol sym, Tristate value) {
        SymbolType type = sym.effectiveType();
        Tristate visible = sym.visibility();
        if (visible == Tristate.NO || !type.isTristateLike()) {
            return false;
        }
        if (type == SymbolType.BOOL && value == Tristate.MOD) {
            return false;
        }
        Tristate rev = sym.reverseDepsValue;
        if (visible.compareTo(rev) <= 0) {
            return false;
        }
        return value.compareTo(rev) >= 0 && value.compareTo(visible) <= 0;
    }

    /**
     * Sets a user value as conf's sym_set_string_value does: bool/tristate take y/m/n (a choice
     * member set to y selects it), int/hex/string are validated against type and range.
     * Returns false (and changes nothing) when the value is not acceptable now.
     */
    public boolean setUserValue(Symbol sym, String value) {
        if (sym.isConstant()) {
            return false;
        }
        if (sym.type.isTristateLike()) {
            if (value.isEmpty()) {
                return false;
            }
            Tristate t = Tristate.fromLetter(value.charAt(0));
            return t != null && setTristate(sym, t);
        }
        if (!new ValueValidator(this).withinRange(sym, value)) {
            return false;
        }
        String stored = value;
        if (sym.type == SymbolType.HEX && !(value.startsWith("0x") || value.startsWith("0X"))) {
            stored = "0x" + value;
        }
        if (stored.equals(sym.userValue)) {
            return true;
        }
        assignUserValue(sym, stored);
        changed();
        return true;
    }

    /** conf's sym_set_tristate_value (choice members go through {@link #selectChoiceMember}). */
    public boolean setTristate(Symbol sym, Tristate value) {
        if (sym.choice != null && value == Tristate.YES) {
            return selectChoiceMember(sym);
        }
        if (!canSetTristate(sym, value)) {
            return false;
        }
        assignUserValue(sym, value.text());
        changed();
        return true;
    }

    /** conf's choice_set_value: the user picks {@code member} in its choice. */
    public boolean selectChoiceMember(Symbol member) {
        Choice choice = member.choice;
        if (choice == null || member.visibility() == Tristate.NO) {
            return false;
        }
        for (MenuNode node : choiceMemberNodes(choice)) {
            Symbol sym = node.symbol();
            if (sym.visibility() == Tristate.NO) {
                continue;
            }
            assignUserValue(sym, sym == member ? "y" : "n");
            choice.priority.remove(sym);
            choice.priority.add(0, sym);
        }
        changed();
        return true;
    }

    /** The symbol nodes directly inside a choice node, in menu order. */
    List<MenuNode> choiceMemberNodes(Choice choice) {
        List<MenuNode> result = new ArrayList<>();
        for (MenuNode node : choice.nodes) {
            collectSymbolNodes(node, result);
        }
        return result;
    }

    private static void collectSymbolNodes(MenuNode parent, List<MenuNode> out) {
        for (MenuNode child : parent.children) {
            if (child.symbol() != null) {
                out.add(child);
            }
            collectSymbolNodes(child, out);
        }
    }

    /** Drops the user's value for a symbol, so defaults and selects decide again. */
    public void clearUserValue(Symbol sym) {
        if (sym.userValue != null) {
            assignUserValue(sym, null);
            changed();
        }
    }

    /** A copy of every user value and choice order, for {@link #restoreUserValues}. */
    public UserValues saveUserValues() {
        return new UserValues(this);
    }

    /** Puts back exactly the user values and choice orders saved earlier. */
    public void restoreUserValues(UserValues saved) {
        dropUserValues();
        saved.values.forEach(this::assignUserValue);
        for (Choice c : choices) {
            List<Symbol> order = saved.priorities.get(c);
            if (order != null) {
                c.priority.clear();
                c.priority.addAll(order);
            }
        }
        changed();
    }

    /**
     * The user values of the defined symbols and every choice's priority order, by name. Kept
     * until the next change (undo takes one before and after every change).
     */
    public UserInput userInput() {
        UserInput cached = userInputCache;
        if (cached != null && userInputRevision == revision) {
            return cached;
        }
        cached = collectUserInput();
        userInputCache = cached;
        userInputRevision = revision;
        return cached;
    }

    private UserInput collectUserInput() {
        List<Map.Entry<String, String>> values = new ArrayList<>();
        for (Symbol s : symbolsWithUserValues()) {
            if (s.isDefined()) {
                values.add(Map.entry(s.name(), s.userValue));
            }
        }
        List<UserInput.ChoiceOrder> orders = new ArrayList<>();
        for (Choice c : choices) {
            List<String> members = c.memberNames();
            orders.add(new UserInput.ChoiceOrder(members, c.priority.equals(c.members) ? members : names(c.priority)));
        }
        return new UserInput(values, orders);
    }

    static List<String> names(List<Symbol> list) {
        List<String> out = new ArrayList<>(list.size());
        for (Symbol s : list) {
            out.add(s.name());
        }
        return out;
    }

    /**
     * Replaces the user input with {@code input} (taken from this model or from the same tree
     * loaded before): the values of the symbols this model has, as {@link #replaceUserValues}
     * does, then each choice's priority order as saved. A choice is found by its members'
     * names; one the input does not know keeps the order the values gave it, and members the
     * saved order lacks keep their place behind the ones it names.
     *
     * <p>The values are then computed as for a freshly loaded tree. conf's own results can
     * depend on the order of earlier changes (a choice member hidden since its visibility was
     * last computed keeps it); starting afresh makes the same input give the same .config.
     */
    public void restoreUserInput(UserInput input) {
        resetEvaluation();
        dropUserValues();
        for (Map.Entry<String, String> e : input.values()) {
            Symbol sym = symbols.get(e.getKey());
            if (sym == null) {
                continue;
            }
            assignUserValue(sym, e.getValue());
            if (sym.choice != null) {
                sym.choice.priority.remove(sym);
                sym.choice.priority.add(0, sym);
            }
        }
        List<UserInput.ChoiceOrder> unused = new ArrayList<>(input.choices());
        for (Choice c : choices) {
            List<String> members = c.memberNames();
            for (java.util.Iterator<UserInput.ChoiceOrder> it = unused.iterator(); it.hasNext(); ) {
                UserInput.ChoiceOrder saved = it.next();
                if (saved.members().equals(members)) {
                    it.remove();
                    reorder(c, saved.priority());
                    break;
                }
            }
        }
        changed();
    }

    /** Forgets every computed value, as if the tree had just been loaded. */
    private void resetEvaluation() {
        for (Symbol s : symbols.values()) {
            s.visible = Tristate.NO;
            s.currentTristate = Tristate.NO;
            s.currentString = s.name();
            s.validIn = 0;
            s.write = false;
            s.directDepsValue = Tristate.YES;
            s.reverseDepsValue = Tristate.NO;
            s.weakReverseDepsValue = Tristate.NO;
        }
        for (Choice c : choices) {
            c.visible = Tristate.NO;
            c.selection = null;
        }
    }

    private static void reorder(Choice c, List<String> priority) {
        List<Symbol> ordered = new ArrayList<>(c.priority.size());
        for (String name : priority) {
            for (Symbol m : c.priority) {
                if (m.name().equals(name) && !ordered.contains(m)) {
                    ordered.add(m);
                }
            }
        }
        for (Symbol m : c.priority) {
            if (!ordered.contains(m)) {
                ordered.add(m);
            }
        }
        c.priority.clear();
        c.priority.addAll(ordered);
    }

    /** Sets ({@code value} non-null) or drops a user value: every write goes through here. */
    private void assignUserValue(Symbol sym, String value) {
        sym.userValue = value;
        if (sym.index >= 0) {
            userValued.set(sym.index, value != null);
        }
    }

    /** Drops every user value, at the cost of the ones there are. */
    private void dropUserValues() {
        for (Symbol s : symbolsWithUserValues()) {
            s.userValue = null;
        }
        userValued.clear();
    }

    /**
     * The symbols that have a user value, in order of first mention: found without a pass over
     * every symbol, so what follows a change costs the size of the user's input, not of the tree.
     */
    public List<Symbol> symbolsWithUserValues() {
        List<Symbol> out = new ArrayList<>(userValued.cardinality());
        for (int i = userValued.nextSetBit(0); i >= 0; i = userValued.nextSetBit(i + 1)) {
            out.add(byIndex.get(i));
        }
        return out;
    }

    /** Drops every user value and restores choices' definition order. */
    public void clearAllUserValues() {
        dropUserValues();
        for (Choice c : choices) {
            c.priority.clear();
            c.priority.addAll(c.members);
        }
        changed();
    }

    /** One "CONFIG_NAME=value" of a configuration file, already checked against the type. */
    public record Assignment(Symbol symbol, String value) { }

    /**
     * Replaces all user values with {@code assignments}, in order, as conf does while reading a
     * .config: later assignments win, and each assigned choice member becomes the choice's
     * highest priority. Values are stored unchecked; evaluation applies visibility and ranges.
     */
    public void replaceUserValues(List<Assignment> assignments) {
        dropUserValues();
        addUserValues(assignments);
    }

    /**
     * Adds user values without any check and without dropping the others, as conf's
     * "all*config" modes do for symbols that have none yet.
     */
    public void addUserValues(List<Assignment> assignments) {
        for (Assignment a : assignments) {
            Symbol sym = a.symbol();
            assignUserValue(sym, a.value());
            if (sym.choice != null) {
                sym.choice.priority.remove(sym);
                sym.choice.priority.add(0, sym);
            }
        }
        changed();
    }

    /** Recomputes everything after an input changed and tells listeners. */
    public void changed() {
        unmetDependencies.clear();
        evaluator.invalidateAll();
        revision++;
        for (Runnable listener : listeners) {
            listener.run();
        }
    }

    /** Increases on every change; lets views tell whether they are stale. */
    public long revision() {
        return revision;
    }

    /**
     * Data derived from this model's structure only (never its values), computed once on first
     * use, on any thread, and kept with the model: indexes such as the reverse relations or the
     * search index, which views would otherwise rebuild per look-up.
     */
    public <T> T derived(Class<T> kind, java.util.function.Function<KconfigModel, T> compute) {
        Object value = derived.get(kind);
        if (value == null) {
            value = compute.apply(this);
            Object raced = derived.putIfAbsent(kind, value);
            value = raced != null ? raced : value;
        }
        return kind.cast(value);
    }

    public void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeChangeListener(Runnable listener) {
        listeners.remove(listener);
    }
}
