package org.kconfigexplorer.app.ui.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kconfigexplorer.app.ui.FxTestSupport.onFx;
import static org.kconfigexplorer.app.ui.FxTestSupport.waitUntil;
import static org.kconfigexplorer.app.ui.FxTestSupport.waitUntilIdle;

import javafx.scene.control.TextField;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.kconfigexplorer.app.ui.EmbeddedWindowFxTest;
import org.kconfigexplorer.app.ui.Styles.Ids;
import org.kconfigexplorer.app.ui.Theme;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * In the dark theme an empty field's prompt ("Search names, prompts and help as you type") is
 * readable: rendered, it stands out from the field by a contrast ratio of at least 3 (WCAG's
 * figure for large text). Modena's own prompt colour, derived from the dark field, gave 1.3.
 */
class DarkPromptTextFxTest extends EmbeddedWindowFxTest {

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    /** The contrast between the field's background (right end) and its most distinct pixel in the prompt's place. */
    private static double promptContrast(TextField field) {
        WritableImage shot = field.snapshot(null, null);
        PixelReader px = shot.getPixelReader();
        int w = (int) shot.getWidth();
        int h = (int) shot.getHeight();
        double background = luminance(px.getColor(w - 6, h / 2));
        double best = 1;
        for (int x = 6; x < w * 0.6; x++) {
            for (int y = 4; y < h - 4; y++) {
                double l = luminance(px.getColor(x, y));
                double ratio = (Math.max(l, background) + 0.05) / (Math.min(l, background) + 0.05);
                best = Math.max(best, ratio);
            }
        }
        return best;
    }

    @Test
    void thePromptOfAnEmptyFieldIsReadableInTheDarkTheme(FxRobot robot) {
        waitUntilIdle(window.viewModel());
        onFx(() -> {
            window.view().themeProperty().set(Theme.DARK);
            return null;
        });
        waitUntil("the dark theme has come to every region", () -> onFx(window.view()::isThemeApplied));
        WaitForAsyncUtils.waitForFxEvents();
        TextField search = robot.lookup("#" + Ids.SEARCH_FIELD).queryAs(TextField.class);
        String text = onFx(() -> search.getText());
        boolean focused = onFx(() -> search.isFocused());
        String prompt = onFx(() -> search.getPromptText());
        assertThat(text).isEmpty();
        assertThat(focused).as("a focused field hides its prompt").isFalse();
        assertThat(prompt).isNotEmpty();
        double contrast = onFx(() -> promptContrast(search));
        assertThat(contrast).isGreaterThanOrEqualTo(3.0);
    }
}
