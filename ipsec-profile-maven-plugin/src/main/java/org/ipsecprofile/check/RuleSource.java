package org.ipsecprofile.check;

import java.util.List;
import java.util.Objects;

/**
 * A document and section a rule applies (SPEC §4.1, §4.5): {@code RFC 5406} section {@code 8h},
 * {@code RFC 8221} section {@code 5}. A rule or finding names one or more; the first is the one
 * {@code findings.json} reports as {@code document} and {@code section}.
 *
 * @param document the document as findings name it, e.g. {@code RFC 8221}
 * @param section  the section(s) as the catalogue writes them ({@code 8h}, {@code 3.1},
 *                 {@code 1, 8h}, {@code 2.4}); null when the whole document is meant
 */
public record RuleSource(String document, String section) {

    public static final String RFC_5406 = "RFC 5406";

    public RuleSource {
        Objects.requireNonNull(document, "document");
        if (section != null && section.isBlank()) {
            section = null;
        }
    }

    /** A section of RFC 5406, as the catalogue writes it: {@code 8h}, {@code 3.1}, {@code 1, 8h}. */
    public static RuleSource rfc5406(String section) {
        return new RuleSource(RFC_5406, section);
    }

    /** A section of another RFC: {@code rfc(8221, "5")}. */
    public static RuleSource rfc(int number, String section) {
        return new RuleSource("RFC " + number, section);
    }

    /** How the log line cites it: {@code RFC 5406 Section 8 item h}, {@code RFC 8221 Section 5}, {@code RFC 4301}. */
    public String describe() {
        return SectionCitation.describe(document, section);
    }

    /** The sources as one citation, separated by semicolons; empty for none. */
    public static String describe(List<RuleSource> sources) {
        StringBuilder text = new StringBuilder();
        for (RuleSource source : sources) {
            if (text.length() > 0) {
                text.append("; ");
            }
            text.append(source.describe());
        }
        return text.toString();
    }
}
