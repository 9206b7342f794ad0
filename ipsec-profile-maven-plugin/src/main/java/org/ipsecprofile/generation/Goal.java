package org.ipsecprofile.generation;

import java.util.Locale;

/** What a {@link GenerationRequest} asks {@link Generation} to do; the goals of SPEC §6 that read a project. */
public enum Goal {
    /** Check the descriptors, scan the drafts, log, write the findings files, fail per {@code failOn}. */
    CHECK,
    /** Everything {@link #CHECK} does (but compare committed fragments), then write the fragments. */
    GENERATE,
    /** Check and scan as {@link #CHECK} does, for the compliance page: nothing logged but notices, nothing written, never failing. */
    REPORT;

    /** The goal's name as the command line and Maven spell it: {@code check}, {@code generate}, {@code report}. */
    public String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }
}
