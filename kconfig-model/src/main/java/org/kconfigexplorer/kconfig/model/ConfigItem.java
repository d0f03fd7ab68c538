package org.kconfigexplorer.kconfig.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What {@link Symbol} and {@link Choice} share: the menu nodes that define them, their
 * prompts and defaults, and their visibility. In scripts/kconfig a choice is a nameless symbol;
 * here the two are separate classes over this common base.
 */
public abstract sealed class ConfigItem permits Symbol, Choice {

    final List<MenuNode> nodes = new ArrayList<>();
    final List<Prompt> prompts = new ArrayList<>();
    final List<DefaultValue> defaults = new ArrayList<>();
    Expr directDeps;

    // Evaluation state, owned by the Evaluator.
    Tristate visible = Tristate.NO;

    public List<MenuNode> nodes() {
        return Collections.unmodifiableList(nodes);
    }

    public List<Prompt> prompts() {
        return Collections.unmodifiableList(prompts);
    }

    public List<DefaultValue> defaults() {
        return Collections.unmodifiableList(defaults);
    }

    /** The OR of the dependencies of every definition (null: none, i.e. y). */
    public Expr directDeps() {
        return directDeps;
    }

    /** Where the item is defined, one location per menu node. */
    public List<SourceLocation> definitions() {
        List<SourceLocation> result = new ArrayList<>();
        for (MenuNode node : nodes) {
            result.add(node.location());
        }
        return result;
    }

    /** The first prompt text, or null for a promptless item. */
    public String promptText() {
        return prompts.isEmpty() ? null : prompts.get(0).text();
    }

    /** A display name: the symbol name, or "&lt;choice&gt;" for choices. */
    public abstract String displayName();
}
