package org.kconfigexplorer.app.ui.source;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.function.IntFunction;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.text.Text;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.fxmisc.richtext.util.UndoUtils;
import org.kconfigexplorer.app.ui.EachFrame;
import org.kconfigexplorer.app.ui.Styles;
import org.kconfigexplorer.app.ui.WhileShown;
import org.kconfigexplorer.app.ui.source.KconfigHighlighter.Span;

/**
 * The Kconfig source of the selected entry's definitions in a read-only code area: syntax
 * highlighting, file line numbers in the gutter, and each definition line highlighted and
 * marked with an arrow in the gutter. A new source comes in a few lines a frame, so that showing
 * it never holds the UI thread for long.
 */
public final class SourceView extends BorderPane {

    /**
     * Paragraphs put in the area per frame. A code area makes every paragraph it shows anew when
     * its text is replaced, at about 0.7 ms a paragraph on x86_64 (nodes, styling, text layout):
     * a help text of 30 lines held the UI thread for 20 to 25 ms. A new source comes in from the
     * next frame on, this many lines a frame from the first one in view, which leaves the frame of
     * the selection that asked for it to the selection. Six a frame still made frames of 11 to
     * 20 ms with the panel shown; with three, a screenful comes in about ten frames.
     */
    static final int PARAGRAPHS_PER_FRAME = 3;

    private final CodeArea area = new CodeArea();
    /** Adds the document's next paragraphs each frame until it is all shown. */
    private final EachFrame rest = new EachFrame();
    private SourceDocument shown = SourceDocument.empty();
    private StyleSpans<Collection<String>> shownStyles;
    private int paragraphsShown;
    /** Shows the document again while the panel is on screen, or once it is. */
    private final WhileShown again = new WhileShown(() -> show(shown));

    public SourceView(SourceViewModel vm) {
        setId(Styles.Ids.SOURCE_VIEW);
        getStyleClass().add(Styles.SOURCE);
        Label title = new Label();
        title.getStyleClass().add(Styles.SECTION_TITLE);
        title.textProperty().bind(vm.titleProperty());
        title.setWrapText(true);
        area.setEditable(false);
        // Read-only: a history of every source shown would only grow.
        area.setUndoManager(UndoUtils.noOpUndoManager());
        area.setWrapText(false);
        area.getStyleClass().add(Styles.SOURCE_AREA);
        area.setAccessibleText("Kconfig source");
        setTop(title);
        setCenter(new VirtualizedScrollPane<>(area));
        again.activeProperty().bind(vm.activeProperty());
        vm.documentProperty().addListener((obs, old, now) -> show(now));
        show(vm.document());
    }

    /**
     * Shows the source again, a few lines a frame from the next frame on: about to take a new text
     * size, the area then has no lines to make anew at once (40 of them took 17 to 45 ms). Hidden,
     * the panel is left empty until it is shown: lines coming in a frame at a time had each frame
     * lay the hidden area out again (4 to 7 ms), while the rest of the window took the text size.
     */
    public void showAgain() {
        clear();
        again.request();
    }

    /** Empties the area, and stops adding the document's paragraphs. */
    private void clear() {
        rest.stop();
        paragraphsShown = 0;
        area.replaceText("");
    }

    /**
     * Shows {@code doc} with its first definition's context at the top, from the next frame on:
     * the old source goes at once.
     */
    private void show(SourceDocument doc) {
        clear();
        shown = doc;
        shownStyles = doc.text().isEmpty() ? null : styleSpans(doc);
        area.setParagraphGraphicFactory(gutter(doc));
        if (!doc.text().isEmpty()) {
            rest.start(this::showMore);
        }
    }

    /**
     * Adds the next paragraphs of the document shown (the first time, the ones down to the first
     * in view and a frame's share from there, scrolled to it); false once it is all there.
     */
    private boolean showMore() {
        int from = shown.endOfParagraphs(paragraphsShown);
        int first = paragraphsShown;
        if (first == 0) {
            List<Integer> defs = shown.definitionLines();
            int top = defs.isEmpty() ? 0 : Math.max(0, defs.get(0) - SourceDocument.CONTEXT_BEFORE - 1);
            paragraphsShown = Math.min(shown.lines().size(), top + PARAGRAPHS_PER_FRAME);
            area.replaceText(shown.text().substring(0, shown.endOfParagraphs(paragraphsShown)));
            styleRange(0, 0, paragraphsShown);
            area.moveTo(0);
            area.showParagraphAtTop(top);
        } else {
            paragraphsShown = Math.min(shown.lines().size(), paragraphsShown + PARAGRAPHS_PER_FRAME);
            area.appendText(shown.text().substring(from, shown.endOfParagraphs(paragraphsShown)));
            styleRange(from, first, paragraphsShown);
        }
        return paragraphsShown < shown.lines().size();
    }

    /** Highlights the text from {@code from} on, and marks the definition lines among paragraphs [first, last). */
    private void styleRange(int from, int first, int last) {
        int to = shown.endOfParagraphs(last);
        if (shownStyles != null && to > from) {
            area.setStyleSpans(from, shownStyles.subView(from, to));
        }
        for (int i : shown.definitionLines()) {
            if (i >= first && i < last) {
                area.setParagraphStyle(i, List.of(Styles.SOURCE_DEFINITION_LINE));
            }
        }
    }

    private static StyleSpans<Collection<String>> styleSpans(SourceDocument doc) {
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        int pos = 0;
        for (Span s : doc.spans()) {
            if (s.start() > pos) {
                b.add(Collections.emptyList(), s.start() - pos);
            }
            b.add(List.of(s.style()), s.end() - s.start());
            pos = s.end();
        }
        b.add(Collections.emptyList(), Math.max(0, doc.text().length() - pos));
        return b.create();
    }

    /**
     * The gutter: the file line number, and an arrow on definition lines. Plain texts rather than
     * labels: every paragraph shown makes its gutter anew, and two labels a line (each with a skin)
     * were a good part of showing a new source.
     */
    private static IntFunction<Node> gutter(SourceDocument doc) {
        int digits = 1;
        for (SourceDocument.Line l : doc.lines()) {
            digits = Math.max(digits, Integer.toString(l.fileLine()).length());
        }
        String format = "%" + digits + "s";
        return i -> {
            SourceDocument.Line line = i < doc.lines().size() ? doc.lines().get(i) : null;
            Text number = new Text(String.format(format, line == null || line.header() ? "" : line.fileLine()));
            number.getStyleClass().add(Styles.SOURCE_GUTTER_TEXT);
            boolean definition = line != null && line.definition();
            // The arrow's place is kept on every line, so that the text stays in one column.
            Text marker = new Text("\u25b6");
            marker.getStyleClass().add(Styles.SOURCE_MARKER);
            marker.setVisible(definition);
            if (definition) {
                marker.setAccessibleText("definition");
            }
            HBox box = new HBox(number, marker);
            box.getStyleClass().add(Styles.SOURCE_GUTTER);
            return box;
        };
    }

    /** The code area (for tests). */
    public CodeArea area() {
        return area;
    }
}
