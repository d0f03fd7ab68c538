package org.kconfigexplorer.app.ui.source;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.function.IntFunction;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.kconfigexplorer.app.ui.Styles;
import org.kconfigexplorer.app.ui.source.KconfigHighlighter.Span;

/**
 * The Kconfig source of the selected entry's definitions in a read-only code area: syntax
 * highlighting, file line numbers in the gutter, and each definition line highlighted and
 * marked with an arrow in the gutter.
 */
public final class SourceView extends BorderPane {

    private final CodeArea area = new CodeArea();

    public SourceView(SourceViewModel vm) {
        setId(Styles.Ids.SOURCE_VIEW);
        getStyleClass().add(Styles.SOURCE);
        Label title = new Label();
        title.getStyleClass().add(Styles.SECTION_TITLE);
        title.textProperty().bind(vm.titleProperty());
        title.setWrapText(true);
        area.setEditable(false);
        area.setWrapText(false);
        area.getStyleClass().add(Styles.SOURCE_AREA);
        area.setAccessibleText("Kconfig source");
        setTop(title);
        setCenter(new VirtualizedScrollPane<>(area));
        vm.documentProperty().addListener((obs, old, now) -> show(now));
        show(vm.document());
    }

    private void show(SourceDocument doc) {
        area.replaceText(doc.text());
        if (!doc.text().isEmpty()) {
            area.setStyleSpans(0, styleSpans(doc));
        }
        for (int i : doc.definitionLines()) {
            area.setParagraphStyle(i, List.of(Styles.SOURCE_DEFINITION_LINE));
        }
        area.setParagraphGraphicFactory(gutter(doc));
        area.moveTo(0);
        List<Integer> defs = doc.definitionLines();
        area.showParagraphAtTop(defs.isEmpty() ? 0 : Math.max(0, defs.get(0) - SourceDocument.CONTEXT_BEFORE - 1));
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

    private static IntFunction<Node> gutter(SourceDocument doc) {
        int digits = 1;
        for (SourceDocument.Line l : doc.lines()) {
            digits = Math.max(digits, Integer.toString(l.fileLine()).length());
        }
        String format = "%" + digits + "s";
        return i -> {
            SourceDocument.Line line = i < doc.lines().size() ? doc.lines().get(i) : null;
            Label number = new Label(String.format(format, line == null || line.header() ? "" : line.fileLine()));
            number.getStyleClass().add(Styles.SOURCE_GUTTER);
            Label marker = new Label(line != null && line.definition() ? "\u25b6" : " ");
            marker.getStyleClass().add(Styles.SOURCE_MARKER);
            if (line != null && line.definition()) {
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
