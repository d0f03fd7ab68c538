package org.kconfigexplorer.kconfig.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One entry of the menu tree (conf's {@code struct menu}): a config or menuconfig definition, a
 * choice, a menu, a comment, an if block, or the root. The tree is shaped as conf shapes it
 * after finalization: if blocks flattened, implicit submenus created.
 */
public final class MenuNode {

    private final NodeKind kind;
    private final ConfigItem item;
    private final SourceLocation location;
    MenuNode parent;
    final List<MenuNode> children = new ArrayList<>();
    Prompt prompt;
    /** Dependencies of this node: its own "depends on" and, after finalization, its parents'. */
    Expr dependencies;
    /** A menu's "visible if" condition. */
    Expr visibleIf;
    String help;

    MenuNode(NodeKind kind, ConfigItem item, SourceLocation location) {
        this.kind = kind;
        this.item = item;
        this.location = location;
    }

    public NodeKind kind() {
        return kind;
    }

    /** The symbol or choice this node defines, or null for menus, comments, ifs and the root. */
    public ConfigItem item() {
        return item;
    }

    public Symbol symbol() {
        return item instanceof Symbol s ? s : null;
    }

    public Choice choice() {
        return item instanceof Choice c ? c : null;
    }

    public SourceLocation location() {
        return location;
    }

    public MenuNode parent() {
        return parent;
    }

    public List<MenuNode> children() {
        return Collections.unmodifiableList(children);
    }

    public Prompt prompt() {
        return prompt;
    }

    public String promptText() {
        return prompt == null ? null : prompt.text();
    }

    public Expr dependencies() {
        return dependencies;
    }

    public Expr visibleIf() {
        return visibleIf;
    }

    public String help() {
        return help;
    }

    /** A node that shows in menus as a submenu: a menu, a menuconfig or a choice. */
    public boolean isMenu() {
        return kind == NodeKind.MENU || kind == NodeKind.MENUCONFIG || kind == NodeKind.CHOICE
                || kind == NodeKind.ROOT;
    }

    /** The prompts of the enclosing menus, outermost first, excluding the root. */
    public List<String> menuPath() {
        List<String> path = new ArrayList<>();
        for (MenuNode n = parent; n != null && n.kind != NodeKind.ROOT; n = n.parent) {
            if (n.promptText() != null) {
                path.add(0, n.promptText());
            }
        }
        return path;
    }

    @Override
    public String toString() {
        String label = prompt != null ? prompt.text() : item != null ? item.displayName() : kind.name();
        return kind + " " + label + " @" + location;
    }
}
