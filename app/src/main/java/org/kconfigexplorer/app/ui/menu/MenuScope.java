package org.kconfigexplorer.app.ui.menu;

import java.util.ArrayList;
import java.util.List;
import org.kconfigexplorer.kconfig.model.NodeKind;

/**
 * The rules of the split view (xconfig's): the menu list on the left holds the submenus, and the
 * option list on the right holds one submenu's entries. Entries that depend on the one above them
 * (implicit submenus) and a choice's members stay nested in the option list; a {@code menu} or a
 * {@code menuconfig} with entries under it is a submenu of its own and is entered, not expanded.
 * Pure.
 */
public final class MenuScope {

    private MenuScope() {
    }

    /** Whether {@code row} gets an entry in the menu list (and a page of its own in the option list). */
    public static boolean isSubmenu(OptionRow row) {
        return switch (row.kind()) {
            case ROOT, MENU -> true;
            case MENUCONFIG -> !row.children().isEmpty();
            default -> false;
        };
    }

    /** The submenu whose page shows {@code row}: its nearest submenu ancestor (the root at the top). */
    public static OptionRow pageOf(OptionRow row) {
        OptionRow p = row.parent();
        while (p != null && !isSubmenu(p)) {
            p = p.parent();
        }
        return p == null ? row : p;
    }

    /** The submenus directly below {@code menu} (through non-submenu entries), in menu order. */
    public static List<OptionRow> submenusOf(OptionRow menu) {
        List<OptionRow> out = new ArrayList<>();
        collect(menu, out);
        return out;
    }

    private static void collect(OptionRow row, List<OptionRow> out) {
        for (OptionRow child : row.children()) {
            if (isSubmenu(child)) {
                out.add(child);
            } else if (child.kind() != NodeKind.COMMENT) {
                collect(child, out);
            }
        }
    }

    /** The prompts from the top menu down to {@code menu}, for a breadcrumb. */
    public static List<String> path(OptionRow menu) {
        List<String> labels = new ArrayList<>();
        for (OptionRow r = menu; r != null; r = r.parent()) {
            if (isSubmenu(r)) {
                labels.add(0, r.label());
            }
        }
        return labels;
    }
}
