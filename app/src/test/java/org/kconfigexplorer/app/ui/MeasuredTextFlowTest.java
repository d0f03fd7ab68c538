package org.kconfigexplorer.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kconfigexplorer.app.ui.FxTestSupport.onFx;

import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The remembered heights of a measured text flow follow its text, font and width, as a plain flow's do. */
@ExtendWith(ApplicationExtension.class)
class MeasuredTextFlowTest {

    private final Text text = new Text("short");
    private final MeasuredTextFlow flow = new MeasuredTextFlow(text);
    private final Text plainText = new Text("short");
    private final TextFlow plain = new TextFlow(plainText);

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(flow, plain), 300, 200));
        stage.show();
    }

    private void assertSameAsPlain() {
        for (double width : new double[] {60, 120, 300}) {
            assertThat(flow.prefHeight(width)).as("height for %s", width).isEqualTo(plain.prefHeight(width));
        }
        assertThat(flow.prefWidth(-1)).isEqualTo(plain.prefWidth(-1));
    }

    @Test
    void heightsFollowTextFontAndWidth() {
        onFx(() -> {
            assertSameAsPlain();
            double oneLine = flow.prefHeight(60);

            String longer = "a much longer line that has to wrap at sixty pixels";
            text.setText(longer);
            plainText.setText(longer);
            assertSameAsPlain();
            assertThat(flow.prefHeight(60)).isGreaterThan(oneLine);

            text.setFont(Font.font(30));
            plainText.setFont(Font.font(30));
            assertSameAsPlain();
            return null;
        });
    }
}
