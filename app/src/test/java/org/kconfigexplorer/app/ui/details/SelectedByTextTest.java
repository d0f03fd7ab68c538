package org.kconfigexplorer.app.ui.details;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A long "Selected by" is cut after whole terms and points to the Relations links; a short one stays whole. */
class SelectedByTextTest {

    private static String terms(int count) {
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            terms.add("SELECTOR_" + i + " && ARCH_SUPPORTS_IT");
        }
        return String.join(" || ", terms);
    }

    @Test
    void shortExpressionsStayWhole() {
        assertThat(SelectedByText.of("ACPI && ARCH_SUPPORTS_ACPI || EFI_PARTITION", 2))
                .isEqualTo("ACPI && ARCH_SUPPORTS_ACPI || EFI_PARTITION");
    }

    @Test
    void longExpressionsAreCutAfterWholeTerms() {
        String text = SelectedByText.of(terms(200), 200);
        assertThat(text).startsWith("SELECTOR_0 && ARCH_SUPPORTS_IT || SELECTOR_1 && ARCH_SUPPORTS_IT")
                .endsWith(" || \u2026 (200 options select it: see Relations)")
                .doesNotContain("SELECTOR_199");
        String head = text.substring(0, text.indexOf(" || \u2026"));
        assertThat(head.length()).isLessThanOrEqualTo(SelectedByText.MAX_CHARS);
        assertThat(head).endsWith("ARCH_SUPPORTS_IT"); // a whole term
    }

    @Test
    void aSingleLongTermStaysWhole() {
        String one = "A".repeat(300);
        assertThat(SelectedByText.of(one, 1)).isEqualTo(one);
        String firstLong = "B".repeat(300) + " || C";
        assertThat(SelectedByText.of(firstLong, 2)).isEqualTo("B".repeat(300) + " || \u2026 (2 options select it: see Relations)");
    }
}
