package org.kconfigexplorer.kconfig.config;

import java.util.ArrayList;
import java.util.List;
import org.kconfigexplorer.kconfig.model.Diagnostic;
import org.kconfigexplorer.kconfig.model.KconfigModel;
import org.kconfigexplorer.kconfig.model.Symbol;
import org.kconfigexplorer.kconfig.model.SymbolType;
import org.kconfigexplorer.kconfig.model.ValueValidator;

/**
 * Reads .config text into user values as conf's conf_read_simple does: "CONFIG_X=v" and
 * "# CONFIG_X is not set" lines, other comments ignored, bad lines and values warned about
 * with file:line, a later assignment overriding an earlier one.
 */
public final class ConfigReader {

    private ConfigReader() {
    }

    /**
     * Replaces the model's user values with those in {@code text}.
     *
     * @param fileName used in warnings
     * @return warnings, each naming file:line
     */
    public static List<Diagnostic> read(KconfigModel model, String text, String fileName) {
        return read(model, text, fileName, false);
    }

    /**
     * As {@link #read(KconfigModel, String, String)}; with {@code warnUnknown} (conf's
     * KCONFIG_WARN_UNKNOWN_SYMBOLS) a line for a symbol the tree does not define is warned about.
     */
    public static List<Diagnostic> read(KconfigModel model, String text, String fileName, boolean warnUnknown) {
        List<Diagnostic> warnings = new ArrayList<>();
        List<KconfigModel.Assignment> assignments = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        int count = lines.length;
        if (text.endsWith("\n")) {
            count--;
        }
        java.util.Set<Symbol> assigned = new java.util.HashSet<>();
        for (int i = 0; i < count; i++) {
            String line = lines[i];
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            int lineNo = i + 1;
            if (line.isEmpty()) {
                continue;
            }
            String name;
            String value;
            if (line.charAt(0) == '#') {
                if (!line.startsWith("# CONFIG_")) {
                    continue;
                }
                String rest = line.substring("# CONFIG_".length());
                int space = rest.indexOf(' ');
                if (space < 0 || !rest.substring(space + 1).equals("is not set")) {
                    continue;
                }
                name = rest.substring(0, space);
                value = "n";
            } else {
                if (!line.startsWith("CONFIG_")) {
                    warnings.add(warning(fileName, lineNo, "unexpected data: " + line));
                    continue;
                }
                String rest = line.substring("CONFIG_".length());
                int eq = rest.indexOf('=');
                if (eq < 0) {
                    warnings.add(warning(fileName, lineNo, "unexpected data: " + line));
                    continue;
                }
                name = rest.substring(0, eq);
                value = rest.substring(eq + 1);
            }
            Symbol sym = model.symbol(name);
            if (sym == null) {
                if (warnUnknown) {
                    warnings.add(warning(fileName, lineNo, "unknown symbol: " + name));
                }
                continue;
            }
            if (assigned.contains(sym) && sym.type() != SymbolType.UNKNOWN) {
                warnings.add(warning(fileName, lineNo, "override: reassigning to symbol " + name));
            }
            String stored = parseValue(sym, value, fileName, lineNo, warnings);
            if (stored == null) {
                continue;
            }
            assigned.add(sym);
            assignments.add(new KconfigModel.Assignment(sym, stored));
        }
        model.replaceUserValues(assignments);
        return warnings;
    }

    /** conf's conf_set_sym_val: the value to store, or null (with a warning) when invalid. */
    private static String parseValue(Symbol sym, String value, String file, int line, List<Diagnostic> warnings) {
        switch (sym.type()) {
            case TRISTATE:
                if (value.startsWith("m")) {
                    return "m";
                }
                // fall through
            case BOOL:
                if (value.startsWith("y")) {
                    return "y";
                }
                if (value.startsWith("n")) {
                    return "n";
                }
                warnings.add(warning(file, line, "symbol value '" + value + "' invalid for " + sym.name()));
                return null;
            case STRING: {
                if (!value.startsWith("\"")) {
                    break;
                }
                StringBuilder sb = new StringBuilder();
                int i = 1;
                boolean closed = false;
                while (i < value.length()) {
                    char c = value.charAt(i);
                    if (c == '"') {
                        closed = true;
                        break;
                    }
                    if (c == '\\') {
                        i++;
                        if (i >= value.length()) {
                            break;
                        }
                        c = value.charAt(i);
                        if (c == '"') {
                            // An escaped quote is a literal quote; keep scanning.
                            sb.append(c);
                            i++;
                            continue;
                        }
                    }
                    sb.append(c);
                    i++;
                }
                if (!closed) {
                    warnings.add(warning(file, line, "invalid string found"));
                    return null;
                }
                return sb.toString();
            }
            case INT:
            case HEX:
                break;
            default:
                return null;
        }
        if (ValueValidator.isValid(sym.type(), value)) {
            return value;
        }
        warnings.add(warning(file, line, "symbol value '" + value + "' invalid for " + sym.name()));
        return null;
    }

    private static Diagnostic warning(String file, int line, String message) {
        return Diagnostic.warning(file, line, 0, message);
    }
}
