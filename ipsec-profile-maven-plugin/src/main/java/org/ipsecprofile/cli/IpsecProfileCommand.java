package org.ipsecprofile.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code ipsec-profile}: the top command, which only names its subcommands. */
@Command(
        name = "ipsec-profile",
        mixinStandardHelpOptions = true,
        versionProvider = PluginVersion.class,
        subcommands = {CheckCommand.class, GenerateCommand.class, InitCommand.class, RulesCommand.class},
        description = {
            "Checks the IPsec profile descriptors of an Internet-Draft repository against RFC 5406 (BCP 146),"
                    + " scans its drafts, and writes the sections the drafts include: the same core as the"
                    + " Maven goals, with nothing but Java.",
        },
        footer = {
            "",
            "Exit status: 0 passed, 1 findings at or above --fail-on, 2 bad usage or configuration.",
            "Run 'ipsec-profile COMMAND --help' for the options of a command."
        })
final class IpsecProfileCommand implements Runnable {

    @Spec
    CommandSpec spec;

    private final Terminal terminal;

    IpsecProfileCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    Terminal terminal() {
        return terminal;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: name one of check, generate, init, rules");
    }
}
