package org.ipsecprofile.report;

import org.ipsecprofile.check.Finding;

/**
 * The one-line form of a finding that the build log shows (SPEC §4.1), without the level
 * prefix the log adds: {@code src/main/ipsec/bgp.yaml:14:3: [ike-variant] ike.modes is missing: …
 * (RFC 5406 Section 8 item h)}. A finding with several sources cites them all, separated by
 * semicolons.
 */
public final class FindingLine {

    private FindingLine() {}

    public static String format(Finding finding) {
        StringBuilder line = new StringBuilder()
                .append(finding.file())
                .append(':')
                .append(finding.line())
                .append(':')
                .append(finding.column())
                .append(": [")
                .append(finding.rule())
                .append("] ")
                .append(finding.message());
        String citation = finding.citation();
        if (!citation.isEmpty()) {
            line.append(" (").append(citation).append(')');
        }
        if (finding.suppressed()) {
            line.append(" [suppressed: ").append(finding.justification()).append(']');
        }
        return line.toString();
    }
}
