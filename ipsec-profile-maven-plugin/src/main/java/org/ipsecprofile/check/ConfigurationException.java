package org.ipsecprofile.check;

/**
 * A plugin configuration value the core cannot use (an unknown rule id in {@code ruleSeverities},
 * a bad {@code failOn}). The message names the setting and says what to write instead; the
 * mojos turn it into a {@code MojoExecutionException}.
 */
public class ConfigurationException extends Exception {

    private static final long serialVersionUID = 1L;

    public ConfigurationException(String message) {
        super(message);
    }
}
