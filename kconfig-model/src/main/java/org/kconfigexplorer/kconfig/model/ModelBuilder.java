package org.kconfigexplorer.kconfig.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The operations a parser uses to build a {@link KconfigModel}, named after scripts/kconfig's
 * menu.c (menu_add_entry, menu_add_menu, menu_add_dep, menu_add_prompt, ...). Call
 * {@link #finish()} once at the end: it finalizes the tree and checks for dependency loops.
 */
public final class ModelBuilder {

    private final KconfigModel model;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private MenuNode currentMenu;
    private MenuNode currentEntry;
    private Choice currentChoice;

    public ModelBuilder(String rootFile) {
        model = new KconfigModel(new SourceLocation(rootFile, 0));
        currentMenu = model.root;
        currentEntry = model.root;
    }

    public KconfigModel model() {
        return model;
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    public void warn(SourceLocation at, String message) {
        diagnostics.add(Diagnostic.warning(at.file(), at.line(), 0, message));
    }

    public void error(SourceLocation at, String message) {
        diagnostics.add(Diagnostic.error(at.file(), at.line(), 0, message));
    }

    /** sym_lookup(name, 0): y, m and n are the constants; other names the (new) symbol. */
    public Symbol lookup(String name) {
        return model.lookup(name);
    }

    /** sym_lookup(name, SYMBOL_CONST), for quoted strings in expressions. */
    public Symbol lookupConstant(String name) {
        return model.lookupConstant(name);
    }

    public MenuNode currentEntry() {
        return currentEntry;
    }

    public Choice currentChoice() {
        return currentChoice;
    }

    /** menu_add_entry: appends a node to the current menu and makes it the current entry. */
    public MenuNode addEntry(NodeKind kind, ConfigItem item, SourceLocation at) {
        MenuNode node = new MenuNode(kind, item, at);
        node.parent = currentMenu;
        currentMenu.children.add(node);
        currentEntry = node;
        if (item != null) {
            item.nodes.add(node);
        }
        return node;
    }

    /** Starts a choice block: the entry and its menu. */
    public Choice addChoice(SourceLocation at) {
        Choice choice = new Choice();
        model.choices.add(choice);
        addEntry(NodeKind.CHOICE, choice, at);
        return choice;
    }

    /** menu_add_menu: the current entry becomes the menu new entries go into. */
    public MenuNode beginMenu() {
        currentMenu = currentEntry;
        if (currentEntry.choice() != null) {
            currentChoice = currentEntry.choice();
        }
        return currentMenu;
    }

    /** menu_end_menu. */
    public void endMenu() {
        if (currentMenu.choice() != null) {
            currentChoice = null;
        }
        currentEntry = currentMenu;
        currentMenu = currentMenu.parent == null ? model.root : currentMenu.parent;
    }

    public MenuNode currentMenu() {
        return currentMenu;
    }

    /** Called after a config entry inside a choice block is complete. */
    public void addChoiceMember(Symbol sym) {
        if (currentChoice != null && !currentChoice.members.contains(sym)) {
            currentChoice.members.add(sym);
            currentChoice.priority.add(sym);
        }
    }

    /** menu_set_type. */
    public void setType(SymbolType type, SourceLocation at) {
        Symbol sym = currentEntry.symbol();
        if (sym == null || sym.type == type) {
            return;
        }
        if (sym.type == SymbolType.UNKNOWN) {
            sym.type = type;
            return;
        }
        warn(at, "ignoring type redefinition of '" + sym.name() + "' from '" + sym.type.keyword()
                + "' to '" + type.keyword() + "'");
    }

    /** menu_add_dep. */
    public void addDependency(Expr dep) {
        currentEntry.dependencies = Expr.and(currentEntry.dependencies, dep);
    }

    /** menu_add_visibility ("visible if" of a menu). */
    public void addVisibility(Expr expr) {
        currentEntry.visibleIf = Expr.and(currentEntry.visibleIf, expr);
    }

    /**
     * menu_add_prompt. {@code ordinaryPrompt} is conf's P_PROMPT (a config or choice prompt),
     * which also gets the "visible if" of every enclosing menu; menu and comment titles don't.
     */
    public void addPrompt(String text, Expr condition, SourceLocation at, boolean ordinaryPrompt) {
        String trimmed = text;
        if (!trimmed.isEmpty() && Character.isWhitespace(trimmed.charAt(0))) {
            warn(at, "leading whitespace ignored");
            trimmed = trimmed.stripLeading();
        }
        if (currentEntry.prompt != null) {
            warn(at, "prompt redefined");
        }
        Expr visible = condition;
        if (ordinaryPrompt) {
            for (MenuNode m = currentEntry.parent; m != null; m = m.parent) {
                if (m.visibleIf != null) {
                    visible = Expr.and(visible, m.visibleIf);
                }
            }
        }
        Prompt prompt = new Prompt(trimmed, visible, currentEntry, at);
        currentEntry.prompt = prompt;
        if (currentEntry.item() != null) {
            currentEntry.item().prompts.add(prompt);
        }
    }

    /**
     * @param fromMacro whether the value or condition came from macro expansion (toolchain facts)
     * @param commands  the $(shell,...) commands that produced them
     */
    public void addDefault(Expr value, Expr condition, SourceLocation at, boolean fromMacro,
                           java.util.Collection<String> commands) {
        ConfigItem item = currentEntry.item();
        if (item != null) {
            item.defaults.add(new DefaultValue(value, condition, currentEntry, at, fromMacro, List.copyOf(commands)));
        }
    }

    public void addSelect(Symbol target, Expr condition, SourceLocation at) {
        Symbol sym = currentEntry.symbol();
        if (sym != null) {
            sym.selects.add(new ReverseDependency(target, condition, currentEntry, at));
        }
    }

    public void addImply(Symbol target, Expr condition, SourceLocation at) {
        Symbol sym = currentEntry.symbol();
        if (sym != null) {
            sym.implies.add(new ReverseDependency(target, condition, currentEntry, at));
        }
    }

    public void addRange(Symbol low, Symbol high, Expr condition, SourceLocation at) {
        Symbol sym = currentEntry.symbol();
        if (sym != null) {
            sym.ranges.add(new RangeProperty(low, high, condition, currentEntry, at));
        }
    }

    /** Stores help text; a second help text replaces the first, with a warning. */
    public void setHelp(String text, SourceLocation at) {
        String name = currentEntry.item() == null ? "<choice>" : currentEntry.item().displayName();
        if (currentEntry.help != null) {
            warn(at, "'" + name + "' defined with more than one help text -- only the last one will be used");
        }
        if (text.isBlank()) {
            warn(at, "'" + name + "' defined with blank help text");
        }
        currentEntry.help = text;
    }

    /** The {@code modules} attribute: this symbol decides whether m is available. */
    public void setModules(SourceLocation at) {
        Symbol sym = currentEntry.symbol();
        if (sym == null) {
            return;
        }
        if (model.modules != null && model.modules != sym) {
            error(at, "symbol '" + sym.name() + "' redefines option 'modules' already defined by symbol '"
                    + model.modules.name() + "'");
            return;
        }
        model.modules = sym;
    }

    /**
     * The {@code transitional} attribute (Linux 6.17+): the symbol only carries a value from an
     * old .config to the defaults of its replacement; it is never shown nor written.
     */
    public void setTransitional(SourceLocation at) {
        Symbol sym = currentEntry.symbol();
        if (sym != null) {
            sym.transitional = true;
        }
    }

    /** {@code mainmenu "TITLE"}. */
    public void setMainMenu(String title, SourceLocation at) {
        currentEntry = model.root;
        addPrompt(title, null, at, false);
    }

    /** Finalizes the tree (conf's menu_finalize) and checks for dependency loops. */
    public KconfigModel finish() {
        if (model.root.prompt == null) {
            model.root.prompt = new Prompt("Main menu", null, model.root, model.root.location());
        }
        new MenuFinalizer(model, diagnostics).finalizeTree();
        new DependencyLoopChecker(model, diagnostics).check();
        model.changed();
        return model;
    }
}
