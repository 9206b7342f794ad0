package org.ipsecprofile.scan;

import java.util.List;
import org.ipsecprofile.check.Finding;

/** The scan of one draft's text, as in a project without descriptors, for the scan's unit tests. */
final class DraftScans {

    private DraftScans() {}

    /** The findings of {@code source} read in the format its {@code fileName} gives. */
    static List<Finding> scan(String fileName, String source) {
        return new DraftScanner().scanText(fileName, source, DraftFormat.of(fileName), false);
    }
}
