package org.kconfigexplorer.kconfig.parse;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kconfigexplorer.kconfig.macro.MacroException;
import org.kconfigexplorer.kconfig.macro.MacroShell;
import org.kconfigexplorer.kconfig.macro.Preprocessor;
import org.kconfigexplorer.kconfig.macro.VariableFlavor;
import org.kconfigexplorer.kconfig.model.Choice;
import org.kconfigexplorer.kconfig.model.Diagnostic;
import org.kconfigexplorer.kconfig.model.Expr;
import org.kconfigexplorer.kconfig.model.KconfigModel;
import org.kconfigexplorer.kconfig.model.MenuNode;
import org.kconfigexplorer.kconfig.model.ModelBuilder;
import org.kconfigexplorer.kconfig.model.NodeKind;
import org.kconfigexplorer.kconfig.model.Relation;
import org.kconfigexplorer.kconfig.model.SourceLocation;
import org.kconfigexplorer.kconfig.model.Symbol;
import org.kconfigexplorer.kconfig.model.SymbolType;

/**
 * Parses a Kconfig tree in conf's phases: the lexer preprocesses (macros), this class parses
 * statements into a {@link ModelBuilder}, and the builder finalizes and checks. Problems become
 * diagnostics; parsing goes on after an error so that one run reports as many as it can.
 */
public final class KconfigParser {

    private static final Set<TokenType> STATEMENT_START = EnumSet.of(TokenType.CONFIG, TokenType.MENUCONFIG,
            TokenType.CHOICE, TokenType.ENDCHOICE, TokenType.COMMENT, TokenType.MENU, TokenType.ENDMENU,
            TokenType.IF, TokenType.ENDIF, TokenType.SOURCE, TokenType.MAINMENU, TokenType.WORD, TokenType.EOF);

    private final SourceTree tree;
    private final Preprocessor preprocessor;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Deque<KconfigLexer> lexers = new ArrayDeque<>();
    private final Deque<SourceLocation> includedFrom = new ArrayDeque<>();
    private final List<String> files = new ArrayList<>();
    private ModelBuilder builder;
    private Token token;
    private Token lookahead;
    private SourceLocation statementStart;
    /** Whether a macro-expanded token was read since the last reset (for defaults' provenance). */
    private boolean macroSeen;
    private final ParseMonitor monitor;

    private KconfigParser(SourceTree tree, Map<String, String> environment, MacroShell shell, ParseMonitor monitor) {
        this.tree = tree;
        this.preprocessor = new Preprocessor(environment, shell);
        this.monitor = monitor;
    }

    /**
     * Parses the tree whose top file is {@code rootFile} (normally "Kconfig").
     *
     * @param environment what the kernel Makefile would export (srctree, ARCH, CC, ...)
     * @param shell       answers $(shell,...)
     */
    public static ParseResult parse(SourceTree tree, String rootFile, Map<String, String> environment,
                                    MacroShell shell) {
        return parse(tree, rootFile, environment, shell, ParseMonitor.NONE);
    }

    /**
     * Like {@link #parse(SourceTree, String, Map, MacroShell)}, reporting progress to and
     * checking for cancellation with {@code monitor} before each file.
     *
     * @throws ParseMonitor.CancelledException when the monitor cancelled the parse
     */
    public static ParseResult parse(SourceTree tree, String rootFile, Map<String, String> environment,
                                    MacroShell shell, ParseMonitor monitor) {
        return new KconfigParser(tree, environment, shell, monitor).run(rootFile);
    }

    private ParseResult run(String rootFile) {
        builder = new ModelBuilder(rootFile);
        if (!openFile(rootFile, null)) {
            KconfigModel model = builder.finish();
            return result(model);
        }
        advance();
        if (token.type() == TokenType.MAINMENU) {
            startStatement();
            advance();
            String title = expectString("a quoted title after 'mainmenu'");
            builder.setMainMenu(title == null ? "Main menu" : title, statementStart);
            expectEol();
        }
        parseStatements(Block.TOP, false);
        KconfigModel model = builder.finish();
        diagnostics.addAll(builder.diagnostics());
        return result(model);
    }

    private ParseResult result(KconfigModel model) {
        return new ParseResult(model, diagnostics, preprocessor.messages(), preprocessor.shellCommands(),
                preprocessor.usedEnvironment(), files);
    }

    // ---- files ----

    private boolean openFile(String name, SourceLocation from) {
        if (monitor.cancelled().getAsBoolean()) {
            throw new ParseMonitor.CancelledException(files.size());
        }
        for (KconfigLexer open : lexers) {
            if (open.file().equals(name)) {
                // conf's wording (lexer.l zconf_nextfile): the source statement, then its includers.
                StringBuilder sb = new StringBuilder("Recursive inclusion detected.\nInclusion path:\n  current file : ")
                        .append(name);
                if (from != null) {
                    sb.append("\n  included from: ").append(from);
                }
                for (SourceLocation loc : includedFrom) {
                    sb.append("\n  included from: ").append(loc);
                }
                error(from, sb.toString());
                return false;
            }
        }
        String text;
        try {
            text = tree.read(name).orElse(null);
        } catch (IOException e) {
            error(from, "can't read file \"" + name + "\": " + e.getMessage());
            return false;
        }
        if (text == null) {
            if (from == null) {
                diagnostics.add(Diagnostic.error(name, 0, 0, "can't find file " + name + " in " + tree.describe()));
            } else {
                error(from, "can't open file \"" + name + "\"");
            }
            return false;
        }
        files.add(name);
        monitor.filesParsed().accept(files.size());
        lexers.push(new KconfigLexer(name, text, preprocessor, diagnostics));
        if (from != null) {
            includedFrom.push(from);
        }
        return true;
    }

    private void advance() {
        if (lookahead != null) {
            token = lookahead;
            lookahead = null;
            macroSeen |= token.expanded();
            return;
        }
        while (true) {
            KconfigLexer lexer = lexers.peek();
            if (lexer == null) {
                token = new Token(TokenType.EOF, null, 0, 0);
                return;
            }
            Token t = lexer.next();
            if (t.type() == TokenType.EOF && lexers.size() > 1) {
                lexers.pop();
                includedFrom.poll();
                continue;
            }
            token = t;
            macroSeen |= t.expanded();
            return;
        }
    }

    private Token peekNext() {
        if (lookahead == null) {
            Token current = token;
            advance();
            lookahead = token;
            token = current;
        }
        return lookahead;
    }

    private String currentFile() {
        KconfigLexer lexer = lexers.peek();
        return lexer == null ? "" : lexer.file();
    }

    private SourceLocation here() {
        return new SourceLocation(currentFile(), token.line());
    }

    private void startStatement() {
        statementStart = here();
    }

    // ---- statements ----

    private enum Block {
        TOP("", null), MENU("menu", TokenType.ENDMENU), IF("if", TokenType.ENDIF), CHOICE("choice", TokenType.ENDCHOICE);

        final String name;
        final TokenType end;

        Block(String name, TokenType end) {
            this.name = name;
            this.end = end;
        }
    }

    private static Block blockEndedBy(TokenType type) {
        switch (type) {
            case ENDMENU: return Block.MENU;
            case ENDIF: return Block.IF;
            case ENDCHOICE: return Block.CHOICE;
            default: return null;
        }
    }

    /**
     * Parses statements until the end token of {@code block} (consumed) or end of input.
     * Returns false when the input ended first.
     */
    private boolean parseStatements(Block block, boolean inChoice) {
        String blockFile = currentFile();
        SourceLocation blockStart = statementStart;
        while (true) {
            startStatement();
            TokenType type = token.type();
            if (type == TokenType.EOF) {
                if (block != Block.TOP) {
                    error(blockStart, "missing end statement for this entry");
                }
                return false;
            }
            Block ended = blockEndedBy(type);
            if (ended != null) {
                if (ended == block) {
                    if (!blockFile.equals(currentFile())) {
                        error(here(), "'end" + block.name + "' in different file than '" + block.name + "'");
                    }
                    advance();
                    expectEol();
                    return true;
                }
                error(here(), "unexpected '" + token.text() + "' within " + (block == Block.TOP ? "top level"
                        : block.name + " block"));
                skipLine();
                continue;
            }
            switch (type) {
                case CONFIG:
                case MENUCONFIG:
                    parseConfig(type == TokenType.MENUCONFIG, inChoice);
                    break;
                case COMMENT:
                    parseComment();
                    break;
                case IF:
                    parseIf(inChoice);
                    break;
                case CHOICE:
                    if (inChoice) {
                        invalidStatement();
                    } else {
                        parseChoice();
                    }
                    break;
                case MENU:
                    if (inChoice) {
                        invalidStatement();
                    } else {
                        parseMenu();
                    }
                    break;
                case SOURCE:
                    if (inChoice) {
                        invalidStatement();
                    } else {
                        parseSource();
                    }
                    break;
                case WORD:
                    if (!inChoice && isAssignment(peekNext().type())) {
                        parseAssignment();
                    } else {
                        error(here(), "unknown statement \"" + token.text() + "\"");
                        skipLine();
                    }
                    break;
                case EOL:
                    advance();
                    break;
                default:
                    invalidStatement();
                    break;
            }
        }
    }

    private static boolean isAssignment(TokenType type) {
        return type == TokenType.EQUAL || type == TokenType.COLON_EQUAL || type == TokenType.PLUS_EQUAL;
    }

    private void invalidStatement() {
        error(here(), "invalid statement: unexpected " + token.describe());
        skipLine();
    }

    private void parseAssignment() {
        String name = token.text();
        advance();
        VariableFlavor flavor = token.type() == TokenType.EQUAL ? VariableFlavor.RECURSIVE
                : token.type() == TokenType.COLON_EQUAL ? VariableFlavor.SIMPLE : VariableFlavor.APPEND;
        advance();
        String value = "";
        if (token.type() == TokenType.ASSIGN_VAL) {
            value = token.text();
            advance();
        }
        preprocessor.setPosition(statementStart.file(), statementStart.line());
        try {
            preprocessor.assign(name, value, flavor);
        } catch (MacroException e) {
            error(statementStart, e.getMessage());
        }
        expectEol();
    }

    private void parseSource() {
        SourceLocation at = statementStart;
        advance();
        String name = expectString("a quoted file name after 'source'");
        if (name == null) {
            skipLine();
            return;
        }
        if (token.type() != TokenType.EOL && token.type() != TokenType.EOF) {
            syntaxError("end of line after the file name");
            skipLine();
            return;
        }
        // Open the new file before reading past this line, as conf does after its T_EOL.
        openFile(name, at);
        advance();
    }

    private void parseConfig(boolean menuconfig, boolean inChoice) {
        SourceLocation at = statementStart;
        advance();
        if (token.type() != TokenType.WORD) {
            syntaxError("a symbol name after '" + (menuconfig ? "menuconfig" : "config") + "'");
            skipLine();
            return;
        }
        Symbol sym = builder.lookup(token.text());
        if (sym.isConstant()) {
            error(here(), "'" + token.text() + "' is a constant and cannot be defined");
            skipLine();
            return;
        }
        advance();
        expectEol();
        MenuNode node = builder.addEntry(menuconfig ? NodeKind.MENUCONFIG : NodeKind.CONFIG, sym, at);
        parseConfigOptions();
        if (menuconfig && node.prompt() == null) {
            builder.warn(at, "menuconfig statement without prompt");
        }
        if (inChoice) {
            if (node.prompt() == null) {
                builder.error(at, "choice member must have a prompt");
            }
            if (sym.type() != SymbolType.BOOL) {
                builder.error(at, "choice member must be bool");
            }
            builder.addChoiceMember(sym);
        }
    }

    private void parseConfigOptions() {
        while (true) {
            startStatement();
            SourceLocation at = statementStart;
            switch (token.type()) {
                case BOOL:
                case TRISTATE:
                case INT:
                case HEX:
                case STRING: {
                    SymbolType type = typeOf(token.type());
                    advance();
                    if (token.type() == TokenType.WORD_QUOTE) {
                        String text = token.text();
                        advance();
                        builder.addPrompt(text, parseIfExpr(), at, true);
                    }
                    builder.setType(type, at);
                    expectEol();
                    break;
                }
                case PROMPT:
                    parsePrompt(at);
                    break;
                case DEFAULT:
                case DEF_BOOL:
                case DEF_TRISTATE: {
                    TokenType kind = token.type();
                    macroSeen = false;
                    preprocessor.beginCapture();
                    advance();
                    Expr value = parseExpr();
                    Expr cond = value == null ? null : parseIfExpr();
                    java.util.Set<String> commands = preprocessor.endCapture();
                    if (value == null) {
                        skipLine();
                        break;
                    }
                    builder.addDefault(value, cond, at, macroSeen, commands);
                    if (kind == TokenType.DEF_BOOL) {
                        builder.setType(SymbolType.BOOL, at);
                    } else if (kind == TokenType.DEF_TRISTATE) {
                        builder.setType(SymbolType.TRISTATE, at);
                    }
                    expectEol();
                    break;
                }
                case SELECT:
                case IMPLY: {
                    boolean select = token.type() == TokenType.SELECT;
                    advance();
                    Symbol target = expectNonConstSymbol(select ? "select" : "imply");
                    if (target == null) {
                        skipLine();
                        break;
                    }
                    Expr cond = parseIfExpr();
                    if (select) {
                        builder.addSelect(target, cond, at);
                    } else {
                        builder.addImply(target, cond, at);
                    }
                    expectEol();
                    break;
                }
                case RANGE: {
                    advance();
                    Symbol low = parseSymbol();
                    Symbol high = low == null ? null : parseSymbol();
                    if (high == null) {
                        syntaxError("two range bounds after 'range'");
                        skipLine();
                        break;
                    }
                    builder.addRange(low, high, parseIfExpr(), at);
                    expectEol();
                    break;
                }
                case MODULES:
                    advance();
                    builder.setModules(at);
                    expectEol();
                    break;
                case TRANSITIONAL:
                    advance();
                    builder.setTransitional(at);
                    expectEol();
                    break;
                case DEPENDS:
                    parseDepends();
                    break;
                case HELP:
                    parseHelp(at);
                    break;
                case EOL:
                    advance();
                    break;
                default:
                    if (STATEMENT_START.contains(token.type())) {
                        return;
                    }
                    syntaxError("a config option (type, prompt, default, depends on, select, imply, range, help)");
                    skipLine();
                    break;
            }
        }
    }

    private static SymbolType typeOf(TokenType type) {
        switch (type) {
            case BOOL: return SymbolType.BOOL;
            case TRISTATE: return SymbolType.TRISTATE;
            case INT: return SymbolType.INT;
            case HEX: return SymbolType.HEX;
            default: return SymbolType.STRING;
        }
    }

    private void parsePrompt(SourceLocation at) {
        advance();
        String text = expectString("a quoted prompt text");
        if (text == null) {
            skipLine();
            return;
        }
        builder.addPrompt(text, parseIfExpr(), at, true);
        expectEol();
    }

    private void parseDepends() {
        advance();
        if (token.type() != TokenType.ON) {
            syntaxError("'on' after 'depends'");
            skipLine();
            return;
        }
        advance();
        Expr dep = parseExpr();
        if (dep == null) {
            skipLine();
            return;
        }
        builder.addDependency(dep);
        expectEol();
    }

    private void parseHelp(SourceLocation at) {
        advance();
        if (token.type() != TokenType.EOL) {
            syntaxError("end of line after 'help'");
            skipLine();
            return;
        }
        // The token after this line must not be read yet: the help text starts here.
        String text = lexers.peek().readHelp();
        builder.setHelp(text, at);
        advance();
    }

    private void parseChoice() {
        SourceLocation at = statementStart;
        advance();
        expectEol();
        Choice choice = builder.addChoice(at);
        builder.setType(SymbolType.BOOL, at);
        while (true) {
            startStatement();
            SourceLocation optionAt = statementStart;
            TokenType type = token.type();
            if (type == TokenType.PROMPT || type == TokenType.BOOL) {
                parsePrompt(optionAt);
            } else if (type == TokenType.DEFAULT) {
                advance();
                Symbol def = expectNonConstSymbol("default");
                if (def == null) {
                    skipLine();
                    continue;
                }
                builder.addDefault(new Expr.Sym(def), parseIfExpr(), optionAt, false, List.of());
                expectEol();
            } else if (type == TokenType.DEPENDS) {
                parseDepends();
            } else if (type == TokenType.HELP) {
                parseHelp(optionAt);
            } else if (type == TokenType.EOL) {
                advance();
            } else {
                break;
            }
        }
        if (choice.prompts().isEmpty()) {
            builder.error(at, "choice must have a prompt");
        }
        builder.beginMenu();
        parseStatements(Block.CHOICE, true);
        builder.endMenu();
    }

    private void parseMenu() {
        SourceLocation at = statementStart;
        advance();
        String title = expectString("a quoted title after 'menu'");
        if (title == null) {
            title = "";
        }
        expectEol();
        builder.addEntry(NodeKind.MENU, null, at);
        builder.addPrompt(title, null, at, false);
        while (true) {
            startStatement();
            if (token.type() == TokenType.VISIBLE) {
                advance();
                Expr cond = parseIfExpr();
                builder.addVisibility(cond);
                expectEol();
            } else if (token.type() == TokenType.DEPENDS) {
                parseDepends();
            } else if (token.type() == TokenType.EOL) {
                advance();
            } else {
                break;
            }
        }
        builder.beginMenu();
        parseStatements(Block.MENU, false);
        builder.endMenu();
    }

    private void parseIf(boolean inChoice) {
        SourceLocation at = statementStart;
        advance();
        Expr cond = parseExpr();
        expectEol();
        builder.addEntry(NodeKind.IF, null, at);
        if (cond != null) {
            builder.addDependency(cond);
        }
        builder.beginMenu();
        parseStatements(Block.IF, inChoice);
        builder.endMenu();
    }

    private void parseComment() {
        SourceLocation at = statementStart;
        advance();
        String text = expectString("a quoted text after 'comment'");
        expectEol();
        builder.addEntry(NodeKind.COMMENT, null, at);
        builder.addPrompt(text == null ? "" : text, null, at, false);
        while (true) {
            startStatement();
            if (token.type() == TokenType.DEPENDS) {
                parseDepends();
            } else if (token.type() == TokenType.EOL) {
                advance();
            } else {
                break;
            }
        }
    }

    // ---- expressions ----

    private Expr parseIfExpr() {
        if (token.type() != TokenType.IF) {
            return null;
        }
        advance();
        return parseExpr();
    }

    /** expr: or-expression; returns null (after reporting) on a syntax error. */
    private Expr parseExpr() {
        Expr left = parseAnd();
        while (left != null && token.type() == TokenType.OR) {
            advance();
            Expr right = parseAnd();
            if (right == null) {
                return null;
            }
            left = new Expr.Or(left, right);
        }
        return left;
    }

    private Expr parseAnd() {
        Expr left = parseUnary();
        while (left != null && token.type() == TokenType.AND) {
            advance();
            Expr right = parseUnary();
            if (right == null) {
                return null;
            }
            left = new Expr.And(left, right);
        }
        return left;
    }

    private Expr parseUnary() {
        if (token.type() == TokenType.NOT) {
            advance();
            Expr operand = parseUnary();
            return operand == null ? null : new Expr.Not(operand);
        }
        if (token.type() == TokenType.OPEN_PAREN) {
            advance();
            Expr inner = parseExpr();
            if (inner == null) {
                return null;
            }
            if (token.type() != TokenType.CLOSE_PAREN) {
                syntaxError("')'");
                return null;
            }
            advance();
            return inner;
        }
        Symbol left = parseSymbol();
        if (left == null) {
            syntaxError("a symbol, a quoted string, '!' or '('");
            return null;
        }
        Relation relation = relationOf(token.type());
        if (relation == null) {
            return new Expr.Sym(left);
        }
        advance();
        Symbol right = parseSymbol();
        if (right == null) {
            syntaxError("a symbol or quoted string after '" + relation.operator() + "'");
            return null;
        }
        return new Expr.Compare(relation, left, right);
    }

    private static Relation relationOf(TokenType type) {
        switch (type) {
            case EQUAL: return Relation.EQUAL;
            case UNEQUAL: return Relation.UNEQUAL;
            case LESS: return Relation.LESS;
            case LESS_EQUAL: return Relation.LESS_EQUAL;
            case GREATER: return Relation.GREATER;
            case GREATER_EQUAL: return Relation.GREATER_EQUAL;
            default: return null;
        }
    }

    /** symbol: a word (symbol) or a quoted string (constant); null if neither. */
    private Symbol parseSymbol() {
        if (token.type() == TokenType.WORD) {
            Symbol s = builder.lookup(token.text());
            advance();
            return s;
        }
        if (token.type() == TokenType.WORD_QUOTE) {
            Symbol s = builder.lookupConstant(token.text());
            advance();
            return s;
        }
        return null;
    }

    private Symbol expectNonConstSymbol(String after) {
        if (token.type() != TokenType.WORD) {
            syntaxError("a symbol name after '" + after + "'");
            return null;
        }
        Symbol s = builder.lookup(token.text());
        advance();
        return s;
    }

    // ---- helpers ----

    private String expectString(String what) {
        if (token.type() != TokenType.WORD_QUOTE) {
            syntaxError(what);
            return null;
        }
        String text = token.text();
        advance();
        return text;
    }

    private void expectEol() {
        if (token.type() == TokenType.EOL) {
            advance();
            return;
        }
        if (token.type() == TokenType.EOF) {
            return;
        }
        syntaxError("end of line");
        skipLine();
    }

    private void skipLine() {
        while (token.type() != TokenType.EOL && token.type() != TokenType.EOF) {
            advance();
        }
        if (token.type() == TokenType.EOL) {
            advance();
        }
    }

    private void syntaxError(String expected) {
        diagnostics.add(Diagnostic.error(currentFile(), token.line(), token.column(),
                "syntax error: expected " + expected + ", found " + token.describe()));
    }

    private void error(SourceLocation at, String message) {
        if (at == null) {
            diagnostics.add(Diagnostic.error(currentFile(), token.line(), 0, message));
        } else {
            diagnostics.add(Diagnostic.error(at.file(), at.line(), 0, message));
        }
    }
}
