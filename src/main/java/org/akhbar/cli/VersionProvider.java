package org.akhbar.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest (set by Maven), with Jena's beside it. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = AkhbarCommand.class.getPackage().getImplementationVersion();
        return new String[] {"akhbar " + (v == null ? "(development build)" : v),
                "Apache Jena " + org.apache.jena.Jena.VERSION + ", Java " + System.getProperty("java.version")};
    }
}
