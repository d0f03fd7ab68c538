package org.kconfigexplorer.kconfig.kerneltests;

import org.kconfigexplorer.kconfig.model.Choice;
import org.kconfigexplorer.kconfig.model.KconfigModel;
import org.kconfigexplorer.kconfig.model.MenuNode;
import org.kconfigexplorer.kconfig.model.NodeKind;
import org.kconfigexplorer.kconfig.model.Symbol;
import org.kconfigexplorer.kconfig.model.SymbolType;
import org.kconfigexplorer.kconfig.model.Tristate;

/**
 * conf's line-oriented dialogue (scripts/kconfig/conf.c: conf(), conf_sym(), conf_string(),
 * conf_choice(), conf_askvalue(), check_conf()) replayed over our menu tree, printing what conf
 * prints on stdout when stdin is not a terminal: each answer read is echoed.
 *
 * <p>Input is the given keys followed by an endless supply of Enter, exactly what conftest feeds
 * to conf ({@code in_keys}, then '\n' until the process ends). Answering '?' (help) is not
 * supported: no kernel test does it.
 *
 * <p>Print formats, as conf.c has them:
 * <ul>
 * <li>menus and comments: "*", "* PROMPT", "*" at the current indentation;
 * <li>bool/tristate: "PROMPT (NAME) [Y/n/m/?] " with the current value capitalised first, then
 *     the values sym_tristate_within_range allows, "(NEW) " when the symbol has no user value;
 * <li>int/hex/string: "PROMPT (NAME) [VALUE] ";
 * <li>choice: its prompt, one line per visible member "> 1. PROMPT (NAME)" ('>' marks the
 *     current selection, " (NEW)" a member without user value), then "choice[1-N?]: ";
 * <li>children of a symbol or choice are indented by two more columns;
 * <li>oldconfig asks only what is new: check_conf() finds a visible, changeable symbol without
 *     a user value, prints "* Restart config..." once per round, and runs conf() from that
 *     symbol's enclosing menu, until a round finds nothing.
 * </ul>
 */
final class ConfConversation {

    enum Mode { OLDASKCONFIG, OLDCONFIG }

    /** No dialogue of a kernel test needs more; a runaway loop is a bug of ours. */
    private static final int MAX_STEPS = 100_000;

    private final KconfigModel model;
    private final StringBuilder out;
    private final String keys;
    private int keyPos;
    private Mode inputMode;
    private int indent = 1;
    private int confCnt;
    private MenuNode rootEntry;
    private String line = "";
    private int steps;

    ConfConversation(KconfigModel model, String keys, StringBuilder out) {
        this.model = model;
        this.keys = keys;
        this.out = out;
    }

    /** conf's main() for oldaskconfig / oldconfig. */
    void run(Mode mode) {
        inputMode = mode;
        if (mode == Mode.OLDASKCONFIG) {
            rootEntry = model.root();
            conf(model.root());
            inputMode = Mode.OLDCONFIG;
        }
        do {
            confCnt = 0;
            checkConf(model.root());
        } while (confCnt != 0);
    }

    // ---- input ----

    /** fgets() on conftest's stdin: the keys given, then Enter forever. */
    private String readLine() {
        if (keyPos >= keys.length()) {
            return "\n";
        }
        int nl = keys.indexOf('\n', keyPos);
        String result = nl < 0 ? keys.substring(keyPos) + "\n" : keys.substring(keyPos, nl + 1);
        keyPos = nl < 0 ? keys.length() : nl + 1;
        return result;
    }

    /** xfgets: reads a line and, stdin not being a terminal, echoes it. */
    private void xfgets() {
        line = readLine();
        out.append(line);
    }

    private void step() {
        if (++steps > MAX_STEPS) {
            throw new IllegalStateException("conf dialogue does not terminate; output so far:\n" + out);
        }
    }

    private static String pad(int n) {
        return " ".repeat(Math.max(0, n));
    }

    /** printf("%*c", width, c). */
    private static String padChar(int width, char c) {
        return pad(width - 1) + c;
    }

    /** A P_MENU prompt: a menu entry or the main menu. */
    private static boolean isMenuPrompt(MenuNode node) {
        return node.prompt() != null && (node.kind() == NodeKind.MENU || node.kind() == NodeKind.ROOT);
    }

    /** menu_get_prompt. */
    private static String promptOf(MenuNode node) {
        if (node.prompt() != null) {
            return node.prompt().text();
        }
        return node.symbol() != null ? node.symbol().name() : null;
    }

    // ---- conf.c ----

    private void conf(MenuNode menu) {
        step();
        if (!model.isVisible(menu)) {
            return;
        }
        if (menu.prompt() != null) {
            boolean banner = false;
            if (isMenuPrompt(menu)) {
                // Except in oldaskconfig mode, only menus that contain new symbols are shown.
                if (inputMode != Mode.OLDASKCONFIG && rootEntry != menu) {
                    checkConf(menu);
                    return;
                }
                banner = true;
            } else if (menu.kind() == NodeKind.COMMENT) {
                banner = true;
            }
            String prompt = promptOf(menu);
            if (banner && prompt != null) {
                out.append(padChar(indent, '*')).append('\n')
                        .append(padChar(indent, '*')).append(' ').append(prompt).append('\n')
                        .append(padChar(indent, '*')).append('\n');
            }
        }
        boolean hasItem = menu.item() != null;
        if (menu.choice() != null) {
            confChoice(menu);
            return;
        }
        Symbol sym = menu.symbol();
        if (sym != null) {
            SymbolType type = sym.type();
            if (type == SymbolType.INT || type == SymbolType.HEX || type == SymbolType.STRING) {
                confString(menu);
            } else {
                confSym(menu);
            }
        }
        if (hasItem) {
            indent += 2;
        }
        for (MenuNode child : menu.children()) {
            conf(child);
        }
        if (hasItem) {
            indent -= 2;
        }
    }

    /** conf_askvalue: false when nothing is to be read (the value is only shown). */
    private boolean askValue(Symbol sym, String def) {
        if (!sym.hasUserValue()) {
            out.append("(NEW) ");
        }
        line = "\n";
        if (!sym.isChangeable()) {
            out.append(def == null ? "" : def).append('\n');
            return false;
        }
        if (inputMode == Mode.OLDCONFIG && sym.hasUserValue()) {
            out.append(def == null ? "" : def).append('\n');
            return false;
        }
        xfgets();
        return true;
    }

    private void confString(MenuNode menu) {
        Symbol sym = menu.symbol();
        while (true) {
            step();
            out.append(pad(indent - 1)).append(menu.prompt().text()).append(' ');
            out.append('(').append(sym.name()).append(") ");
            String def = sym.stringValue();
            out.append('[').append(def).append("] ");
            if (!askValue(sym, def)) {
                return;
            }
            if (line.charAt(0) == '?') {
                throw new UnsupportedOperationException("help ('?') is not replayed");
            }
            if (line.charAt(0) != '\n') {
                def = line.substring(0, line.length() - 1);
            }
            if (model.setUserValue(sym, def)) {
                return;
            }
        }
    }

    private void confSym(MenuNode menu) {
        Symbol sym = menu.symbol();
        while (true) {
            step();
            out.append(pad(indent - 1)).append(menu.prompt().text()).append(' ');
            out.append('(').append(sym.name()).append(") ");
            out.append('[');
            Tristate oldval = sym.tristateValue();
            out.append(Character.toUpperCase(oldval.letter()));
            if (oldval != Tristate.NO && model.canSetTristate(sym, Tristate.NO)) {
                out.append("/n");
            }
            if (oldval != Tristate.MOD && model.canSetTristate(sym, Tristate.MOD)) {
                out.append("/m");
            }
            if (oldval != Tristate.YES && model.canSetTristate(sym, Tristate.YES)) {
                out.append("/y");
            }
            out.append("/?] ");
            if (!askValue(sym, sym.stringValue())) {
                return;
            }
            String answer = line.strip();
            Tristate newval;
            char first = answer.isEmpty() ? 0 : answer.charAt(0);
            String rest = answer.isEmpty() ? "" : answer.substring(1);
            switch (first) {
                case 'n':
                case 'N':
                    if (!rest.isEmpty() && !rest.equals("o")) {
                        continue;
                    }
                    newval = Tristate.NO;
                    break;
                case 'm':
                case 'M':
                    if (!rest.isEmpty()) {
                        continue;
                    }
                    newval = Tristate.MOD;
                    break;
                case 'y':
                case 'Y':
                    if (!rest.isEmpty() && !rest.equals("es")) {
                        continue;
                    }
                    newval = Tristate.YES;
                    break;
                case 0:
                    newval = oldval;
                    break;
                case '?':
                    throw new UnsupportedOperationException("help ('?') is not replayed");
                default:
                    continue;
            }
            if (model.setTristate(sym, newval)) {
                return;
            }
            // conf prints the help text here and asks again.
            throw new UnsupportedOperationException("conf would print help for " + sym.name()
                    + " after an unacceptable answer");
        }
    }

    private void confChoice(MenuNode menu) {
        Choice choice = menu.choice();
        boolean isNew = false;
        while (true) {
            step();
            out.append(pad(indent - 1)).append(promptOf(menu)).append('\n');
            Symbol defSym = model.choiceSelection(choice);
            int cnt = 0;
            int def = 0;
            line = "";
            for (MenuNode child : menu.children()) {
                if (!model.isVisible(child)) {
                    continue;
                }
                if (child.symbol() == null) {
                    out.append(padChar(indent, '*')).append(' ').append(promptOf(child)).append('\n');
                    continue;
                }
                cnt++;
                if (child.symbol() == defSym) {
                    def = cnt;
                    out.append(padChar(indent, '>'));
                } else {
                    out.append(padChar(indent, ' '));
                }
                out.append(' ').append(cnt).append(". ").append(promptOf(child))
                        .append(" (").append(child.symbol().name()).append(')');
                if (!child.symbol().hasUserValue()) {
                    isNew = true;
                    out.append(" (NEW)");
                }
                out.append('\n');
            }
            out.append(pad(indent - 1)).append("choice");
            if (cnt == 1) {
                out.append("[1]: 1\n");
            } else {
                out.append("[1-").append(cnt).append("?]: ");
                if (inputMode == Mode.OLDCONFIG && !isNew) {
                    cnt = def;
                    out.append(cnt).append('\n');
                } else {
                    xfgets();
                    line = line.strip();
                    if (line.startsWith("?")) {
                        throw new UnsupportedOperationException("help ('?') is not replayed");
                    }
                    if (line.isEmpty()) {
                        cnt = def;
                    } else if (Character.isDigit(line.charAt(0))) {
                        cnt = atoi(line);
                    } else {
                        continue;
                    }
                }
            }
            MenuNode chosen = null;
            for (MenuNode child : menu.children()) {
                if (child.symbol() == null || !model.isVisible(child)) {
                    continue;
                }
                if (--cnt == 0) {
                    chosen = child;
                    break;
                }
            }
            if (chosen == null) {
                continue;
            }
            if (!line.isEmpty() && line.endsWith("?")) {
                throw new UnsupportedOperationException("help ('?') is not replayed");
            }
            model.selectChoiceMember(chosen.symbol());
            return;
        }
    }

    private static int atoi(String s) {
        int i = 0;
        long v = 0;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9' && v < Integer.MAX_VALUE) {
            v = v * 10 + (s.charAt(i) - '0');
            i++;
        }
        return (int) Math.min(v, Integer.MAX_VALUE);
    }

    /** check_conf in oldconfig mode. */
    private void checkConf(MenuNode menu) {
        step();
        if (!model.isVisible(menu)) {
            return;
        }
        Symbol sym = menu.symbol();
        // A choice is never "changeable" (sym_is_changeable), so only symbols start a round.
        if (sym != null && !sym.hasUserValue() && sym.isChangeable()) {
            if (confCnt++ == 0) {
                out.append("*\n* Restart config...\n*\n");
            }
            rootEntry = parentMenu(menu);
            conf(rootEntry);
        }
        for (MenuNode child : menu.children()) {
            checkConf(child);
        }
    }

    /** menu_get_parent_menu: the node itself or its nearest ancestor that is a menu. */
    private MenuNode parentMenu(MenuNode menu) {
        MenuNode m = menu;
        while (m != model.root()) {
            if (isMenuPrompt(m)) {
                break;
            }
            m = m.parent();
        }
        return m;
    }
}
