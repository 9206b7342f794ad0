package org.ipsecprofile.check;

import java.util.Locale;
import java.util.Optional;

/** The lowest severity that fails the build ({@code failOn}); {@code NONE} never fails it. */
public enum FailOn {
    ERROR(Severity.ERROR),
    WARNING(Severity.WARNING),
    INFO(Severity.INFO),
    NONE(null);

    private final Severity threshold;

    FailOn(Severity threshold) {
        this.threshold = threshold;
    }

    /** True when an unsuppressed finding of this severity fails the build. */
    public boolean fails(Severity severity) {
        return threshold != null && severity.isAtLeast(threshold);
    }

    public String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<FailOn> fromKeyword(String keyword) {
        for (FailOn value : values()) {
            if (value.keyword().equals(keyword)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
