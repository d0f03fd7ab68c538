package org.kconfigexplorer.app.ui.settings;

/** The text sizes the explorer offers, as a percentage of the normal size. */
public enum FontScale {
    P100(100), P125(125), P150(150), P200(200);

    private final int percent;

    FontScale(int percent) {
        this.percent = percent;
    }

    public int percent() {
        return percent;
    }

    /** "150%". */
    public String label() {
        return percent + "%";
    }

    /** The scale for a percentage; 100% for anything not offered. */
    public static FontScale ofPercent(int percent) {
        for (FontScale s : values()) {
            if (s.percent == percent) {
                return s;
            }
        }
        return P100;
    }

    /** The root font size in pixels for a base size (the platform's default font size). */
    public double rootFontSize(double baseSize) {
        return Math.round(baseSize * percent / 10.0) / 10.0;
    }

    @Override
    public String toString() {
        return label();
    }
}
