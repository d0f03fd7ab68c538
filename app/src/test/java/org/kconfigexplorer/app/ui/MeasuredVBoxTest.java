package org.kconfigexplorer.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kconfigexplorer.app.ui.FxTestSupport.onFx;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A measured box answers as a plain VBox does, following its labels' texts, fonts and the width
 * asked, but measures its children once for a width until one of them changes.
 */
@ExtendWith(ApplicationExtension.class)
class MeasuredVBoxTest {

    /** A wrapped label that counts how often it is measured. */
    private static final class CountingLabel extends Label {
        private int measured;

        CountingLabel(String text) {
            super(text);
            setWrapText(true);
        }

        @Override
        protected double computePrefHeight(double width) {
            measured++;
            return super.computePrefHeight(width);
        }
    }

    private CountingLabel label;
    private MeasuredVBox box;
    private Label plainLabel;
    private VBox plain;

    @Start
    void start(Stage stage) {
        label = new CountingLabel("short");
        box = new MeasuredVBox(4, label, new Label("second"));
        plainLabel = new Label("short");
        plainLabel.setWrapText(true);
        plain = new VBox(4, plainLabel, new Label("second"));
        stage.setScene(new Scene(new HBox(box, plain), 300, 200));
        stage.show();
    }

    private void assertSameAsPlain() {
        for (double width : new double[] {60, 120, 300}) {
            assertThat(box.prefHeight(width)).as("preferred height for %s", width).isEqualTo(plain.prefHeight(width));
            assertThat(box.minHeight(width)).as("minimum height for %s", width).isEqualTo(plain.minHeight(width));
        }
        assertThat(box.prefWidth(-1)).isEqualTo(plain.prefWidth(-1));
    }

    @Test
    void sizesFollowTextsFontsAndWidth() {
        onFx(() -> {
            assertSameAsPlain();
            double oneLine = box.prefHeight(60);

            String longer = "a much longer line that has to wrap at sixty pixels";
            label.setText(longer);
            plainLabel.setText(longer);
            assertSameAsPlain();
            assertThat(box.prefHeight(60)).isGreaterThan(oneLine);

            label.setFont(Font.font(30));
            plainLabel.setFont(Font.font(30));
            assertSameAsPlain();
            return null;
        });
    }

    @Test
    void measuresItsChildrenOnceForAWidth() {
        WaitForAsyncUtils.waitForFxEvents();
        onFx(() -> {
            box.prefHeight(120);
            int once = label.measured;
            box.prefHeight(120);
            box.prefHeight(120);
            assertThat(label.measured).as("asked again for the same width").isEqualTo(once);

            label.setText("changed");
            box.prefHeight(120);
            assertThat(label.measured).as("asked again once a child has changed").isGreaterThan(once);
            return null;
        });
    }
}
