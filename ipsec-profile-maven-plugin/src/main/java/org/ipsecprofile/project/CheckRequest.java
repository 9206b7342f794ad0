package org.ipsecprofile.project;

import java.nio.file.Path;
import java.util.List;
import org.ipsecprofile.check.RuleSettings;

/**
 * What to check: the descriptors below {@code descriptorDirectory} that match {@code includes}
 * and not {@code excludes}, with paths reported relative to {@code baseDirectory}.
 */
public record CheckRequest(
        Path baseDirectory,
        Path descriptorDirectory,
        List<String> includes,
        List<String> excludes,
        RuleSettings ruleSettings) {

    public static final List<String> DEFAULT_INCLUDES = List.of("**/*.yaml", "**/*.yml");

    public CheckRequest {
        includes = includes == null || includes.isEmpty() ? DEFAULT_INCLUDES : List.copyOf(includes);
        excludes = excludes == null ? List.of() : List.copyOf(excludes);
    }
}
