package org.ipsecprofile.check.rules;

import java.util.List;
import java.util.Objects;
import org.ipsecprofile.check.RuleSource;
import org.ipsecprofile.check.Severity;

/**
 * What a rule found wrong in one profile, before the checker places it in a file and applies
 * configuration.
 *
 * @param path     the dotted key path the violation concerns, e.g. {@code ike.modes}; its
 *                 position falls back to the nearest present ancestor when the key is absent
 * @param severity the severity the rule's trigger gives (the catalogue severity)
 * @param message  what is wrong and what to write instead, without the RFC citation
 * @param sources  the documents and sections this violation applies when they differ from the
 *                 rule's (an algorithm's row in a level table); empty to use the rule's
 */
public record Violation(String path, Severity severity, String message, List<RuleSource> sources) {

    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        sources = List.copyOf(sources);
    }

    public Violation(String path, Severity severity, String message) {
        this(path, severity, message, List.of());
    }

    /** This violation citing {@code sources} instead of its rule's. */
    public Violation citing(List<RuleSource> sources) {
        return new Violation(path, severity, message, sources);
    }

    public static Violation error(String path, String message) {
        return new Violation(path, Severity.ERROR, message);
    }

    public static Violation warning(String path, String message) {
        return new Violation(path, Severity.WARNING, message);
    }

    public static Violation info(String path, String message) {
        return new Violation(path, Severity.INFO, message);
    }
}
