package org.kconfigexplorer.app.ui.menu;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Scrolling a row to the top, or to the end when it is among the last screenful of rows. */
class ScrollTargetTest {

    @Test
    void aRowWithAScreenfulAfterItGoesToTheTop() {
        assertThat(ScrollTarget.topIndex(10, 100, 7)).isEqualTo(10);
        assertThat(ScrollTarget.topIndex(93, 100, 7)).isEqualTo(93); // rows 93..99: exactly a screenful
    }

    @Test
    void oneOfTheLastRowsShowsTheEnd() {
        assertThat(ScrollTarget.topIndex(94, 100, 7)).isEqualTo(100);
        assertThat(ScrollTarget.topIndex(99, 100, 7)).isEqualTo(100);
        assertThat(ScrollTarget.topIndex(3, 5, 7)).as("a list shorter than the view").isEqualTo(5);
    }

    @Test
    void aRowAboveTheFirstIsTheFirst() {
        assertThat(ScrollTarget.topIndex(-3, 100, 7)).isZero();
    }
}
