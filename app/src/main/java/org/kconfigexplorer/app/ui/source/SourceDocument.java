package org.kconfigexplorer.app.ui.source;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kconfigexplorer.app.ui.Styles;
import org.kconfigexplorer.app.ui.source.KconfigHighlighter.Span;
import org.kconfigexplorer.kconfig.model.SourceLocation;

/**
 * What the source view shows for one symbol: for each definition a header line
 * ("Defined at FILE:LINE") and the Kconfig text of the entry with a few lines around it, all in
 * one text with its highlighting spans and, per line, the file line number and whether it is a
 * definition line. Pure.
 */
public record SourceDocument(String text, List<Span> spans, List<Line> lines) {

    static final int CONTEXT_BEFORE = 3;
    static final int CONTEXT_AFTER = 2;
    static final int MAX_LINES = 80;
    private static final Set<String> ENTRY_STARTS = Set.of("config", "menuconfig", "choice", "endchoice", "menu",
            "endmenu", "if", "endif", "source", "rsource", "osource", "orsource", "comment", "mainmenu");

    /** One line of the document: a header, or a file line (number from 1), possibly a definition. */
    public record Line(String file, int fileLine, boolean header, boolean definition) { }

    /** A definition to show: where, and the text of its file (null when it could not be read). */
    public record Excerpt(SourceLocation location, String fileText, String problem) { }

    public SourceDocument {
        spans = List.copyOf(spans);
        lines = List.copyOf(lines);
    }

    public static SourceDocument empty() {
        return new SourceDocument("", List.of(), List.of());
    }

    /**
     * Where the text of the first {@code count} paragraphs (lines) ends: the offset of the line
     * break after them, or the text's length when they are all of it.
     */
    public int endOfParagraphs(int count) {
        int end = -1;
        for (int i = 0; i < count; i++) {
            end = text.indexOf('\n', end + 1);
            if (end < 0) {
                return text.length();
            }
        }
        return Math.max(end, 0);
    }

    /** The paragraph indices of definition lines. */
    public List<Integer> definitionLines() {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).definition()) {
                out.add(i);
            }
        }
        return out;
    }

    public static SourceDocument of(List<Excerpt> excerpts) {
        StringBuilder text = new StringBuilder();
        List<Span> spans = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        for (Excerpt e : excerpts) {
            if (!lines.isEmpty()) {
                addLine(text, lines, "", new Line(e.location().file(), 0, true, false));
            }
            SourceLocation loc = e.location();
            String header = "Defined at " + loc;
            int headerStart = text.length();
            addLine(text, lines, header, new Line(loc.file(), 0, true, false));
            spans.add(new Span(headerStart, headerStart + header.length(), Styles.SOURCE_HEADER));
            if (e.fileText() == null) {
                String why = "(" + (e.problem() == null ? "the file could not be read" : e.problem()) + ")";
                int start = text.length();
                addLine(text, lines, why, new Line(loc.file(), 0, true, false));
                spans.add(new Span(start, start + why.length(), Styles.KC_COMMENT));
                continue;
            }
            excerpt(e.fileText(), loc, text, spans, lines);
        }
        if (text.length() > 0) {
            text.setLength(text.length() - 1); // no newline after the last line
        }
        return new SourceDocument(text.toString(), spans, lines);
    }

    private static void addLine(StringBuilder text, List<Line> lines, String content, Line line) {
        text.append(content).append('\n');
        lines.add(line);
    }

    private static void excerpt(String file, SourceLocation loc, StringBuilder text, List<Span> spans,
            List<Line> lines) {
        List<int[]> bounds = lineBounds(file);
        List<Span> fileSpans = KconfigHighlighter.highlight(file);
        Set<Integer> helpLines = helpLines(fileSpans, bounds);
        int def = Math.min(Math.max(0, loc.line() - 1), bounds.size() - 1);
        int end = def + 1;
        while (end < bounds.size() && end - def < MAX_LINES
                && (helpLines.contains(end) || !startsEntry(file, bounds.get(end)))) {
            end++;
        }
        while (end - 1 > def && file.substring(bounds.get(end - 1)[0], bounds.get(end - 1)[1]).isBlank()) {
            end--;
        }
        int first = Math.max(0, def - CONTEXT_BEFORE);
        int last = Math.min(bounds.size(), end + CONTEXT_AFTER);
        int spanIndex = 0;
        for (int i = first; i < last; i++) {
            int[] b = bounds.get(i);
            int offset = text.length() - b[0];
            addLine(text, lines, file.substring(b[0], b[1]), new Line(loc.file(), i + 1, false, i == def));
            while (spanIndex < fileSpans.size() && fileSpans.get(spanIndex).end() <= b[0]) {
                spanIndex++;
            }
            for (int k = spanIndex; k < fileSpans.size() && fileSpans.get(k).start() < b[1]; k++) {
                Span s = fileSpans.get(k);
                int from = Math.max(s.start(), b[0]);
                int to = Math.min(s.end(), b[1]);
                if (from < to) {
                    spans.add(new Span(from + offset, to + offset, s.style()));
                }
            }
        }
    }

    private static List<int[]> lineBounds(String file) {
        List<int[]> out = new ArrayList<>();
        int pos = 0;
        while (pos <= file.length()) {
            int eol = file.indexOf('\n', pos);
            if (eol < 0) {
                if (pos < file.length()) {
                    out.add(new int[] {pos, file.length()});
                }
                break;
            }
            out.add(new int[] {pos, eol});
            pos = eol + 1;
        }
        if (out.isEmpty()) {
            out.add(new int[] {0, 0});
        }
        return out;
    }

    private static Set<Integer> helpLines(List<Span> spans, List<int[]> bounds) {
        Set<Integer> out = new HashSet<>();
        int line = 0;
        for (Span s : spans) {
            if (!s.style().equals(Styles.KC_HELP)) {
                continue;
            }
            while (line < bounds.size() && bounds.get(line)[1] < s.start()) {
                line++;
            }
            out.add(line);
        }
        return out;
    }

    private static boolean startsEntry(String file, int[] bounds) {
        String line = file.substring(bounds[0], bounds[1]).strip();
        int space = 0;
        while (space < line.length() && !Character.isWhitespace(line.charAt(space))) {
            space++;
        }
        return ENTRY_STARTS.contains(line.substring(0, space));
    }
}
