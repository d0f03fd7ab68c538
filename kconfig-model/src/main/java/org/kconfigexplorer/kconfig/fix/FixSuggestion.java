package org.kconfigexplorer.kconfig.fix;

import java.util.List;

/**
 * One verified way to reach a request: profile changes (if any) and option settings, what they
 * override of the user's settings, and what else changes on the way. Verified means applied to
 * the model (re-parsed with the changed profile where there is one) and re-evaluated.
 *
 * @param conflicts   the changes that override a value the user had set
 * @param sideEffects other symbols whose value changes (selected ones flagged)
 */
public record FixSuggestion(List<ProfileChange> profileChanges, List<SymbolChange> changes,
                            List<SymbolChange> conflicts, List<SideEffect> sideEffects) {

    public FixSuggestion {
        profileChanges = List.copyOf(profileChanges);
        changes = List.copyOf(changes);
        conflicts = List.copyOf(conflicts);
        sideEffects = List.copyOf(sideEffects);
    }

    /** The rank key: profile changes plus option settings. */
    public int size() {
        return profileChanges.size() + changes.size();
    }
}
