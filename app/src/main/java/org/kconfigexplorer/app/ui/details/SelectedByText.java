package org.kconfigexplorer.app.ui.details;

/**
 * The details' "Selected by" fact: the select conditions as written, cut short after a few lines
 * when long, with a pointer to the Relations section that links every selector. CRC32's are over
 * 10,000 characters on x86_64: unreadable as one fact, and measuring that wrapped text took a
 * good part of a frame every time the details were laid out. Pure.
 */
public final class SelectedByText {

    /** Up to about three lines of the details panel. */
    static final int MAX_CHARS = 240;
    private static final String OR = " || ";

    private SelectedByText() {
    }

    /**
     * {@code expression} whole when short; otherwise its terms up to {@link #MAX_CHARS} (whole
     * terms, at least one), then "|| …" and how many options select the symbol.
     */
    public static String of(String expression, int selectors) {
        if (expression.length() <= MAX_CHARS) {
            return expression;
        }
        int cut = expression.lastIndexOf(OR, MAX_CHARS);
        if (cut <= 0) {
            cut = expression.indexOf(OR);
        }
        String head = cut <= 0 ? expression : expression.substring(0, cut);
        if (head.length() == expression.length()) {
            return expression;
        }
        return head + OR + "\u2026 (" + selectors + (selectors == 1 ? " option selects" : " options select")
                + " it: see Relations)";
    }
}
