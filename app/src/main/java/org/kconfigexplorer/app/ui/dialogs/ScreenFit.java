package org.kconfigexplorer.app.ui.dialogs;

import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * Keeps a window on its screen: no bigger than the screen's visible area, and moved inside it. At
 * a large text size on a small screen (200% on a 1366x768 laptop or a 1024x768 projector) a dialog
 * sized by its text would otherwise reach past the screen's edge, its buttons out of reach.
 */
public final class ScreenFit {

    private ScreenFit() {
    }

    /** {@code window} made to fit {@code visible}: shrunk where it is bigger, then moved inside. */
    public static Rectangle2D within(Rectangle2D window, Rectangle2D visible) {
        double w = Math.min(window.getWidth(), visible.getWidth());
        double h = Math.min(window.getHeight(), visible.getHeight());
        double x = Math.max(visible.getMinX(), Math.min(window.getMinX(), visible.getMaxX() - w));
        double y = Math.max(visible.getMinY(), Math.min(window.getMinY(), visible.getMaxY() - h));
        return new Rectangle2D(x, y, w, h);
    }

    /** Fits a shown window to the screen that holds most of it (the primary screen when none does). */
    public static void apply(Window window) {
        Rectangle2D bounds = new Rectangle2D(window.getX(), window.getY(), window.getWidth(), window.getHeight());
        List<Screen> screens = Screen.getScreensForRectangle(bounds);
        Rectangle2D visible = (screens.isEmpty() ? Screen.getPrimary() : screens.get(0)).getVisualBounds();
        Rectangle2D fitted = within(bounds, visible);
        if (!fitted.equals(bounds)) {
            window.setX(fitted.getMinX());
            window.setY(fitted.getMinY());
            window.setWidth(fitted.getWidth());
            window.setHeight(fitted.getHeight());
        }
    }
}
