package org.kconfigexplorer.kconfig.toolchain;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kconfigexplorer.kconfig.macro.MacroShell;

/**
 * Test helper: a deliberately small implementation of the Kconfig macro language (variables
 * defined with {@code :=} / {@code =}, {@code $(var)}, user functions with {@code $(1)}...,
 * environment variables, {@code $(shell,...)}) that walks a Kconfig tree through its
 * {@code source} statements and expands every line, so the test can see every command the
 * tree hands to the shell. Help texts and comment lines are not expanded, as in Kconfig.
 */
final class MiniMacroExpander {

    private static final Pattern ASSIGNMENT = Pattern.compile("^([A-Za-z0-9_-]+)\\s*(:=|\\+=|=)\\s*(.*)$");
    private static final Pattern SOURCE = Pattern.compile("^\\s*source\\s+\"([^\"]*)\"\\s*$");

    private record Var(String value, boolean recursive) {
    }

    private final Path root;
    private final Map<String, String> env;
    private final MacroShell shell;
    private final Map<String, Var> vars = new HashMap<>();
    private final List<String> commands = new ArrayList<>();
    private final List<Path> files = new ArrayList<>();

    MiniMacroExpander(Path root, Map<String, String> env, MacroShell shell) {
        this.root = root;
        this.env = env;
        this.shell = shell;
    }

    /** Commands handed to the shell, in order. */
    List<String> commands() {
        return commands;
    }

    /** Files read, in order. */
    List<Path> files() {
        return files;
    }

    void run(String topFile) throws IOException {
        file(root.resolve(topFile));
    }

    private void file(Path path) throws IOException {
        files.add(path);
        List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            // Join continuation lines.
            while (line.endsWith("\\") && i + 1 < lines.size()) {
                line = line.substring(0, line.length() - 1) + lines.get(++i);
            }
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            if (t.equals("help") || t.equals("---help---")) {
                int helpIndent = -1;
                while (i + 1 < lines.size()) {
                    String h = lines.get(i + 1);
                    if (h.isBlank()) {
                        i++;
                        continue;
                    }
                    int ind = indent(h);
                    if (helpIndent < 0) {
                        helpIndent = ind;
                    }
                    if (ind < helpIndent) {
                        break;
                    }
                    i++;
                }
                continue;
            }
            Matcher a = ASSIGNMENT.matcher(line);
            if (a.matches()) {
                String name = a.group(1);
                String value = a.group(3);
                switch (a.group(2)) {
                    case ":=" -> vars.put(name, new Var(expand(value, List.of()), false));
                    case "=" -> vars.put(name, new Var(value, true));
                    default -> {
                        Var old = vars.get(name);
                        String add = old != null && !old.recursive() ? expand(value, List.of()) : value;
                        vars.put(name, new Var(old == null ? add : old.value() + " " + add,
                                old == null || old.recursive()));
                    }
                }
                continue;
            }
            String expanded = expand(line, List.of());
            Matcher s = SOURCE.matcher(expanded);
            if (s.matches()) {
                file(root.resolve(s.group(1)));
            }
        }
    }

    private static int indent(String s) {
        int col = 0;
        for (char c : s.toCharArray()) {
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

    String expand(String s, List<String> args) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '$' && i + 1 < s.length() && s.charAt(i + 1) == '(') {
                int depth = 0;
                int j = i + 1;
                for (; j < s.length(); j++) {
                    if (s.charAt(j) == '(') {
                        depth++;
                    } else if (s.charAt(j) == ')' && --depth == 0) {
                        break;
                    }
                }
                if (j >= s.length()) {
                    throw new IllegalArgumentException("unterminated reference in: " + s);
                }
                out.append(call(s.substring(i + 2, j), args));
                i = j + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private String call(String clause, List<String> args) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int k = 0; k < clause.length(); k++) {
            char c = clause.charAt(k);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(clause.substring(start, k));
                start = k + 1;
            }
        }
        parts.add(clause.substring(start));
        String name = expand(parts.get(0), args).strip();
        List<String> fargs = new ArrayList<>();
        for (int k = 1; k < parts.size(); k++) {
            String v = expand(parts.get(k), args);
            fargs.add(k == 1 ? v.stripLeading() : v);
        }
        if (name.equals("shell")) {
            String cmd = fargs.get(0);
            commands.add(cmd);
            String out = shell.run(cmd);
            while (out.endsWith("\n")) {
                out = out.substring(0, out.length() - 1);
            }
            return out.replace('\n', ' ');
        }
        if (name.matches("[0-9]+") && fargs.isEmpty()) {
            int n = Integer.parseInt(name);
            return n >= 1 && n <= args.size() ? args.get(n - 1) : "";
        }
        Var v = vars.get(name);
        if (v != null) {
            return v.recursive() ? expand(v.value(), fargs) : v.value();
        }
        if (!fargs.isEmpty()) {
            throw new IllegalArgumentException("call of undefined function " + name);
        }
        return env.getOrDefault(name, "");
    }
}
