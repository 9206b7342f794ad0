package org.ipsecprofile.project;

import java.util.ArrayList;
import java.util.List;
import org.ipsecprofile.check.FailOn;
import org.ipsecprofile.check.Finding;
import org.ipsecprofile.check.Severity;
import org.ipsecprofile.model.Profile;

/**
 * The outcome of checking a project: the profiles that parsed (in file order), and every
 * finding, suppressed ones included, in {@link Finding#REPORT_ORDER}.
 */
public record CheckResult(int descriptorCount, List<Profile> profiles, List<Finding> findings) {

    public CheckResult {
        profiles = List.copyOf(profiles);
        findings = findings.stream().sorted(Finding.REPORT_ORDER).toList();
    }

    /** This result with {@code more} findings added (e.g. about committed fragments or drafts). */
    public CheckResult withFindings(List<Finding> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Finding> all = new ArrayList<>(findings);
        all.addAll(more);
        return new CheckResult(descriptorCount, profiles, all);
    }

    public List<ProfileRef> profileRefs() {
        return profiles.stream().map(p -> new ProfileRef(p.id(), p.file())).toList();
    }

    /** Unsuppressed findings of this severity; suppressed findings are not counted. */
    public long count(Severity severity) {
        return findings.stream()
                .filter(f -> !f.suppressed() && f.severity() == severity)
                .count();
    }

    /** The unsuppressed findings that fail the build under {@code failOn}. */
    public List<Finding> failing(FailOn failOn) {
        return findings.stream()
                .filter(f -> !f.suppressed() && failOn.fails(f.severity()))
                .toList();
    }
}
