package org.ipsecprofile.cli;

import org.ipsecprofile.generation.Goal;
import picocli.CommandLine.Command;

/** {@code ipsec-profile check [DIR]}: what {@code mvn ipsec-profile:check} does. */
@Command(
        name = "check",
        description = {
            "Parses and checks the profile descriptors, scans the drafts, prints one line per finding on standard"
                    + " error (file:line:column: [rule] message (RFC ... Section ...)), writes findings.json and"
                    + " findings.sarif, and exits 1 when a finding reaches --fail-on. With --output outside"
                    + " DIR/target, also compares the committed fragments with what generate would write."
        })
final class CheckCommand extends ProjectCommand {

    @Override
    Goal goal() {
        return Goal.CHECK;
    }
}
