package org.ipsecprofile.check;

import java.util.Comparator;

/**
 * One thing the plugin reports about a descriptor or a draft (SPEC §4.1, §6).
 *
 * @param rule          the stable rule id, e.g. {@code ike-variant} or {@code descriptor}
 * @param severity      the effective severity, after {@code ruleSeverities}
 * @param section       the RFC 5406 section(s) as the catalogue writes them ({@code 8h},
 *                      {@code 3.1}, {@code 1, 8h}); null when the rule has none
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
        String section,
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

    public Finding suppress(String why) {
        return new Finding(rule, severity, section, profile, file, line, column, message, true, why);
    }
}
