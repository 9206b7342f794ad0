package org.ipsecprofile.generation;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.ipsecprofile.check.FailOn;
import org.ipsecprofile.check.Finding;
import org.ipsecprofile.check.Severity;
import org.ipsecprofile.project.CheckResult;
import org.ipsecprofile.report.FindingLine;

/** The log lines of a check (one per finding, at its severity, then the counts) and the message a failing build gives. */
final class FindingsLog {

    private FindingsLog() {}

    static void log(CheckResult result, GenerationRequest.Inputs inputs, BuildLog log) {
        if (result.descriptorCount() == 0 && result.findings().isEmpty()) {
            log.info("IPsec profile: no descriptors in " + inputs.descriptorDirectory() + " (includes "
                    + String.join(", ", ProjectFiles.descriptorIncludes(inputs)) + "); nothing to check.");
            return;
        }
        for (Finding finding : result.findings()) {
            String line = FindingLine.format(finding);
            if (finding.suppressed()) {
                log.info(line);
                continue;
            }
            switch (finding.severity()) {
                case ERROR -> log.error(line);
                case WARNING -> log.warn(line);
                case INFO -> log.info(line);
            }
        }
        log.info(String.format(
                Locale.ROOT,
                "IPsec profile: %d profile(s) checked: %d error(s), %d warning(s), %d info(s).",
                result.profiles().size(),
                result.count(Severity.ERROR),
                result.count(Severity.WARNING),
                result.count(Severity.INFO)));
    }

    /** Every finding that fails the build, in one message, as maven-enforcer gives them; then where all are. */
    static String failureMessage(List<Finding> failing, FailOn threshold, Path json) {
        StringBuilder message = new StringBuilder()
                .append("IPsec profile check failed: ")
                .append(failing.size())
                .append(failing.size() == 1 ? " finding" : " findings")
                .append(" at or above failOn=")
                .append(threshold.keyword())
                .append(':');
        for (Finding finding : failing) {
            message.append("\n  ")
                    .append(finding.severity().keyword())
                    .append(' ')
                    .append(FindingLine.format(finding));
        }
        message.append("\nAll findings: ").append(json);
        return message.toString();
    }
}
