package org.ipsecprofile.cli;

/** The command's exit statuses (SPEC §8). */
final class ExitStatus {

    /** Nothing reached {@code --fail-on}; for {@code init} and {@code rules}: done. */
    static final int PASSED = 0;

    /** Findings at or above {@code --fail-on}. */
    static final int FINDINGS = 1;

    /** Bad usage or configuration: an unknown option or value, a file that cannot be read or written, a failing template override. */
    static final int USAGE = 2;

    private ExitStatus() {}
}
