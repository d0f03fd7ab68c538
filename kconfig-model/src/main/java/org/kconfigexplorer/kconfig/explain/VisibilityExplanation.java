package org.kconfigexplorer.kconfig.explain;

import java.util.List;

/**
 * How visible a symbol is and why: n means no prompt shows and the user cannot set it.
 *
 * @param changeable conf's sym_is_changeable: visible above what selects force
 * @param summary    one sentence, e.g. "not visible: every prompt's condition is n"
 */
public record VisibilityExplanation(String value, boolean changeable, String summary, List<PromptInfo> prompts) {

    public VisibilityExplanation {
        prompts = List.copyOf(prompts);
    }
}
