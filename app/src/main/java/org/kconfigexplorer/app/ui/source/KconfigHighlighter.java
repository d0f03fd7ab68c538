package org.kconfigexplorer.app.ui.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.kconfigexplorer.app.ui.Styles;

/**
 * Kconfig syntax highlighting as style spans: keywords, types, strings, comments, help text,
 * symbol names, operators and macro references {@code $(...)}. Line based, like the Kconfig
 * lexer: a {@code help} line starts help text that runs while lines are blank or indented at
 * least as far as its first line. Pure.
 */
public final class KconfigHighlighter {

    /** A styled range {@code [start, end)} of the text. */
    public record Span(int start, int end, String style) { }

    static final Set<String> KEYWORDS = Set.of("config", "menuconfig", "choice", "endchoice", "menu", "endmenu",
            "if", "endif", "source", "rsource", "osource", "orsource", "comment", "mainmenu", "prompt", "default",
            "depends", "on", "select", "imply", "range", "help", "---help---", "visible", "modules", "transitional",
            "option", "optional", "env", "defconfig_list", "allnoconfig_y");
    static final Set<String> TYPES = Set.of("bool", "tristate", "int", "hex", "string", "def_bool", "def_tristate",
            "def_int", "def_hex", "def_string");

    private KconfigHighlighter() {
    }

    /** The spans of {@code text}, in order, not overlapping; unstyled text has no span. */
    public static List<Span> highlight(String text) {
        List<Span> spans = new ArrayList<>();
        int helpIndent = -1;      // >= 0: inside help text with this indentation
        boolean helpStarting = false;
        int pos = 0;
        int n = text.length();
        while (pos <= n) {
            int eol = text.indexOf('\n', pos);
            if (eol < 0) {
                eol = n;
            }
            String line = text.substring(pos, eol);
            boolean blank = line.isBlank();
            int indent = indentOf(line);
            if (helpStarting && !blank) {
                helpIndent = indent;
                helpStarting = false;
            }
            if (helpIndent >= 0 && !blank && indent < helpIndent) {
                helpIndent = -1;
            }
            if (helpStarting || helpIndent >= 0) {
                if (!blank) {
                    spans.add(new Span(pos, eol, Styles.KC_HELP));
                }
            } else if (lineCode(line, pos, spans)) {
                helpStarting = true;
            }
            pos = eol + 1;
        }
        return spans;
    }

    private static int indentOf(String line) {
        int col = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ') {
                col++;
            } else if (c == '\t') {
                col = (col / 8 + 1) * 8;
            } else {
                break;
            }
        }
        return col;
    }

    /** Highlights one line of Kconfig statements; true when it is a help keyword line. */
    private static boolean lineCode(String line, int base, List<Span> spans) {
        int i = 0;
        int n = line.length();
        boolean first = true;
        boolean help = false;
        while (i < n) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '#') {
                spans.add(new Span(base + i, base + n, Styles.KC_COMMENT));
                break;
            } else if (c == '"' || c == '\'') {
                int end = stringEnd(line, i);
                stringSpans(line, i, end, base, spans);
                i = end;
                first = false;
            } else if (c == '$' && i + 1 < n && line.charAt(i + 1) == '(') {
                int end = macroEnd(line, i);
                spans.add(new Span(base + i, base + end, Styles.KC_MACRO));
                i = end;
                first = false;
            } else if (isWordChar(c) || (c == '-' && line.startsWith("---help---", i))) {
                int end = c == '-' ? i + "---help---".length() : i;
                while (end < n && isWordChar(line.charAt(end))) {
                    end++;
                }
                String word = line.substring(i, end);
                String style;
                if (KEYWORDS.contains(word) && (first || word.equals("on") || word.equals("if"))) {
                    style = Styles.KC_KEYWORD;
                    help |= first && (word.equals("help") || word.equals("---help---"));
                } else if (TYPES.contains(word) && first) {
                    style = Styles.KC_TYPE;
                } else {
                    style = Styles.KC_SYMBOL;
                }
                spans.add(new Span(base + i, base + end, style));
                i = end;
                first = false;
            } else if ("!=<>&|():+".indexOf(c) >= 0) {
                int end = i + 1;
                while (end < n && "=&|".indexOf(line.charAt(end)) >= 0 && end - i < 2) {
                    end++;
                }
                spans.add(new Span(base + i, base + end, Styles.KC_OPERATOR));
                i = end;
                first = false;
            } else {
                i++;
                first = false;
            }
        }
        return help;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static int stringEnd(String line, int start) {
        char quote = line.charAt(start);
        int i = start + 1;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else {
                i++;
            }
        }
        return line.length();
    }

    /** A string, with the macro references inside it styled as macros. */
    private static void stringSpans(String line, int start, int end, int base, List<Span> spans) {
        int from = start;
        int i = start + 1;
        while (i < end) {
            if (line.charAt(i) == '$' && i + 1 < end && line.charAt(i + 1) == '(') {
                int m = Math.min(end, macroEnd(line, i));
                spans.add(new Span(base + from, base + i, Styles.KC_STRING));
                spans.add(new Span(base + i, base + m, Styles.KC_MACRO));
                from = m;
                i = m;
            } else {
                i++;
            }
        }
        if (from < end) {
            spans.add(new Span(base + from, base + end, Styles.KC_STRING));
        }
    }

    private static int macroEnd(String line, int start) {
        int depth = 0;
        for (int i = start + 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth == 0) {
                    return i + 1;
                }
            }
        }
        return line.length();
    }
}
