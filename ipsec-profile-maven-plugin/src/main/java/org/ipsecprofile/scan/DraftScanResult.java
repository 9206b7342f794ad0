package org.ipsecprofile.scan;

import java.util.List;
import org.ipsecprofile.check.Finding;

/**
 * The outcome of a draft scan: how many drafts were selected, the {@code just-use-ipsec} findings
 * (those silenced by an {@code ipsec-profile:ignore} marker included, as suppressed), notices
 * about drafts that could not be read as they are (bad bytes for the encoding, too large), and
 * the drafts that could not be read at all; each notice names the file and what to do.
 */
public record DraftScanResult(int draftCount, List<Finding> findings, List<String> notices, List<String> unreadable) {

    public DraftScanResult {
        findings = List.copyOf(findings);
        notices = List.copyOf(notices);
        unreadable = List.copyOf(unreadable);
    }
}
