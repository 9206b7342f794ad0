package org.ipsecprofile.render;

import java.util.Locale;
import java.util.Optional;

/** An output format of the generated fragments (the {@code formats} parameter). */
public enum Format {
    XML2RFC,
    MARKDOWN,
    TEXT;

    /** The spelling in configuration, and the output subdirectory: {@code xml2rfc}, {@code markdown}, {@code text}. */
    public String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Format> fromKeyword(String keyword) {
        for (Format format : values()) {
            if (format.keyword().equals(keyword)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
