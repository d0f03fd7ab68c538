package org.kconfigexplorer.kconfig.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kconfigexplorer.kconfig.config.ConfigWriter;
import org.kconfigexplorer.kconfig.model.Diagnostic;

/**
 * Bad input never escapes as an exception: seeded random mutations of real Kconfig text
 * (lines dropped, duplicated, truncated, characters and keywords spliced in) must give a model
 * plus diagnostics naming a file and line, and the model must still evaluate.
 */
class ParserRobustnessTest {

    private static final String[] SPLICES = {"(", ")", "\"", "'", "$(", "$(shell,", "&&", "||", "!", "=", "\\\n",
        "endmenu", "endif", "endchoice", "choice", "menu \"x\"", "if", "depends on", "select", "default",
        "range", "help", "source \"nope\"", "\t", "#", "$(error-if,y,boom)", "X := $(X)", "Y = $(Y)"};

    @TempDir
    Path dir;

    @Test
    void mutatedKconfigTextNeverThrows() throws IOException {
        String original = embedded("init/Kconfig") + embedded("lib/Kconfig.debug");
        List<String> lines = List.of(original.split("\n", -1));
        Random random = new Random(20261124);
        int withErrors = 0;
        for (int round = 0; round < 300; round++) {
            String mutated = mutate(lines, random);
            ParseResult result = new KconfigFixture(dir).file("Kconfig", mutated).parse(Map.of(), c -> "y");
            assertThat(result.model()).isNotNull();
            for (Diagnostic d : result.diagnostics()) {
                assertThat(d.file()).as(d.toString()).isNotNull();
                assertThat(d.message()).isNotBlank();
            }
            if (result.hasErrors()) {
                withErrors++;
                assertThat(result.errors()).allSatisfy(d -> assertThat(d.line()).isPositive());
            }
            assertThat(ConfigWriter.write(result.model())).startsWith("#\n# Automatically generated file");
        }
        assertThat(withErrors).as("most mutations are errors").isGreaterThan(100);
    }

    private static String mutate(List<String> lines, Random random) {
        List<String> out = new ArrayList<>(lines);
        int edits = 1 + random.nextInt(4);
        for (int i = 0; i < edits && !out.isEmpty(); i++) {
            int at = random.nextInt(out.size());
            String line = out.get(at);
            switch (random.nextInt(4)) {
                case 0 -> out.remove(at);
                case 1 -> out.add(at, line);
                case 2 -> out.set(at, line.substring(0, random.nextInt(line.length() + 1)));
                default -> {
                    int pos = random.nextInt(line.length() + 1);
                    out.set(at, line.substring(0, pos) + SPLICES[random.nextInt(SPLICES.length)] + line.substring(pos));
                }
            }
        }
        return String.join("\n", out);
    }

    private static String embedded(String name) throws IOException {
        try (InputStream in = ParserRobustnessTest.class.getClassLoader()
                .getResourceAsStream("org/kconfigexplorer/resources/kconfig/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
