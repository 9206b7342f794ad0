package org.ipsecprofile.generation;

import java.util.List;
import java.util.Optional;
import org.ipsecprofile.project.CheckResult;
import org.ipsecprofile.report.ComplianceReportRenderer;
import org.ipsecprofile.scan.DraftScanResult;

/**
 * What one execution did.
 *
 * @param check      the profiles and every finding, the draft scan's and stale fragments' included;
 *                   null when the execution was {@code replayed}
 * @param drafts     the draft scan's own outcome (drafts read, notices); null when {@code replayed}
 * @param files      the fragments {@code generate} wrote or left unchanged; null when it generated
 *                   none (another goal, no profile, a failing check) or was {@code replayed}
 * @param log        the info, warning and error lines logged, in order (debug lines are not kept)
 * @param phaseTimes how long each phase took, as the debug log has it: {@code parse 12 ms, …, total 20 ms}
 * @param failure    the message the build fails with, when findings reach {@code failOn}
 * @param replayed   true when nothing had changed since the last {@code generate}: its log was
 *                   repeated and nothing was read, checked or written
 * @param reportSources where the compliance page says it looked; only for {@link Goal#REPORT}
 */
public record GenerationResult(
        CheckResult check,
        DraftScanResult drafts,
        GeneratedFiles files,
        List<LogLine> log,
        String phaseTimes,
        Optional<String> failure,
        boolean replayed,
        ReportSources reportSources) {

    public GenerationResult {
        log = List.copyOf(log);
    }

    /**
     * What the compliance page says about where it looked.
     *
     * @param descriptorDirectory the descriptor folder relative to the project ({@code .} for the project's own)
     * @param drafts              the draft scan as the page describes it
     */
    public record ReportSources(String descriptorDirectory, ComplianceReportRenderer.Drafts drafts) {}

    /** True when findings reach {@code failOn}: the build must fail with {@link #failure()}. */
    public boolean failsTheBuild() {
        return failure.isPresent();
    }
}
