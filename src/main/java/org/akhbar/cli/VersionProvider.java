package org.akhbar.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import picocli.CommandLine.IVersionProvider;

/**
 * Akhbar's version from the pom (a resource Maven fills in at build time) and Jena's from the
 * pom.properties its own jar carries — nothing hard-coded, so each stays right after an upgrade.
 */
final class VersionProvider implements IVersionProvider {
    static final String AKHBAR = "/akhbar/version.properties";
    static final String JENA = "/META-INF/maven/org.apache.jena/jena-core/pom.properties";

    @Override
    public String[] getVersion() {
        return new String[] {"akhbar " + versionIn(AKHBAR),
                "Apache Jena " + versionIn(JENA) + ", Java " + System.getProperty("java.version")};
    }

    static String versionIn(String resource) {
        try (InputStream in = VersionProvider.class.getResourceAsStream(resource)) {
            if (in == null) return "(unknown: " + resource + " is missing)";
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "(unknown)");
        } catch (IOException e) {
            return "(unknown: " + e.getMessage() + ")";
        }
    }
}
