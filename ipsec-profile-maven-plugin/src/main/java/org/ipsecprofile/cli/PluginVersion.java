package org.ipsecprofile.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;

/**
 * The plugin's version, as the build wrote it into {@code version.properties}: what
 * {@code --version} prints and what {@code findings.sarif} and the up-to-date records carry, the
 * same as the goals' {@code ${plugin.version}}.
 */
final class PluginVersion implements CommandLine.IVersionProvider {

    private static final String RESOURCE = "version.properties";

    /** The version, e.g. {@code 0.1.0}. */
    static String value() {
        Properties properties = new Properties();
        try (InputStream in = PluginVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing beside " + PluginVersion.class.getName());
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }

    @Override
    public String[] getVersion() {
        return new String[] {"ipsec-profile " + value()};
    }
}
