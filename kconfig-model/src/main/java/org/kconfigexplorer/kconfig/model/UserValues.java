package org.kconfigexplorer.kconfig.model;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A saved copy of a model's user input: every symbol's user value and every choice's priority
 * order. {@link KconfigModel#restoreUserValues} puts it back exactly, so a "what if" change can
 * be tried on the model and rolled back.
 */
public final class UserValues {

    final Map<Symbol, String> values = new IdentityHashMap<>();
    final Map<Choice, List<Symbol>> priorities = new IdentityHashMap<>();

    UserValues(KconfigModel model) {
        for (Symbol s : model.symbolsWithUserValues()) {
            values.put(s, s.userValue);
        }
        for (Choice c : model.choices) {
            priorities.put(c, new ArrayList<>(c.priority));
        }
    }

    /** How many symbols had a user value. */
    public int size() {
        return values.size();
    }
}
