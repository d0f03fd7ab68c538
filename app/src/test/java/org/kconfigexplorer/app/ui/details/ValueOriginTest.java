package org.kconfigexplorer.app.ui.details;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kconfigexplorer.app.ui.TestTrees;
import org.kconfigexplorer.kconfig.model.KconfigModel;
import org.kconfigexplorer.kconfig.session.ExplorerSession;

/** Where a value comes from names the selects and implies in effect now, and only those. */
class ValueOriginTest {

    @Test
    void namesTheSelectorsAndImpliersInEffect(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("Kconfig"), """
                config A
                \tbool "a"
                \tdefault y
                \tselect T
                \timply U

                config OFF
                \tbool "off"
                \tselect T

                config B
                \tbool "b"
                \tdefault y
                \tselect T if OFF
                \timply U

                config T
                \tbool "t"

                config U
                \tbool "u"

                config D
                \tbool "d"
                \tdefault y
                """);
        KconfigModel m = ExplorerSession.openDirectory(dir, TestTrees.preset(TestTrees.GCC)).model();

        assertThat(ValueOrigin.describe(m, m.symbol("T"))).isEqualTo("forced by select from A");
        assertThat(ValueOrigin.describe(m, m.symbol("U"))).isEqualTo("implied by A, B");
        assertThat(ValueOrigin.describe(m, m.symbol("D"))).startsWith("default");

        m.setTristate(m.symbol("OFF"), org.kconfigexplorer.kconfig.model.Tristate.YES);
        assertThat(ValueOrigin.describe(m, m.symbol("T"))).isEqualTo("forced by select from A, OFF, B");
    }
}
