package org.kconfigexplorer.app.ui.undo;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The explorer's undo history: every change the user makes (a value, a reverted change, a
 * loaded .config, a toolchain change) is pushed as a {@link Command} after it was done; undo
 * and redo replay it backwards and forwards. A new change forgets what could be redone.
 */
public final class UndoStack {

    /** A change that was done and can be undone and redone. */
    public interface Command {
        /** For menus and messages: "EXPERT = y", "Toolchain: Clang 19". */
        String description();

        void undo();

        void redo();
    }

    /** A command from two actions. */
    public static Command of(String description, Runnable undo, Runnable redo) {
        return new Command() {
            @Override
            public String description() {
                return description;
            }

            @Override
            public void undo() {
                undo.run();
            }

            @Override
            public void redo() {
                redo.run();
            }
        };
    }

    private static final int LIMIT = 500;

    private final Deque<Command> done = new ArrayDeque<>();
    private final Deque<Command> undone = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText", "");
    private boolean replaying;

    /** Records a change that was just done. Ignored while undoing or redoing. */
    public void push(Command command) {
        if (replaying) {
            return;
        }
        done.push(command);
        while (done.size() > LIMIT) {
            done.removeLast();
        }
        undone.clear();
        update();
    }

    /** Undoes the latest change; its description, or empty when there was nothing to undo. */
    public Optional<String> undo() {
        if (done.isEmpty()) {
            return Optional.empty();
        }
        Command c = done.pop();
        replay(c::undo);
        undone.push(c);
        update();
        return Optional.of(c.description());
    }

    /** Redoes the latest undone change; its description, or empty when there was nothing to redo. */
    public Optional<String> redo() {
        if (undone.isEmpty()) {
            return Optional.empty();
        }
        Command c = undone.pop();
        replay(c::redo);
        done.push(c);
        update();
        return Optional.of(c.description());
    }

    private void replay(Runnable action) {
        replaying = true;
        try {
            action.run();
        } finally {
            replaying = false;
        }
    }

    /** True while a command is being undone or redone (changes then are not recorded again). */
    public boolean isReplaying() {
        return replaying;
    }

    /** Forgets the history (e.g. when another tree is opened). */
    public void clear() {
        done.clear();
        undone.clear();
        update();
    }

    private void update() {
        canUndo.set(!done.isEmpty());
        canRedo.set(!undone.isEmpty());
        undoText.set(done.isEmpty() ? "" : done.peek().description());
        redoText.set(undone.isEmpty() ? "" : undone.peek().description());
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** What Undo would undo, empty when nothing. */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    /** What Redo would redo, empty when nothing. */
    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }
}
