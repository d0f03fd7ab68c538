package org.kconfigexplorer.kconfig.model;

/**
 * A prompt: the text users see and the condition under which it is visible. After
 * finalization the condition includes the dependencies of the node and its parents.
 */
public record Prompt(String text, Expr condition, MenuNode node, SourceLocation location) {

    public Prompt withCondition(Expr newCondition) {
        return new Prompt(text, newCondition, node, location);
    }
}
