package org.kconfigexplorer.app.ui.dialogs;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** Windows kept on their screen's visible area: shrunk where bigger, moved inside, else left alone. */
class ScreenFitTest {

    /** A 1366x768 laptop with a 40 px panel at the bottom. */
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 728);

    @Test
    void aWindowThatFitsStaysWhereItIs() {
        Rectangle2D window = new Rectangle2D(200, 100, 540, 420);
        assertThat(ScreenFit.within(window, LAPTOP)).isEqualTo(window);
    }

    @Test
    void theOpenTreeDialogAt200PercentIsShortenedToTheScreen() {
        // 1080 x 751: the Open-tree dialog at 200% with the host-mode warning, centred on its owner.
        Rectangle2D fitted = ScreenFit.within(new Rectangle2D(143, 8, 1080, 751), LAPTOP);
        assertThat(fitted).isEqualTo(new Rectangle2D(143, 0, 1080, 728));
    }

    @Test
    void aWindowWiderThanAProjectorIsNarrowedAndMovedInside() {
        Rectangle2D projector = new Rectangle2D(1920, 0, 1024, 768); // a second screen, right of the first
        Rectangle2D fitted = ScreenFit.within(new Rectangle2D(1900, 300, 1080, 600), projector);
        assertThat(fitted).isEqualTo(new Rectangle2D(1920, 168, 1024, 600));
    }
}
