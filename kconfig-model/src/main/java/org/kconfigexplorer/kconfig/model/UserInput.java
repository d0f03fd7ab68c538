package org.kconfigexplorer.kconfig.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A model's user input by name: every defined symbol's user value (in order of first mention)
 * and every choice's priority order (conf's {@code choice_members} list, which decides the
 * selection when a member set to y is hidden). Unlike {@link UserValues} it names symbols, so
 * {@link KconfigModel#restoreUserInput} can put it back into the same tree loaded again (e.g.
 * with another toolchain). Immutable; equal inputs give equal configurations.
 *
 * @param values  NAME, VALUE pairs
 * @param choices each choice's priority order
 */
public record UserInput(List<Map.Entry<String, String>> values, List<ChoiceOrder> choices) {

    /**
     * One choice's priority order.
     *
     * @param members  the member names in definition order (names the choice)
     * @param priority the member names in priority order, highest first
     */
    public record ChoiceOrder(List<String> members, List<String> priority) {
        public ChoiceOrder {
            members = List.copyOf(members);
            priority = List.copyOf(priority);
        }
    }

    public UserInput {
        values = List.copyOf(Objects.requireNonNull(values, "values"));
        choices = List.copyOf(Objects.requireNonNull(choices, "choices"));
    }
}
