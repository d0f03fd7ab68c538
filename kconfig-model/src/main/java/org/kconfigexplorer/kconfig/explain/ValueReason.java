package org.kconfigexplorer.kconfig.explain;

import java.util.List;

/**
 * One reason a symbol has its value, in conf's terms.
 *
 * @param location   file:line of the property involved (default, select, imply, range), or null
 * @param expression the property's expression with current values, or null
 * @param symbols    the symbols that act (selectors, impliers, the chosen member), by name
 */
public record ValueReason(Kind kind, String text, String location, String expression, List<String> symbols) {

    /** Where a value came from. */
    public enum Kind {
        USER_VALUE, USER_VALUE_IGNORED, USER_VALUE_LIMITED, DEFAULT, NO_DEFAULT, SELECT, IMPLY, CHOICE_USER_PICK,
        CHOICE_DEFAULT, CHOICE_FIRST_VISIBLE, CHOICE_NOT_SELECTED, RANGE_CLAMP, UNDEFINED, TRANSITIONAL
    }

    public ValueReason {
        symbols = List.copyOf(symbols);
    }

    static ValueReason of(Kind kind, String text) {
        return new ValueReason(kind, text, null, null, List.of());
    }
}
