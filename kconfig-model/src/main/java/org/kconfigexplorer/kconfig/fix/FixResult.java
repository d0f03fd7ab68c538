package org.kconfigexplorer.kconfig.fix;

import java.util.List;

/**
 * The answer to a {@link FixRequest}: verified suggestions, smallest first, or why none exists.
 *
 * @param current    the symbol's value now
 * @param reason     for UNREACHABLE: why, in words; null otherwise
 * @param blocking   for UNREACHABLE: the blocking expression with current values; null otherwise
 * @param bounds     the limits the search ran under (cone size, change count, profile catalogue)
 * @param coneSize   symbols encoded for the solver
 * @param rejected   candidates the solver proposed that failed verification
 */
public record FixResult(String symbol, String requested, String current, Status status,
                        List<FixSuggestion> suggestions, String reason, String blocking, List<String> bounds,
                        int coneSize, int rejected) {

    /** What the search found. */
    public enum Status { ALREADY, FIXES, UNREACHABLE }

    public FixResult {
        suggestions = List.copyOf(suggestions);
        bounds = List.copyOf(bounds);
    }
}
