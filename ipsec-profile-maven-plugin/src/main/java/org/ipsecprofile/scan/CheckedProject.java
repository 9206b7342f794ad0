package org.ipsecprofile.scan;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.ipsecprofile.model.Profile;
import org.ipsecprofile.project.CheckResult;

/**
 * A descriptor check with the draft scan joined to it, as {@code check}, {@code generate} and
 * {@code report} all show it (SPEC §4.4, §6): {@code result} holds the findings of both in report
 * order; {@code drafts} is the scan's own outcome (how many drafts, notices, unreadable drafts).
 */
public record CheckedProject(CheckResult result, DraftScanResult drafts) {

    /**
     * Scans the drafts of {@code selection}, telling the scan whether {@code descriptors} found
     * any descriptor, and adds its findings to theirs.
     *
     * @throws IOException when the draft directory cannot be listed; a draft that cannot be read
     *                     is in {@link DraftScanResult#unreadable()} instead
     */
    public static CheckedProject scanDrafts(CheckResult descriptors, DraftSelection selection) throws IOException {
        List<String> titles = descriptors.profiles().stream()
                .map(Profile::title)
                .filter(Objects::nonNull)
                .toList();
        DraftScanResult drafts = new DraftScanner().scan(selection.request(descriptors.descriptorCount() > 0, titles));
        return new CheckedProject(descriptors.withFindings(drafts.findings()), drafts);
    }
}
