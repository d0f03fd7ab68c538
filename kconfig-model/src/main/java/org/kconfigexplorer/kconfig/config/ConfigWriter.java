package org.kconfigexplorer.kconfig.config;

import java.util.HashSet;
import java.util.Set;
import org.kconfigexplorer.kconfig.model.KconfigModel;
import org.kconfigexplorer.kconfig.model.MenuNode;
import org.kconfigexplorer.kconfig.model.NodeKind;
import org.kconfigexplorer.kconfig.model.Symbol;
import org.kconfigexplorer.kconfig.model.SymbolType;
import org.kconfigexplorer.kconfig.model.Tristate;

/**
 * Produces .config text exactly as conf's conf_write does: the header, menu titles as comment
 * blocks, "# end of" lines, each symbol once at its first written node, strings escaped.
 */
public final class ConfigWriter {

    private ConfigWriter() {
    }

    public static String write(KconfigModel model) {
        StringBuilder out = new StringBuilder();
        out.append("#\n# Automatically generated file; DO NOT EDIT.\n# ").append(model.mainMenuTitle()).append("\n#\n");
        Set<Symbol> written = new HashSet<>();
        boolean[] needNewline = {false};
        for (MenuNode child : model.root().children()) {
            writeNode(model, child, out, written, needNewline);
        }
        return out.toString();
    }

    private static void writeNode(KconfigModel model, MenuNode node, StringBuilder out, Set<Symbol> written,
                                  boolean[] needNewline) {
        Symbol sym = node.symbol();
        boolean visibleMenuEntry = node.item() == null && model.isVisible(node);
        if (node.item() == null) {
            if (visibleMenuEntry) {
                out.append("\n#\n# ").append(node.promptText()).append("\n#\n");
                needNewline[0] = false;
            }
        } else if (sym != null && !written.contains(sym)) {
            if (sym.isWritten()) {
                if (needNewline[0]) {
                    out.append('\n');
                    needNewline[0] = false;
                }
                written.add(sym);
                out.append(symbolLine(sym));
            }
        }
        for (MenuNode child : node.children()) {
            writeNode(model, child, out, written, needNewline);
        }
        if (visibleMenuEntry && node.kind() == NodeKind.MENU) {
            out.append("# end of ").append(node.promptText()).append('\n');
            needNewline[0] = true;
        }
    }

    /** One symbol as .config shows it (empty for unknown types). */
    public static String symbolLine(Symbol sym) {
        if (sym.type() == SymbolType.UNKNOWN) {
            return "";
        }
        String value = sym.stringValue();
        if (sym.type().isTristateLike() && sym.tristateValue() == Tristate.NO) {
            return "# CONFIG_" + sym.name() + " is not set\n";
        }
        if (sym.type() == SymbolType.STRING) {
            value = escape(value);
        }
        return "CONFIG_" + sym.name() + "=" + value + "\n";
    }

    /** conf's escape_string_value: quotes, with backslash before '"' and '\'. */
    public static String escape(String value) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.append('"').toString();
    }
}
