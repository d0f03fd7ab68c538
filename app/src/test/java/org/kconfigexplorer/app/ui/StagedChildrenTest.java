package org.kconfigexplorer.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Children taken out of a pane come back a share at a time, each in its original place. */
@ExtendWith(ApplicationExtension.class)
class StagedChildrenTest {

    @Start
    void start(Stage stage) {
        // Controls need the toolkit; no window is shown.
    }

    @Test
    void childrenComeBackInSharesInTheirPlaces() {
        Label a = new Label("a");
        Label b = new Label("b");
        Label keep = new Label("keep");
        Label c = new Label("c");
        Label d = new Label("d");
        Pane pane = new VBox(a, b, keep, c, d);

        StagedChildren staged = new StagedChildren(pane, List.of(keep));
        assertThat(pane.getChildren()).containsExactly(keep);
        staged.putBack(1, 3);
        assertThat(pane.getChildren()).containsExactly(a, b, keep);
        staged.putBack(2, 3);
        assertThat(pane.getChildren()).containsExactly(a, b, keep, c);
        staged.putBack(3, 3);
        assertThat(pane.getChildren()).containsExactly(a, b, keep, c, d);
    }

    @Test
    void aPanelsSectionsAreTheContentOfItsScrollPane() {
        VBox sections = new VBox(new Label("one"), new Label("two"));
        Node panel = new StackPane(new ScrollPane(sections));
        assertThat(StagedChildren.sectionsOf(panel)).containsSame(sections);
        assertThat(StagedChildren.sectionsOf(new StackPane(new Label("no scroll pane")))).isEmpty();
    }
}
