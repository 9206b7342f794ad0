package org.ipsecprofile.cli;

import org.ipsecprofile.generation.Goal;
import picocli.CommandLine.Command;

/** {@code ipsec-profile generate [DIR]}: what {@code mvn ipsec-profile:generate} does. */
@Command(
        name = "generate",
        description = {
            "Does what check does (and fails first when a finding reaches --fail-on), then writes the IPsec profile"
                    + " sections, the Security Considerations section and the references as xml2rfc XML,"
                    + " kramdown-rfc Markdown and RFC-style text. Unchanged files are not rewritten; when nothing"
                    + " changed since the last generate, its log is repeated and nothing is read."
        })
final class GenerateCommand extends ProjectCommand {

    @Override
    Goal goal() {
        return Goal.GENERATE;
    }
}
