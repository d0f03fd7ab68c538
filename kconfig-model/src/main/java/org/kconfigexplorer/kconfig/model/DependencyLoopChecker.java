package org.kconfigexplorer.kconfig.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * conf's sym_check_deps (scripts/kconfig/symbol.c), run as conf_parse() runs it: for every menu
 * entry in menu order, a depth-first walk over what the item's value depends on (direct
 * dependencies, reverse dependencies from select and imply, then each prompt, default and range
 * in definition order: its visibility condition, and a default's value). A choice is checked as
 * one block with its members. The first loop found ends that entry's walk and is reported with
 * conf's wording, one line per edge:
 * "symbol A depends on B", "symbol B is selected by A", "symbol B is implied by A",
 * "symbol A default value contains B", "symbol A prompt is visible depending on B",
 * "symbol A is part of choice block at FILE:LINE"; a choice is named "&lt;choice&gt;".
 * Every item walked is marked checked and not walked again, as conf does, so each loop is
 * reported once and an item on a reported loop hides other loops through it.
 */
final class DependencyLoopChecker {

    private final KconfigModel model;
    private final List<Diagnostic> diagnostics;
    /** conf's SYMBOL_CHECKED. */
    private final Set<ConfigItem> checked = new HashSet<>();
    /** conf's SYMBOL_CHECK: on the current path. */
    private final Set<ConfigItem> checking = new HashSet<>();
    /** conf's dep_stack, bottom first. */
    private final List<Frame> stack = new ArrayList<>();

    /** What a stack frame is looking at, for the message. */
    private enum Via { NONE, DEPENDS, SELECTED, IMPLIED, VISIBLE, VALUE }

    /** A dep_stack entry: an item and which of its expressions the walk is in. */
    private static final class Frame {
        final ConfigItem item;
        Via via = Via.NONE;
        /** The property's type name ("prompt", "default", "range") for VISIBLE and VALUE. */
        String property;

        Frame(ConfigItem item) {
            this.item = item;
        }
    }

    /** A prompt, default or range of an item, in definition order. */
    private record Property(String type, Expr visible, Expr value, MenuNode node, SourceLocation location) { }

    DependencyLoopChecker(KconfigModel model, List<Diagnostic> diagnostics) {
        this.model = model;
        this.diagnostics = diagnostics;
    }

    void check() {
        for (MenuNode node : model.allNodes()) {
            if (node.item() != null) {
                checkDeps(node.item());
            }
        }
    }

    /** sym_check_deps: the item that closed a loop, or null. */
    private ConfigItem checkDeps(ConfigItem item) {
        if (checking.contains(item)) {
            report(item);
            return item;
        }
        if (checked.contains(item)) {
            return null;
        }
        if (item instanceof Symbol sym && sym.choice != null) {
            // For choice members, the check starts with the choice.
            stack.add(new Frame(sym));
            ConfigItem found = checkDeps(sym.choice);
            stack.remove(stack.size() - 1);
            return found;
        }
        if (item instanceof Choice choice) {
            return checkChoiceDeps(choice);
        }
        checking.add(item);
        checked.add(item);
        ConfigItem found = checkItemDeps(item);
        checking.remove(item);
        return found;
    }

    /** sym_check_sym_deps. */
    private ConfigItem checkItemDeps(ConfigItem item) {
        Frame frame = new Frame(item);
        stack.add(frame);
        try {
            ConfigItem found;
            frame.via = Via.DEPENDS;
            found = checkExpr(item.directDeps);
            if (found != null) {
                return found;
            }
            if (item instanceof Symbol sym) {
                frame.via = Via.SELECTED;
                found = checkExpr(sym.reverseDeps);
                if (found != null) {
                    return found;
                }
                frame.via = Via.IMPLIED;
                found = checkExpr(sym.weakReverseDeps);
                if (found != null) {
                    return found;
                }
            }
            for (Property p : properties(item)) {
                frame.via = Via.VISIBLE;
                frame.property = p.type();
                found = checkExpr(p.visible());
                if (found != null) {
                    return found;
                }
                if (p.value() == null || item instanceof Choice) {
                    continue;
                }
                frame.via = Via.VALUE;
                found = checkExpr(p.value());
                if (found != null) {
                    return found;
                }
            }
            return null;
        } finally {
            stack.remove(stack.size() - 1);
        }
    }

    /** sym_check_choice_deps: the choice, then each member; a loop inside the block is the choice's. */
    private ConfigItem checkChoiceDeps(Choice choice) {
        stack.add(new Frame(choice));
        List<Symbol> members = subEntrySymbols(choice);
        checking.addAll(members);
        checked.addAll(members);
        checking.add(choice);
        checked.add(choice);
        ConfigItem found = checkItemDeps(choice);
        checking.remove(choice);
        if (found == null) {
            for (Symbol member : members) {
                found = checkItemDeps(member);
                if (found != null) {
                    break;
                }
            }
        }
        checking.removeAll(members);
        if (found instanceof Symbol s && s.choice == choice) {
            found = choice;
        }
        stack.remove(stack.size() - 1);
        return found;
    }

    /** menu_for_each_sub_entry over the choice's first node: every symbol below it. */
    private static List<Symbol> subEntrySymbols(Choice choice) {
        List<Symbol> out = new ArrayList<>();
        if (!choice.nodes.isEmpty()) {
            collect(choice.nodes.get(0), out);
        }
        return out;
    }

    private static void collect(MenuNode parent, List<Symbol> out) {
        for (MenuNode child : parent.children) {
            if (child.symbol() != null) {
                out.add(child.symbol());
            }
            collect(child, out);
        }
    }

    /** sym_check_expr_deps: symbols in the order conf visits them. */
    private ConfigItem checkExpr(Expr e) {
        if (e == null) {
            return null;
        }
        if (e instanceof Expr.Sym s) {
            return checkSymbol(s.symbol());
        }
        if (e instanceof Expr.Not n) {
            return checkExpr(n.operand());
        }
        if (e instanceof Expr.And a) {
            ConfigItem found = checkExpr(a.left());
            return found != null ? found : checkExpr(a.right());
        }
        if (e instanceof Expr.Or o) {
            ConfigItem found = checkExpr(o.left());
            return found != null ? found : checkExpr(o.right());
        }
        Expr.Compare c = (Expr.Compare) e;
        ConfigItem found = checkSymbol(c.left());
        return found != null ? found : checkSymbol(c.right());
    }

    private ConfigItem checkSymbol(Symbol s) {
        // Constants and undefined names have no dependencies, so they close no loop.
        if (s.isConstant() || !s.isDefined()) {
            return null;
        }
        return checkDeps(s);
    }

    /** The item's prompts, defaults and ranges in definition order (conf's sym->prop list). */
    private List<Property> properties(ConfigItem item) {
        List<Property> props = new ArrayList<>();
        for (Prompt p : item.prompts) {
            props.add(new Property("prompt", p.condition(), null, p.node(), p.location()));
        }
        for (DefaultValue d : item.defaults) {
            props.add(new Property("default", d.condition(), d.value(), d.node(), d.location()));
        }
        if (item instanceof Symbol sym) {
            for (RangeProperty r : sym.ranges) {
                props.add(new Property("range", r.condition(), null, r.node(), r.location()));
            }
        }
        props.sort(Comparator.comparingInt((Property p) -> item.nodes.indexOf(p.node()))
                .thenComparingInt(p -> p.location() == null ? 0 : p.location().line()));
        return props;
    }

    private static String name(ConfigItem item) {
        return item instanceof Symbol s ? s.name() : "<choice>";
    }

    /** sym_check_print_recursive. */
    private void report(ConfigItem lastItem) {
        List<Frame> frames = new ArrayList<>(stack);
        if (lastItem instanceof Symbol s && s.choice != null) {
            frames.add(new Frame(s));
            lastItem = s.choice;
        }
        int start = -1;
        for (int i = frames.size() - 1; i >= 0; i--) {
            if (frames.get(i).item == lastItem) {
                start = i;
                break;
            }
        }
        if (start < 0) {
            diagnostics.add(Diagnostic.error(null, 0, 0, "unexpected recursive dependency error"));
            return;
        }
        StringBuilder sb = new StringBuilder("recursive dependency detected!");
        for (int i = start; i < frames.size(); i++) {
            Frame f = frames.get(i);
            ConfigItem next = i + 1 < frames.size() ? frames.get(i + 1).item : lastItem;
            sb.append("\n\tsymbol ").append(name(f.item)).append(' ');
            if (next instanceof Choice choice) {
                SourceLocation at = choice.nodes.get(0).location();
                sb.append("is part of choice block at ").append(at.file()).append(':').append(at.line());
                continue;
            }
            switch (f.via) {
                case DEPENDS:
                    sb.append("depends on ");
                    break;
                case SELECTED:
                    sb.append("is selected by ");
                    break;
                case IMPLIED:
                    sb.append("is implied by ");
                    break;
                case VALUE:
                    sb.append(f.property).append(" value contains ");
                    break;
                case VISIBLE:
                    sb.append(f.property).append(" is visible depending on ");
                    break;
                default:
                    sb.append("unknown is visible depending on ");
                    break;
            }
            sb.append(name(next));
        }
        SourceLocation at = lastItem.nodes.isEmpty() ? null : lastItem.nodes.get(0).location();
        diagnostics.add(Diagnostic.error(at == null ? null : at.file(), at == null ? 0 : at.line(), 0, sb.toString()));
    }
}
