package org.kconfigexplorer.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The application's version, filled in by the build. */
public final class AppVersion {

    private AppVersion() {
    }

    public static String get() {
        try (InputStream in = AppVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "development";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "development");
        } catch (IOException e) {
            return "development";
        }
    }
}
