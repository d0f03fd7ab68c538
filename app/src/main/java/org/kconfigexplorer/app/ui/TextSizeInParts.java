package org.kconfigexplorer.app.ui;

import java.util.List;
import javafx.scene.Node;

/**
 * A panel that takes a new text size a part at a time, each part a region of its own (see
 * {@code WindowRegions}), where restyling and laying out the whole panel in one frame took longer
 * than a frame. The panel itself keeps the window's normal size: its nodes outside the parts show
 * nothing sized by the text, and its spacing in pixels follows {@link #textSizeFollows}.
 */
public interface TextSizeInParts {

    /**
     * The parts, a frame's worth to a group, in order; none inside another. Looked up when asked,
     * as some are a skin's (scroll bars).
     */
    List<List<Node>> textSizeParts();

    /** Sets what the panel sizes in pixels (margins, gaps) for the root font size {@code fontSize}. */
    void textSizeFollows(double fontSize);
}
