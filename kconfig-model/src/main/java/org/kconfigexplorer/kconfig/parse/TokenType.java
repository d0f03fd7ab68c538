package org.kconfigexplorer.kconfig.parse;

import java.util.Map;

/** The tokens of conf's lexer.l. */
enum TokenType {
    EOL, EOF, WORD, WORD_QUOTE, ASSIGN_VAL,
    BOOL, CHOICE, COMMENT, CONFIG, DEF_BOOL, DEF_TRISTATE, DEFAULT, DEPENDS, ENDCHOICE, ENDIF,
    ENDMENU, HELP, HEX, IF, IMPLY, INT, MAINMENU, MENU, MENUCONFIG, MODULES, ON, PROMPT, RANGE,
    SELECT, SOURCE, STRING, TRANSITIONAL, TRISTATE, VISIBLE,
    OR, AND, EQUAL, UNEQUAL, LESS, LESS_EQUAL, GREATER, GREATER_EQUAL, NOT, OPEN_PAREN,
    CLOSE_PAREN, COLON_EQUAL, PLUS_EQUAL;

    static final Map<String, TokenType> KEYWORDS = Map.ofEntries(
            Map.entry("bool", BOOL), Map.entry("choice", CHOICE), Map.entry("comment", COMMENT),
            Map.entry("config", CONFIG), Map.entry("def_bool", DEF_BOOL),
            Map.entry("def_tristate", DEF_TRISTATE), Map.entry("default", DEFAULT),
            Map.entry("depends", DEPENDS), Map.entry("endchoice", ENDCHOICE), Map.entry("endif", ENDIF),
            Map.entry("endmenu", ENDMENU), Map.entry("help", HELP), Map.entry("hex", HEX),
            Map.entry("if", IF), Map.entry("imply", IMPLY), Map.entry("int", INT),
            Map.entry("mainmenu", MAINMENU), Map.entry("menu", MENU), Map.entry("menuconfig", MENUCONFIG),
            Map.entry("modules", MODULES), Map.entry("on", ON), Map.entry("prompt", PROMPT),
            Map.entry("range", RANGE), Map.entry("select", SELECT), Map.entry("source", SOURCE),
            Map.entry("string", STRING), Map.entry("transitional", TRANSITIONAL), Map.entry("tristate", TRISTATE), Map.entry("visible", VISIBLE));
}
