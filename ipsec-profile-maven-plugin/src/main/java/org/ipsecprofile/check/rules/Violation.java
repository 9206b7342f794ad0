package org.ipsecprofile.check.rules;

import java.util.Objects;
import org.ipsecprofile.check.Severity;

/**
 * What a rule found wrong in one profile, before the checker places it in a file and applies
 * configuration.
 *
 * @param path     the dotted key path the violation concerns, e.g. {@code ike.modes}; its
 *                 position falls back to the nearest present ancestor when the key is absent
 * @param severity the severity the rule's trigger gives (the catalogue severity)
 * @param message  what is wrong and what to write instead, without the RFC citation
 */
public record Violation(String path, Severity severity, String message) {

    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
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
