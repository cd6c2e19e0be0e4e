package org.reportauditor.cli;

import picocli.CommandLine;

/** The version from the jar's manifest (the pom's version). */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"Report Auditor " + (v == null ? "(development build)" : v)};
    }
}
