package org.kconfigexplorer.app.ui.dialogs;

import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.scene.control.DialogPane;
import javafx.scene.text.Font;
import org.kconfigexplorer.app.ui.Styles;
import org.kconfigexplorer.app.ui.Theme;
import org.kconfigexplorer.app.ui.settings.FontScale;

/**
 * Makes dialogs look like the window they belong to: the window's theme stylesheets and its
 * text size; and keeps them on the screen, however large their text. A dialog is a window of its
 * own and inherits neither, so every alert and dialog goes through {@link #apply}.
 */
public final class DialogStyle {

    private DialogStyle() {
    }

    /** The root font size for {@code scale}, in pixels: everything else is sized in em. */
    public static double rootFontSize(FontScale scale) {
        return scale.rootFontSize(Font.getDefault().getSize() * 1.08);
    }

    /** The inline style that gives a root node the text size {@code scale}. */
    public static String rootFontStyle(FontScale scale) {
        return "-fx-font-size: " + rootFontSize(scale) + "px;";
    }

    /** Gives {@code pane} (the root of its dialog's scene) the theme and the text size {@code scale}. */
    public static void apply(DialogPane pane, Theme theme, FontScale scale) {
        pane.getStylesheets().setAll(Theme.stylesheets());
        theme.applyTo(pane);
        pane.setStyle(rootFontStyle(scale));
        if (!pane.getStyleClass().contains(Styles.DIALOG)) {
            pane.getStyleClass().add(Styles.DIALOG);
        }
    }

    /** {@link #apply} for a dialog's pane; the dialog is also kept on its screen when shown ({@link ScreenFit}). */
    public static void apply(Dialog<?> dialog, Theme theme, FontScale scale) {
        apply(dialog.getDialogPane(), theme, scale);
        dialog.addEventHandler(DialogEvent.DIALOG_SHOWN, e -> ScreenFit.apply(dialog.getDialogPane().getScene().getWindow()));
    }
}
