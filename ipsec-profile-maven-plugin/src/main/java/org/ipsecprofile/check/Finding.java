package org.ipsecprofile.check;

import java.util.Comparator;
import java.util.List;

/**
 * One thing the plugin reports about a descriptor or a draft (SPEC §4.1, §6).
 *
 * @param rule          the stable rule id, e.g. {@code ike-variant} or {@code descriptor}
 * @param severity      the effective severity, after {@code ruleSeverities}
 * @param sources       the documents and sections the finding applies, most relevant first
 *                      ({@code RFC 5406} {@code 8h}; {@code RFC 8221} {@code 5}); empty for the
 *                      plugin's own checks ({@code descriptor}, {@code suppression}, …)
 * @param profile       the profile id; null when it is not known (e.g. a descriptor that did not parse)
 * @param file          the file's path relative to the project base directory, with {@code /}
 * @param line          1-based line
 * @param column        1-based column
 * @param message       what is wrong and what to write instead
 * @param suppressed    true when the profile's {@code suppress} silenced it
 * @param justification the suppression's justification; null when not suppressed
 */
public record Finding(
        String rule,
        Severity severity,
        List<RuleSource> sources,
        String profile,
        String file,
        int line,
        int column,
        String message,
        boolean suppressed,
        String justification) {

    /** The report order of SPEC §6: file, line, column, rule. */
    public static final Comparator<Finding> REPORT_ORDER = Comparator.comparing(Finding::file)
            .thenComparingInt(Finding::line)
            .thenComparingInt(Finding::column)
            .thenComparing(Finding::rule)
            .thenComparing(Finding::message);

    public Finding {
        sources = List.copyOf(sources);
    }

    /** The document the finding applies, e.g. {@code RFC 5406} or {@code RFC 8221}; null when it has no source. */
    public String document() {
        return sources.isEmpty() ? null : sources.get(0).document();
    }

    /** The section of {@link #document()}, as the catalogue writes it ({@code 8h}, {@code 5}); null when none. */
    public String section() {
        return sources.isEmpty() ? null : sources.get(0).section();
    }

    /** Every source as the log line cites it: {@code RFC 8221 Section 4; RFC 7296 Section 5}; empty for none. */
    public String citation() {
        return RuleSource.describe(sources);
    }

    public Finding suppress(String why) {
        return new Finding(rule, severity, sources, profile, file, line, column, message, true, why);
    }
}
