package org.kconfigexplorer.app.ui.conditions;

import java.util.ArrayList;
import java.util.List;
import org.kconfigexplorer.app.ui.Styles;

/**
 * One term of a preconditions tree as the user sees it: what the term is, its current value,
 * whether it is met, in words as well as in colour, and the terms below it.
 *
 * @param term       the term, e.g. "CC_IS_CLANG", "all of", "RUSTC_LLVM_MAJOR_VERSION = 19"
 * @param value      its current value as text, e.g. "n", "19" (empty for none)
 * @param met        whether the term holds (does not hold the option back)
 * @param blocking   an unmet term that holds the option back: every term above it is unmet too
 *                   (an unmet alternative of a met "any of" is not blocking)
 * @param verdict    "met" or "unmet", always shown as text
 * @param detail     a short explanation ("toolchain fact", "is 19 = 20"), may be empty
 * @param styleClass {@code Styles.CONDITION_MET} or {@code Styles.CONDITION_UNMET}; see {@link #styleClasses()}
 * @param children   the terms below
 */
public record ConditionRow(String term, String value, boolean met, boolean blocking, String verdict, String detail,
                           String styleClass, List<ConditionRow> children) {

    public ConditionRow {
        children = List.copyOf(children);
    }

    /** The style classes of the row: met or unmet, plus "not needed" for unmet terms that block nothing. */
    public List<String> styleClasses() {
        return met || blocking ? List.of(styleClass) : List.of(styleClass, Styles.CONDITION_NOT_NEEDED);
    }

    /** The row as one line of text: "✘ unmet  CC_IS_CLANG = n  (toolchain fact)". */
    public String displayText() {
        StringBuilder sb = new StringBuilder();
        sb.append(met ? ConditionPresenter.MET_MARK : ConditionPresenter.UNMET_MARK).append(' ').append(verdict)
                .append("  ").append(term);
        if (!value.isEmpty()) {
            sb.append(" = ").append(value);
        }
        if (!detail.isEmpty()) {
            sb.append("  (").append(detail).append(')');
        }
        if (!met && !blocking) {
            sb.append("  ").append(ConditionPresenter.NOT_NEEDED);
        }
        return sb.toString();
    }

    /** This row and every row below it, depth first. */
    public List<ConditionRow> flatten() {
        List<ConditionRow> out = new ArrayList<>();
        collect(this, out);
        return out;
    }

    private static void collect(ConditionRow row, List<ConditionRow> out) {
        out.add(row);
        for (ConditionRow child : row.children) {
            collect(child, out);
        }
    }
}
