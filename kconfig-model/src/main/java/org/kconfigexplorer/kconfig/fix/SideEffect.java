package org.kconfigexplorer.kconfig.fix;

/**
 * A symbol that changes value along the way without being set.
 *
 * @param selected whether it is now forced by a select
 */
public record SideEffect(String symbol, String from, String to, boolean selected) { }
