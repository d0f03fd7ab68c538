package org.kconfigexplorer.app.ui.undo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UndoStackTest {

    @Test
    void undoRedoAndANewChangeForgetsTheRedoables() {
        UndoStack stack = new UndoStack();
        List<String> log = new ArrayList<>();
        stack.push(UndoStack.of("A", () -> log.add("undo A"), () -> log.add("redo A")));
        stack.push(UndoStack.of("B", () -> {
            log.add("undo B");
            stack.push(UndoStack.of("ignored while replaying", () -> { }, () -> { }));
        }, () -> log.add("redo B")));
        assertThat(stack.undoTextProperty().get()).isEqualTo("B");
        assertThat(stack.undo()).contains("B");
        assertThat(stack.redoTextProperty().get()).isEqualTo("B");
        assertThat(stack.redo()).contains("B");
        assertThat(stack.undo()).contains("B");
        stack.push(UndoStack.of("C", () -> { }, () -> { }));
        assertThat(stack.canRedoProperty().get()).isFalse();
        assertThat(stack.undo()).contains("C");
        assertThat(stack.undo()).contains("A");
        assertThat(stack.undo()).isEmpty();
        assertThat(log).containsExactly("undo B", "redo B", "undo B", "undo A");
    }
}
