package org.kconfigexplorer.kconfig.explain;

import java.util.List;

/**
 * Everything that says why a symbol is what it is, as plain data (JSON-serialisable, symbols by
 * name): its value and where it came from, its visibility, its direct dependencies as a tree
 * with the failing leaves singled out, who selects or implies it and what it selects or
 * implies, and the toolchain facts involved traced to profile fields.
 *
 * @param definitions   file:line of every definition
 * @param valueReasons  where the value came from, most decisive first
 * @param failingLeaves labels of the unmet terms that hold the symbol back
 * @param toolchain     traces of the toolchain-derived symbols involved (the symbol itself first)
 */
public record SymbolExplanation(String name, String type, String value, String userValue, String prompt,
                                List<String> definitions, List<String> menuPath, List<ValueReason> valueReasons,
                                VisibilityExplanation visibility, DependencyNode dependencies,
                                List<String> failingLeaves, List<ReverseDependencyInfo> selectedBy,
                                List<ReverseDependencyInfo> impliedBy, List<ReverseDependencyInfo> selects,
                                List<ReverseDependencyInfo> implies, List<ToolchainTrace> toolchain) {

    public SymbolExplanation {
        definitions = List.copyOf(definitions);
        menuPath = List.copyOf(menuPath);
        valueReasons = List.copyOf(valueReasons);
        failingLeaves = List.copyOf(failingLeaves);
        selectedBy = List.copyOf(selectedBy);
        impliedBy = List.copyOf(impliedBy);
        selects = List.copyOf(selects);
        implies = List.copyOf(implies);
        toolchain = List.copyOf(toolchain);
    }
}
