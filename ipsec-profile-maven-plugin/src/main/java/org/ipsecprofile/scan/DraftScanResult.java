package org.ipsecprofile.scan;

import java.util.List;
import org.ipsecprofile.check.Finding;

/**
 * The outcome of a draft scan: how many drafts were read, the {@code just-use-ipsec} findings
 * (those silenced by an {@code ipsec-profile:ignore} marker included, as suppressed), and
 * notices for the log about drafts that could not be read as they are (bad bytes for the
 * encoding, too large), each naming the file and what to do.
 */
public record DraftScanResult(int draftCount, List<Finding> findings, List<String> notices) {

    public DraftScanResult {
        findings = List.copyOf(findings);
        notices = List.copyOf(notices);
    }
}
