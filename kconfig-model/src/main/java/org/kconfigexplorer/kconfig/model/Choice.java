package org.kconfigexplorer.kconfig.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A {@code choice ... endchoice} block: exactly one visible member is y (Linux 6.11+ semantics,
 * no tristate or optional choices).
 */
public final class Choice extends ConfigItem {

    /** Members in definition order. */
    final List<Symbol> members = new ArrayList<>();
    /**
     * Members in priority order, as conf's {@code choice_members} list: a member the user set
     * moves to the front.
     */
    final List<Symbol> priority = new ArrayList<>();

    Symbol selection;
    /** The members' names in definition order, made on first use (the members are fixed by then). */
    private List<String> memberNames;

    public List<Symbol> members() {
        return Collections.unmodifiableList(members);
    }

    /** The members' names in definition order (immutable). */
    public List<String> memberNames() {
        List<String> names = memberNames;
        if (names == null) {
            names = List.copyOf(KconfigModel.names(members));
            memberNames = names;
        }
        return names;
    }

    /**
     * Members in conf's priority order (its {@code choice_members} list): the ones the user set
     * most recently first. A read-only view.
     */
    public List<Symbol> priorityOrder() {
        return Collections.unmodifiableList(priority);
    }

    /** The member that is y after the last evaluation, or null when none is visible. */
    public Symbol selection() {
        return selection;
    }

    public Tristate visibility() {
        return visible;
    }

    @Override
    public String displayName() {
        String prompt = promptText();
        return prompt == null ? "<choice>" : "<choice> " + prompt;
    }

    @Override
    public String toString() {
        return displayName();
    }
}
