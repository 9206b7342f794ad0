package org.ipsecprofile.check;

import java.util.Locale;
import java.util.Optional;

/** How serious a finding is. Ordered from most to least serious. */
public enum Severity {
    ERROR,
    WARNING,
    INFO;

    /** The spelling in configuration, reports and logs: {@code error}, {@code warning}, {@code info}. */
    public String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this severity is at least as serious as {@code threshold}. */
    public boolean isAtLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    public static Optional<Severity> fromKeyword(String keyword) {
        for (Severity severity : values()) {
            if (severity.keyword().equals(keyword)) {
                return Optional.of(severity);
            }
        }
        return Optional.empty();
    }
}
