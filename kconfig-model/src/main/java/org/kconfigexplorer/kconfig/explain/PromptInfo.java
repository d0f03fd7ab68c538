package org.kconfigexplorer.kconfig.explain;

/**
 * A prompt of a symbol and whether its condition lets it show.
 *
 * @param condition the condition (dependencies included) with current values, "y" when none
 * @param value     the condition's current value
 */
public record PromptInfo(String text, String location, String condition, String value) { }
